"""A broadcast script's cues and hand-off in English, a columnist's lead, the site's name
under the headline, and more furniture of Korean and English pages: read as what they are,
never story text or a headline. Every text is invented."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs, reasons

HEAD = "Shipyards train welders from Vietnam as orders pile up"
KO_HEAD = "한빛시, 베트남 다낭시와 우호교류 확대…관광 협력 기대"
KO_STORY = "한빛시는 3일 다낭시 대표단과 만나 관광과 교육 분야의 교류를 넓히기로 합의했다고 밝혔다."
KO_MORE = "양측은 내년 봄까지 첫 공동 사업을 시작하고 두 도시의 기업을 연결할 계획이다."


def test_an_english_script_s_cue_and_the_reporter_handed_over_to():
    text = (
        f"< Anchor>\n\n{STORY}\n\nReporter Jo Lindqvist covered the shipyard site.\n\n"
        f"{MORE}\n"
    )
    article = article_from_text(text)
    assert article.metadata.title is None  # the cue is no headline
    assert article.author == "Jo Lindqvist"
    assert paragraphs(article) == [STORY, MORE]


def test_a_columnist_s_lead_names_the_paper_and_the_columnist():
    """ "【한빛퀘스트=석태문 한빛연구원 선임연구위원】": the paper, then its columnist, with
    the body they work for and their post."""
    text = f"{KO_HEAD}\n\n【한빛퀘스트=석태문 한빛연구원 선임연구위원】 {KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.author == "석태문"
    assert article.metadata.outlet == "한빛퀘스트"
    assert article.metadata.dateline is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_the_site_s_name_under_the_headline_marks_the_headline_above_it():
    """ "… Admissions" / "Asia Example Daily" / "10 Min Read" / a deck in title case: the
    headline stands above the site's name as above a byline; a paper's word makes the
    site's name no person's."""
    deck = "A Historic Recognition for Korean Language Education"
    text = f"{HEAD}\n\nExample Daily\n10 Min Read\n\n{deck}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text, url="https://exampledaily.org/?p=12340")
    assert article.title == HEAD
    assert article.metadata.outlet == "Example Daily"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("/박정미기자 jungmi@", "byline"),
        (
            "정기구독을 하시면 온라인에서 서비스하는 기사를 모두 보실 수 있습니다.",
            "Korean subscription notice",
        ),
        ("글자 크기 조절", "navigation"),
    ],
)
def test_more_korean_furniture(line, reason):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[line] == reason


def test_a_list_s_label_is_no_paragraph():
    text = f"{HEAD}\n\n{STORY}\n\nKey highlights:\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE]
