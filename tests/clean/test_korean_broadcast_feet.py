"""What a page, most often a Korean one, prints around a story that is never its headline
or its text, and what of it names the reporter or the paper: a broadcast's crew, cues and
hand-over, copyright notices, a section's name or a tag over the story, a reporter's hidden
address, Korean leads and their paper's name, a byline with the date beside it. Every text
is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs, reasons

STORY = "베트남과 한국은 월요일 하노이에서 새로운 협력 사무소를 열기로 합의했다고 관계자들이 밝혔다."
MORE = "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 연결할 계획이다."


@pytest.mark.parametrize(
    "crew", ["<영상취재: 김하늘/영상편집: 이수진>", "(촬영기자: 박민수 / 편집: 정하늘)"]
)
def test_a_broadcasts_crew_in_brackets_is_no_paragraph(crew):
    article = article_from_text(
        f"항만 협력 사무소 개설\n\n{STORY}\n\n{MORE}\n\n{crew}\n"
    )
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[crew] == "broadcast crew"


def test_a_copyright_notice_closed_by_a_dash_is_no_paragraph():
    foot = "- ⓒ한빛일보(www.example.co.kr).\n무단전재&재배포 금지 -"
    article = article_from_text(f"항만 협력 사무소 개설\n\n{STORY}\n{MORE}\n{foot}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["무단전재&재배포 금지 -"] == "copyright line"


@pytest.mark.parametrize("word", ["축구", "정치", "clip20181223112118"])
def test_a_sections_name_or_a_file_name_over_the_story_is_no_headline(word):
    """No headline is printed: the section's name or a picture's file name over the
    story is not taken for one, and the story keeps both paragraphs."""
    article = article_from_text(f"{word}\n{STORY}\n{MORE}\n")
    assert article.title != word
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize("head", ["항만 협력 사무소 개설", "골든타임"])
def test_a_headline_of_korean_words_or_a_columns_one_word_title_is_the_headline(head):
    """ "골든타임" over its writer and the date: a column's title, one word."""
    text = f"{head}\n김하늘 논설위원\n입력 2023.05.12 10:20\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == head
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("[HBTV(한빛경제TV) 문정태 기자]", "HBTV"),
        ("[한빛뉴스라인, 신기철기자]", "한빛뉴스라인"),
    ],
)
def test_a_korean_leads_paper_without_its_gloss_or_a_comma(lead, outlet):
    """A paper named in letters with its Hangul name in brackets is the name in letters;
    a comma between the paper and its reporter is no part of the paper's name."""
    article = article_from_text(f"항만 협력 사무소 개설\n\n{lead} {STORY}\n\n{MORE}\n")
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [STORY, MORE]


def test_a_scripts_cues_and_the_anchors_hand_over_in_braces():
    """ "<앵커>" glued to the anchor's first words and "<기자>" alone are cues, not text;
    "X 기자입니다.}" (the brace closing the anchor's turn) still names the reporter."""
    text = (
        "항만 협력 사무소 개설\n\n"
        f"<앵커>{STORY}\n"
        "김하늘 기자입니다.}\n"
        f"<기자>\n{MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert article.byline == "김하늘"
    assert reasons(article)["<앵커>"] == "broadcast cue"
    assert reasons(article)["<기자>"] == "broadcast cue"


def test_an_interview_label_stays_with_its_speaker():
    """ "[인터뷰] 김도현/학부모 : …": the label opens a speaker's turn and stays with it."""
    turn = '[인터뷰] 김도현/학부모 : "이제는 인사 정도는 직접 드립니다."'
    article = article_from_text(f"항만 협력 사무소 개설\n\n{STORY}\n{turn}\n{MORE}\n")
    assert turn in paragraphs(article)


def test_a_reporter_whose_hidden_address_breaks_onto_the_next_line():
    """ "이동훈 기자 (" over "[email protected])": a page that hides addresses from robots
    prints that for one; the byline names the reporter and neither line is story text."""
    text = (
        f"항만 협력 사무소 개설\n{STORY}\n{MORE}\n이동훈 기자 (\n[email protected])\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert article.byline == "이동훈"


def test_a_korean_lead_with_an_underscore_between_paper_and_reporter():
    article = article_from_text(f"[한빛증권신문_한상설 기자]\n{STORY}\n{MORE}\n")
    assert article.byline == "한상설"
    assert article.metadata.outlet == "한빛증권신문"
    assert paragraphs(article) == [STORY, MORE]


def test_a_name_then_a_date_with_only_a_space_between():
    """ "Ko Dong-hwan June 7, 2018" under the headline: the byline and the date (the
    month is no word of the name)."""
    story = "Seoul officials said on Monday that the two countries would sign the pact."
    more = "The deal covers trade and labour and was welcomed by business groups."
    text = f"Two ports sign a pact\nKo Dong-hwan June 7, 2018\n\n{story}\n\n{more}\n"
    article = article_from_text(text)
    assert article.byline == "Ko Dong-hwan"
    assert article.metadata.published == "2018-06-07"
    assert paragraphs(article) == [story, more]


def test_the_hand_over_with_a_space_before_its_brace_names_the_reporter():
    text = f"항만 협력 사무소 개설\n\n<앵커>{STORY}\n김하늘 기자입니다. }}\n<기자>\n{MORE}\n"
    article = article_from_text(text)
    assert article.byline == "김하늘"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("[한빛뉴스라인 - 신기철 기자]", "한빛뉴스라인"),
        ("[HBS(대전) 문정태 기자]", "HBS(대전)"),
    ],
)
def test_a_dash_is_no_part_of_a_papers_name_nor_a_stations_city_a_gloss(lead, outlet):
    article = article_from_text(f"항만 협력 사무소 개설\n\n{lead} {STORY}\n\n{MORE}\n")
    assert article.metadata.outlet == outlet


