"""Korean lead tags glued before the story in three more shapes (``lead_shapes``): the
paper alone in brackets over a story opening on a name in letters, a byline the site's
software signs for nobody, two reporters joined by a stop. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs
from dossier.clean.korean_leads import korean_lead

HEAD = "한국과 베트남, 항만 협력 사무소 개설"
MORE = "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 연결할 계획이다."


@pytest.mark.parametrize(
    "story",
    [
        "K-water(사장 홍길동)는 26일 하노이시와 물관리 협약을 맺었다고 밝혔다.",
        "LG전자는 26일 하노이에 새 연구소를 열었다고 밝혔다.",
    ],
)
@pytest.mark.parametrize("space", ["", " "])
def test_the_paper_in_brackets_over_a_story_opening_in_letters(story, space):
    article = article_from_text(f"{HEAD}\n\n[한빛신문]{space}{story}\n\n{MORE}\n")
    assert paragraphs(article) == [story, MORE]
    assert article.metadata.outlet == "한빛신문"


def test_a_bracketed_section_label_over_letters_is_no_paper():
    # "[카드뉴스]" is a section of any paper, not a paper's name
    assert korean_lead("[카드뉴스]KOTRA는 26일 하노이에서 상담회를 열었다.") is None


@pytest.mark.parametrize("paper", ["", "[한빛신문] "])
def test_a_byline_signed_by_the_sites_admin_names_no_one(paper):
    story = "홍길동 시의회 의장은 22일 하노이 인민위원장을 접견했다고 밝혔다."
    article = article_from_text(f"{HEAD}\n\n{paper}관리자 기자 | {story}\n\n{MORE}\n")
    assert paragraphs(article) == [story, MORE]
    assert not article.byline
    assert article.metadata.outlet == ("한빛신문" if paper else None)


@pytest.mark.parametrize("stop", [".", "·"])
def test_two_reporters_joined_by_a_stop_are_both_authors(stop):
    story = "전라남도와 베트남 껀터시는 10일 고위급 회담을 열었다."
    tag = f"[한빛인터넷신문/김철수{stop}박영희 기자]"
    article = article_from_text(f"{HEAD}\n\n{tag}{story}\n\n{MORE}\n")
    assert paragraphs(article) == [story, MORE]
    assert article.byline == "김철수, 박영희"
    assert article.metadata.outlet == "한빛인터넷신문"


@pytest.mark.parametrize("place", ["하노이", "호찌민"])
def test_a_place_before_the_comma_is_where_the_paper_filed_from(place):
    # "[한빛신문=하노이, 김철수 기자]": the place and one reporter, not two reporters
    story = "베트남 해외 파견 근로자 수가 올해 크게 늘었다고 밝혔다."
    article = article_from_text(
        f"{HEAD}\n\n[한빛신문={place}, 김철수 기자] {story}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [story, MORE]
    assert article.byline == "김철수"
    assert article.metadata.dateline == place


@pytest.mark.parametrize("before", ["경제부", "국회", "도쿄", "현지"])
def test_a_desk_or_a_place_before_a_comma_is_no_second_reporter(before):
    # "[한빛뉴스=경제부, 김철수 기자]": where the story comes from, then one reporter
    story = "삼성전자가 26일 하노이에 새 연구소를 열었다고 밝혔다."
    text = f"{HEAD}\n\n[한빛뉴스={before}, 김철수 기자] {story}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [story, MORE]
    assert article.byline == "김철수"


@pytest.mark.parametrize("label", ["속보", "단독", "포토"])
def test_a_section_label_before_the_admins_byline_is_no_outlet(label):
    story = "홍길동 시의회 의장은 22일 하노이 인민위원장을 접견했다고 밝혔다."
    text = f"{HEAD}\n\n[{label}] 관리자 기자 | {story}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [story, MORE]
    assert article.metadata.outlet is None
