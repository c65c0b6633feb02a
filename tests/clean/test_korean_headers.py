"""Round sixteen of issue 10: a Korean page's header and furniture in more shapes (a
caption a site prints twice above the story, a picture's buttons, a paper's name on its date
line, a lead with the place and paper and no brackets, a related list set apart by blank
lines). Every text here is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, captions, paragraphs, reasons

KO_HEAD = "충청 도의회, 베트남 성 인민의회와 교류 합의서 체결"
KO_STORY = "충청 도의회는 16일 베트남 성 인민의회와 우호협력 관계 설립에 관한 합의서를 체결했다고 밝혔다."
KO_MORE = "양측은 관광과 농업, 청소년 교류를 중심으로 협력 사업을 이어가기로 했다."
KO_LAST = (
    "도의회 의장은 이번 합의가 두 지역의 공동 발전으로 이어지기를 기대한다고 말했다."
)


def test_a_caption_printed_twice_over_the_story_is_no_headline():
    """The picture's alt text and its caption, one sentence with the credit run on after
    its full stop: a caption, and the page has no headline line."""
    caption = (
        "충청 도의회 방문단이 15일 성 인민의회를 방문해 양해각서(MOU)를 체결하고 "
        "있다.충청도의회 제공"
    )
    text = f"{caption}\n{caption}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert article.metadata.title is None
    assert caption in captions(article)
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]


def test_a_headline_with_a_double_stop_is_still_a_headline():
    head = "K-뷰티, 中 의존도 낮춘다..넥스트 차이나 ‘베트남’ 사업 속도"
    article = article_from_text(f"{head}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.title == head


def test_a_pictures_buttons_mark_its_caption():
    """ "큰사진보기" (see it larger) before the caption, "관련사진보기" after it."""
    caption = (
        "큰사진보기 ▲도의회 방문단이 21일 오전 기념촬영을 했다. ⓒ 김기자 관련사진보기"
    )
    text = f"{caption}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert article.metadata.title is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_papers_name_on_its_date_line_and_a_lead_without_brackets():
    """ "한빛경제신문 입력 2024.10.17 10:12": the paper and the date; the second headline-like
    line under it is the page's deck. "강원=한빛경제신문 박수현 기자 …": the place, the
    paper and the reporter opening the lead, the story run on after them."""
    deck = "충청 도의회-베트남 성 인민의회 합의서 체결"
    text = (
        f"{KO_HEAD}\n\n한빛경제신문 입력 2024.10.17 10:12\n{deck}\n\n"
        f"강원=한빛경제신문 박수현 기자 {KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    )
    article = article_from_text(text)
    assert article.metadata.title == KO_HEAD
    assert article.metadata.published == "2024-10-17"
    assert article.metadata.outlet == "한빛경제신문"
    assert article.byline == "박수현"
    assert article.metadata.dateline == "강원"
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]


def test_a_related_list_set_apart_by_blank_lines_and_its_links():
    """Under "[관련기사]", each dashed headline and its address on lines of their own: the
    list, down to the story going on; "AD" alone is an advertisement's label."""
    first = "- 베트남 연수생들, 직업학교 사기 피해 논란"
    second = '- 베트남 연수생의 한탄 "거액 내고 왔는데"'
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\nAD\n\n[관련기사]\n\n{first}\n\nhttps://example.kr/2c\n\n"
        f"{second}\n\nhttps://example.kr/2d\n\n{KO_MORE}\n\n{KO_LAST}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]
    dropped = reasons(article)
    assert dropped[first] == dropped[second] == "related list"
    assert dropped["AD"] == "navigation"


@pytest.mark.parametrize("heading", ["당신을 위한 AI 추천 기사", "추천 뉴스"])
def test_a_sites_recommended_stories_after_the_story(heading):
    picked = "베트남 유학생 지원 늘린다"
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n\n{heading}\n{picked}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[picked] == "related list"