def test_a_copyright_notice_closed_by_an_em_dash_is_no_paragraph():
    article = article_from_text(
        f"항만 협력 사무소 개설\n\n{STORY}\n{MORE}\n무단전재 및 재배포 금지 —\n"
    )
    assert paragraphs(article) == [STORY, MORE]


def test_a_tag_in_lower_case_over_the_story_is_no_headline():
    story = "Last year, smartphone shipments to the country rose by more than half, IDC said."
    more = (
        "The maker has since opened a research centre in the capital, officials said."
    )
    article = article_from_text(f"samsung\n\n{story}\n\n{more}\n")
    assert article.title != "samsung"
    assert paragraphs(article) == [story, more]
    assert reasons(article)["samsung"] == "section label"  # no subheading either


def test_a_korean_lead_naming_the_paper_and_its_source_after_a_dash():
    """ "[한빛뉴스-경기도] …": the paper and the body the story is from; the tag is no
    story text, and no dateline is taken (a source as often as a place)."""
    article = article_from_text(
        f"항만 협력 사무소 개설\n\n[한빛뉴스-경기도] {STORY}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == "한빛뉴스"
    assert article.metadata.dateline is None


@pytest.mark.parametrize("label", ["[카드뉴스-경제]", "[포토뉴스-현장]"])
def test_a_sections_label_before_a_dash_names_no_paper(label):
    article = article_from_text(f"항만 협력 사무소 개설\n\n{label} {STORY}\n\n{MORE}\n")
    assert article.metadata.outlet is None


@pytest.mark.parametrize(
    "lead", ["[한빛뉴스–경기도]", "[한빛뉴스 - 경기도 수원시]", "[한빛타임즈-경기도]"]
)
def test_a_korean_papers_lead_with_a_source_in_other_shapes(lead):
    article = article_from_text(f"항만 협력 사무소 개설\n\n{lead} {STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == lead[1:].split("-")[0].split("–")[0].strip()


def test_a_korean_comment_box_and_everything_under_it_are_the_pages_foot():
    """ "댓글 (0)" under the story opens the comment box: its rules and the other stories
    listed under it are no paragraphs and give no names."""
    foot = (
        "댓글 (0)\n- 띄어 쓰기를 포함하여 250자 이내로 써주세요.\n"
        "- 건전한 토론문화를 위해, 타인에게 불쾌감을 주는 댓글은 삭제될 수 있습니다.\n"
        "한빛전자, 새 스마트폰 사전 개통도 ‘비대면’…이색 마케팅 ‘주목’\n"
    )
    story = (  # a paragraph of a Korean page's length
        "베트남과 한국의 항만 도시들은 월요일 하노이에서 새로운 협력 사무소를 열기로 합의했으며, "
        "양측은 내년 봄까지 첫 공동 사업을 시작하고 두 도시의 중소기업을 서로 연결하는 "
        "상설 창구를 함께 운영하기로 했다고 관계자들이 밝혔다."
    )
    article = article_from_text(f"항만 협력 사무소 개설\n\n{story}\n\n{MORE}\n\n{foot}")
    assert paragraphs(article) == [story, MORE]
