"""Korean wire leads and TV hand-overs in the shapes the wires print every day: two
reporters sharing one lead ("(서울=X) 김철수 박영희 기자 = …"), a reporter's standing set
apart from 기자 ("김철수 인턴 기자 = …"), and a correspondent handed over to with the
particle 이 that 특파원 takes ("… 김철수 특파원이 다녀왔습니다."). Every text is invented."""

from __future__ import annotations

import pytest
from builders import KO_HEAD, KO_MORE, KO_STORY, article_from_text, paragraphs
from dossier.clean.korean_handovers import reporter_handed_over
from dossier.clean.korean_leads import korean_lead


@pytest.mark.parametrize(
    ("tag", "author"),
    [
        ("(하노이·서울=한빛뉴스) 김철수 박영희 기자 = ", "김철수, 박영희"),
        ("[서울=한빛통신]김철수 인턴 기자 = ", "김철수"),
        ("[서울=한빛통신] 김철수 수습 기자 = ", "김철수"),
        ("(서울=한빛뉴스) 김철수 기자 = ", "김철수"),  # one reporter, as before
    ],
)
def test_a_wire_lead_names_its_reporters(tag, author):
    article = article_from_text(f"{KO_HEAD}\n\n{tag}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == author


def test_a_word_after_the_reporter_that_is_no_name_is_no_second_reporter():
    lead = korean_lead(f"(서울=한빛뉴스) 김철수 하노이 기자 = {KO_STORY}")
    assert lead is not None and lead.author == "김철수"


@pytest.mark.parametrize(
    "hand_over",
    [
        "복구된 공장을 김철수 특파원이 다녀왔습니다.",
        "현지 분위기를 김철수 특파원이 전합니다.",
    ],
)
def test_a_correspondent_handed_over_to_is_the_reporter(hand_over):
    assert reporter_handed_over(f"공장이 다시 문을 열었습니다. {hand_over}") == "김철수"