def test_a_captions_credit_after_its_sentence():
    """ "… 열렸다. 베트남 하노이=김기자기자": the photographer and where; "… 가졌다. 한빛대.":
    who took the picture. Both lines are captions, not the story's opening."""
    placed = (
        "도 관광설명회가 11일 베트남 하노이의 한 호텔에서 현지 여행업 관계자들이 참석한 "
        "가운데 열렸다. 베트남 하노이=권명수기자"
    )
    signed = "한빛대 봉사단 학생들이 지난 4일 하노이의 한 유학원에서 대학설명회를 가졌다. 한빛대."
    for caption in (placed, signed):
        text = f"{KO_HEAD}\n\n{caption}\n{KO_STORY}\n\n{KO_MORE}\n"
        article = article_from_text(text)
        assert captions(article) == [caption]
        assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_print_views_note_names_the_paper():
    note = "이 기사는 한빛공보 홈페이지(http://www.example.com)에서 프린트 되었습니다."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{note}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[note] == "printed from"
    assert article.metadata.outlet == "한빛공보"


def test_the_link_to_a_reporters_other_stories_names_nobody():
    """ "기자의 다른기사 보기" stands where the byline does: the headline is above it, the
    deck under it is not the headline, and nobody is the author."""
    text = (
        f"경제일반\n\n{KO_HEAD}\n\n기자의 다른기사 보기\n\n도의회 교류 합의서 체결\n"
        f"관계자 160여명 참석\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.metadata.title == KO_HEAD
    assert article.byline is None


def test_a_lead_tag_with_the_place_then_the_paper_and_its_reporter():
    article = article_from_text(
        f"{KO_HEAD}\n\n(음성=한빛일보 서관석 기자){KO_STORY}\n\n{KO_MORE}\n"
    )
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "한빛일보"
    assert article.byline == "서관석"
    assert article.metadata.dateline == "음성"


def test_a_reporter_with_the_word_for_entered_before_the_date():
    """ "조덕수 기자 입력 2024.11.25 10:40 수정 …": the byline, so the headline is the line
    above it, not the deck below it; "저작권자 X 무단전재" names the paper."""
    deck = "참전자 위훈 기리며, 전사자 넋 가려"
    text = (
        f"{KO_HEAD}\n\n조덕수 기자 입력 2024.11.25 10:40 수정 2024.11.25 10:43\n\n{deck}\n\n"
        f"{KO_STORY}\n\n{KO_MORE}\n\n저작권자 한빛일보 무단전재 및 재배포 금지\n"
    )
    article = article_from_text(text)
    assert article.metadata.title == KO_HEAD
    assert article.byline == "조덕수"
    assert article.metadata.published == "2024-11-25"
    assert article.metadata.outlet == "한빛일보"


def test_a_reporter_alone_in_brackets_opens_the_lead():
    article = article_from_text(f"{KO_HEAD}\n\n(백규용 기자) {KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == "백규용"


def test_an_image_whose_alt_text_holds_brackets_is_no_headline():
    image = "![[한빛재단 제공]](https://example.com/image.php?idx=3&simg=2023.jpg)"
    article = article_from_text(f"{image}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.title is None
    assert reasons(article)[image] == "markdown or inline image"


def test_a_korean_deck_led_by_a_dash_alone_is_no_headline():
    """ "- 韓 기업 진출 …": the page printed its deck lines, each led by a dash, and no
    headline; the lead is story, the decks are no title."""
    lead = "베트남과 한국의 두 항만 도시는 월요일 새 협력 사무소를 열었다고 밝혔다."
    more = "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 연결할 계획이다."
    article = article_from_text(
        f"- 韓 기업 진출 원하는 항만 분야서 협력 강화\n- 두 도시, 내년 봄 첫 사업\n\n"
        f"{lead}\n\n{more}\n"
    )
    assert not article.title.startswith("-")
    assert paragraphs(article) == [lead, more]


def test_a_headline_and_its_deck_shown_twice_the_headline_is_the_title():
    """A paper's name, the headline and its deck, a byline, then headline and deck again
    over the story: the headline, not the deck nearer the story, is the title."""
    deck = "도의회와 인민의회, 관광과 농업 교류 늘리기로"
    text = (
        f"충청일보\n\n{KO_HEAD}\n\n{deck}\n\n홍길동 기자 | 기사입력 2024/07/02 [09:52]\n\n"
        f"{KO_HEAD}\n\n{deck}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_poster_labelled_over_the_story_is_a_caption_not_the_headline():
    poster = "포스터=‘베트남 영화의 날’"
    article = article_from_text(f"{poster}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert captions(article) == [poster]
    assert article.metadata.title is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_broadcasts_credits_with_a_graphics_credit_stay_out_of_the_story():
    credits = "촬영기자:김태민/영상편집:이수진/그래픽:정하늘"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{credits}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert credits not in captions(article)


def test_a_caption_told_after_a_copyright_sign_names_no_outlet():
    caption = "© 도의회 대표단이 인민의회 청사 앞에서 기념사진을 찍고 있다. (예시)"
    article = article_from_text(f"{caption}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.outlet is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    ("foot", "outlet"),
    [
        ("저작권자 © 치과신문 - DENTALNEWS 무단전재 및 재배포 금지", "치과신문"),
        (
            "저작권자 © 온라인 경제미디어 뉴스웨이 · 무단 전재 및 재배포 금지",
            "뉴스웨이",
        ),
        ("저작권자 © 한국 농어민 뉴스 무단전재 및 재배포 금지", "한국 농어민 뉴스"),
        # the copy's credits, then the sign
        ("- 발췌 번역 / 정리 - ⓒ 비나뉴스 https://www.example.com", "비나뉴스"),
    ],
)
def test_a_papers_name_in_its_copyright_line_without_what_it_says_of_itself(
    foot, outlet
):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{foot}\n")
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_scene_with_its_photographer_is_a_caption_not_the_headline():
    caption = "대표단이 도청 앞에서 기념촬영을 하고 있는 모습. 홍길동 기자"
    text = f"{KO_HEAD}\n\n충청일보\n\n2025.11.25 17:53\n\n{caption}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert captions(article) == [caption]
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_line_of_table_bars_is_no_headline():
    article = article_from_text(f"| ||||\n{KO_STORY}\n{KO_MORE}\n")
    assert article.metadata.title is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_series_label_in_angle_brackets_is_not_the_headlines():
    article = article_from_text(
        f"<요즘 뜨는 도시> {KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.title == KO_HEAD
    assert "<요즘 뜨는 도시>" in reasons(article)


@pytest.mark.parametrize(
    "title", ["《기생충》 베트남서 흥행 1위", "<기생충> 베트남서 흥행 1위"]
)
def test_a_works_title_in_brackets_opening_a_headline_stays_in_it(title):
    article = article_from_text(f"{title}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == title


@pytest.mark.parametrize(
    ("details", "published"),
    [
        ("작성자 운영자 작성일 25-06-10 17:28 조회 58 댓글 0", "2025-06-10"),
        ("작성자 운영자 작성일 25-02-30 17:28 조회 58 댓글 0", None),  # no such day
    ],
)
def test_a_message_boards_post_date_with_a_two_digit_year(details, published):
    article = article_from_text(f"{KO_HEAD}\n{details}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.published == published
    assert paragraphs(article) == [KO_STORY, KO_MORE]


# A board's post details a line each, under the headline of a post in Vietnamese
VI_HEAD = "Cơ hội mới cho sinh viên hai nước"
VI_STORY = (
    "Nhiều trường đại học đã mở thêm chương trình trao đổi sinh viên trong năm nay, "
    "theo thông báo của các trường."
)
VI_MORE = "Các khóa học mới sẽ bắt đầu vào mùa thu, với học bổng cho sinh viên giỏi."


@pytest.mark.parametrize(
    ("details", "published", "author"),
    [
        (
            [
                "페이지 정보",
                "작성자 Lan Anh",
                "작성일 2025.09.10 13:05",
                "분류 Du học",
                "512 조회",
                "본문",
            ],
            "2025-09-10",
            "Lan Anh",
        ),
        (
            ["작성자 운영자", "등록일 : 2024.03.02 09:15", "조회수 1,204"],
            "2024-03-02",
            None,
        ),
        (["작성자 정보", "작성일 25-06-10 17:28"], "2025-06-10", None),  # a label
    ],
)
def test_a_boards_post_details_a_line_each(details, published, author):
    lines = "\n".join(details)
    article = article_from_text(
        f"Tin tức\n\n{VI_HEAD}\n\n{lines}\n\n{VI_STORY}\n\n{VI_MORE}\n"
    )
    assert article.title == VI_HEAD
    assert article.metadata.published == published
    assert article.author == author
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert {d.text for d in article.dropped} >= set(details)


def test_a_sentence_opening_with_a_boards_word_is_story():
    story = (
        "분류 작업은 내년 3월까지 하노이와 서울에서 함께 진행된다고 관계자가 말했다."
    )
    article = article_from_text(f"{KO_HEAD}\n\n{story}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [story, KO_MORE]


@pytest.mark.parametrize("path", ["사회, 정치/국제, 외교", "경제 > 산업 > 무역"])
def test_a_korean_sites_section_path_above_the_headline(path):
    article = article_from_text(
        f"본문 바로가기\n\n{path}\n\n{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.title == KO_HEAD
    assert reasons(article)[path] == "navigation strip"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_headline_with_a_slash_and_commas_is_no_section_path():
    head = "한-베, 경제/문화/교육 협력 강화"
    article = article_from_text(f"{head}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == head


def test_a_long_korean_line_left_open_on_a_particle_is_a_cut_sentence():
    cut = "현재 하노이를 포함한 베트남 북부에는 1200여 개의 한국 기업들이 진출해 30여만 명의"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{cut}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, cut, KO_MORE]


def test_a_short_korean_heading_ending_in_a_particle_is_a_subheading():
    heading = "베트남과 한국의"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{heading}\n\n{KO_MORE}\n")
    assert [p.text for p in article.passages if p.kind == "subheading"] == [heading]


def test_a_korean_portals_translation_button_and_font_slider_are_furniture():
    tools = [
        "번역beta Translated by kakao i",
        "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.",
    ]
    text = f"{KO_HEAD}\n\n기자 2023. 5. 11. 15:10\n" + "\n".join(tools)
    article = article_from_text(f"{text}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == KO_HEAD
    assert article.metadata.published == "2023-05-11"
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert {reasons(article)[tool] for tool in tools} == {
        "translation button",
        "navigation",
    }


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("예시뉴스 후원은 바르고 빠른 뉴스제작에 큰 도움이 됩니다.", "reader appeal"),
        ("첫 번째 댓글을 작성해 보세요.", "navigation"),
    ],
)
def test_a_korean_papers_appeals_under_the_story(line, reason):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[line] == reason


def test_a_donation_the_story_tells_of_is_story():
    told = "이번 후원은 지역 학생들에게 큰 도움이 됩니다."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{told}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, told, KO_MORE]


@pytest.mark.parametrize(
    ("details", "published", "writer"),
    [
        (
            "작성자 홍길동 작성일 25-06-10",
            "2025-06-10",
            "홍길동",
        ),  # the one-line details
        ("글쓴이 triss 등록일 2025.09.10", "2025-09-10", "triss"),
        (
            "작성자 운영자 작성일 25-06-10",
            "2025-06-10",
            None,
        ),  # the board's own account
    ],
)
def test_a_boards_one_line_details_give_the_date_and_the_writer(
    details, published, writer
):
    article = article_from_text(f"{KO_HEAD}\n{details}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.published == published
    assert article.author == writer
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize("deck", ["작성자 미상의 편지 공개.", "분류 작업 본격화"])
def test_a_deck_opening_with_a_boards_word_is_no_board_detail(deck):
    article = article_from_text(f"{KO_HEAD}\n{deck}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert reasons(article).get(deck) != "board post details"
    assert article.author is None


@pytest.mark.parametrize(
    "told",
    [
        '재단 관계자는 "기업들의 후원은 베트남 기자들의 보도 역량 강화에 큰 도움이 됩니다.',
        "이번 후원은 베트남 지역 언론 발전에 큰 힘이 됩니다.",
    ],
)
def test_a_donation_to_the_press_the_story_tells_of_is_story(told):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{told}\n\n{KO_MORE}\n")
    assert reasons(article).get(told) != "reader appeal"


def test_a_boards_details_under_its_section_do_not_make_the_section_the_headline():
    head = "Centre Briefs Visiting Reporters on Language Teaching in Vietnam"
    details = (
        "Example Centre, Vietnam\n\n글쓴이홍보협력팀\n\n작성일 2022-12-13\n\n조회수372"
    )
    text = f"{details}\n\nNO.113 November 2022\n\n{head}\n\n{VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert article.title == head
    assert article.metadata.published == "2022-12-13"
    assert article.author is None  # a desk, "the public relations team", no person


def test_a_korean_copy_of_a_dateline_before_the_first_paragraph():
    article = article_from_text(f"{KO_HEAD}\n\n하노이 — {KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.dateline == "하노이"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_word_and_a_dash_opening_a_korean_paragraph_is_no_dateline():
    story = "협력 — 양측은 관광과 농업 분야에서 새로운 사업을 시작하기로 했다."
    article = article_from_text(f"{KO_HEAD}\n\n{story}\n\n{KO_MORE}\n")
    assert article.metadata.dateline is None
    assert paragraphs(article) == [story, KO_MORE]


def test_a_share_boxs_copy_prompt_is_furniture():
    prompt = "아래의 URL을 길게 누르면 복사하실수 있습니다."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{prompt}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[prompt] == "navigation"


def test_a_word_in_brackets_before_a_later_paragraph_takes_no_story_away():
    # "(가짜뉴스) …" in the second paragraph: a word in brackets, not a paper's lead
    later = f"(가짜뉴스) {KO_MORE}"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{later}\n")
    assert paragraphs(article) == [KO_STORY, later]
    assert article.metadata.outlet is None


def test_a_bracket_that_names_no_paper_stays_in_the_story():
    story = f"(재)행복재단은 {KO_STORY}"
    article = article_from_text(f"{KO_HEAD}\n\n{story}\n\n{KO_MORE}\n")
    assert paragraphs(article)[0] == story


@pytest.mark.parametrize(
    "between",
    [
        "등록날짜 [ 2013-08-07 09:57:45 ]",
        "등록 : 2017.08.30 19:00\n수정 : 2017.08.30 22:28",
    ],
)
def test_a_headline_under_its_series_label_wins_over_the_deck_below_it(between):
    """A paper labels its headline with its series or section in brackets; the deck
    under it carries no label, though it is the last headline-like line."""
    head = f"[짜오! 베트남] {KO_HEAD}"
    deck = "도의회 대표단, 현지 기업과 간담회도 열어"
    text = f"{head}\n\n{between}\n\n{deck}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("관련이슈 한국에 살며 , 오피니언 최신", "related issues"),
        (
            "인쇄 메일 글씨 크기 선택 가장 작은 크기 글자 한 단계 작은 크기 글자 기본 크기 글자",
            "letter size tools",
        ),
    ],
)
def test_a_papers_issue_tags_and_letter_size_tools_are_furniture(line, reason):
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == KO_HEAD
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[line] == reason


def test_a_series_part_after_the_headline_is_a_label():
    article = article_from_text(f"{KO_HEAD} (1/14)\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == KO_HEAD


def test_a_boards_details_with_a_count_in_thousands_are_furniture():
    details = "작성자여여심 작성일15-10-18 20:55 조회2,274회 댓글0건페이지주소"
    article = article_from_text(f"{KO_HEAD}\n{details}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.published == "2015-10-18"
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[details] == "board post details"
