"""A Korean page's picture credits and rights notices in the shapes papers print them, and
a paper that signs with its name alone: never story text or a headline, and the paper's
name read from them. Every text is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs, reasons

HEAD = "하노이시 외국인투자 한국 3위…전자 업계 선두"
STORY = "베트남과 한국은 월요일 하노이에서 새로운 협력 사무소를 열기로 합의했다고 관계자들이 밝혔다."
MORE = "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 연결할 계획이다."


@pytest.mark.parametrize(
    "caption",
    [
        "한빛그룹, 하노이 쇼핑몰 통해 최고의 쇼핑 경험 제공 목표 (사진자료: Hanbit Mall Hanoi)",
        "시장과 인민위원장이 악수하고 있다.(한빛도 제공)",
        "한빛도 지사와 다낭시 인민위원장 (사진=한빛도 제공)",
        "한빛도 지사와 다낭시 인민위원장(한빛도 제공)이미지 확대보기",
    ],
)
def test_a_captions_korean_credit_under_the_headline_is_no_headline(caption):
    """The picture's credit "(사진자료: …)", "(… 제공)", or the enlarge button after it,
    marks the line under the headline as its caption."""
    article = article_from_text(f"{HEAD}\n\n{caption}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


def test_a_paper_signing_by_its_name_and_its_lead_after_its_name_in_letters():
    """ "By 한빛타임스 Hanbittimes" names the paper, no reporter; "Hanbittimes –
    [한빛타임스=베트남]" is its lead on a line of its own, not the headline."""
    text = (
        f"{HEAD}\n\nBy 한빛타임스 Hanbittimes\n\nHanbitTimes – [한빛타임스=베트남]\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.metadata.outlet == "한빛타임스"
    assert article.author is None
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["HanbitTimes – [한빛타임스=베트남]"] == "wire lead"


@pytest.mark.parametrize(
    "notice",
    [
        "<저작권자 ⓒ 한빛도민신문 무단전재 및 재배포 금지>",
        "ⓒ 한빛도민신문 무단전재 및 재배포 금지",
    ],
)
def test_a_rights_notice_run_on_after_the_last_sentence_is_cut_off(notice):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE} {notice}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == "한빛도민신문"
    assert reasons(article)[notice] == "copyright line"


def test_a_pictures_credit_after_a_caption_is_no_rights_notice():
    """ "… 있다. ⓒ 한빛군": the picture's credit, not the paper's rights."""
    caption = "군수와 대사가 면담을 갖고 교류 의지를 확인했다. ⓒ 한빛군"
    article = article_from_text(
        f"{HEAD}\n\n{caption}\n\n{STORY}\n\n{MORE}\n\n"
        "<저작권자 ⓒ 한빛뉴스 무단전재 및 재배포 금지>\n"
    )
    assert article.metadata.outlet == "한빛뉴스"
    assert paragraphs(article) == [STORY, MORE]


def test_a_papers_name_opening_with_e_in_a_rights_notice():
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n"
        "<저작권자 ⓒ e-한빛 사회복지문화신문, 무단 전재 및 재배포 금지>\n"
    )
    assert article.metadata.outlet == "e-한빛 사회복지문화신문"
