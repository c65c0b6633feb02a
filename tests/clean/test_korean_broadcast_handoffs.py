"""A Korean TV script's hand-over alone on its line, the anchor's last words before the
report ("그 현장을 김하늘 기자가 취재했습니다.", "박하늘 특파원이 다녀왔습니다."), is no
story paragraph: it is dropped as a hand-off, with its reason. Every text here is
invented."""

from __future__ import annotations

import pytest
from builders import KO_HEAD, KO_MORE, KO_STORY, article_from_text, paragraphs, reasons

ANCHOR = "한빛시가 베트남 도시와 손을 잡고 항만 협력 사무소를 열기로 했습니다."


@pytest.mark.parametrize(
    "line",
    [
        "김하늘 기자가 다녀왔습니다.",
        "그 현장을 김하늘 기자가 취재했습니다.",
        "김하늘 기자가 현지에서 취재했습니다.",
        "협약식 현장을 박하늘 특파원이 다녀왔습니다.",
    ],
)
def test_an_anchors_hand_over_alone_is_dropped(line):
    text = f"{KO_HEAD}\n\n{ANCHOR}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [ANCHOR, KO_STORY, KO_MORE]
    assert reasons(article)[line] == "broadcast hand-off"
    # the reporter it hands over to is the report's author
    assert article.byline == ("박하늘" if "박하늘" in line else "김하늘")


def test_a_sentence_about_a_reporters_visit_stays():
    # more than the hand-over: the sentence goes on after the reporter's visit
    line = "김하늘 기자가 다녀온 마을에는 한국 기업이 세운 학교가 있습니다."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{line}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, line, KO_MORE]


def test_a_hand_over_after_the_anchors_own_clause_stays_his_paragraph():
    line = "두 도시가 왜 손을 잡았는지, 김하늘 기자가 현지에 다녀왔습니다."
    article = article_from_text(f"{KO_HEAD}\n\n{ANCHOR}\n\n{line}\n\n{KO_STORY}\n")
    assert paragraphs(article) == [ANCHOR, line, KO_STORY]


@pytest.mark.parametrize(
    "line", ["김하늘 하노이 특파원이 전합니다.", "하노이 특파원이 다녀왔습니다."]
)
def test_a_correspondents_post_names_no_place_as_the_author(line):
    # "하노이 특파원": the word before the post is where the correspondent is, no name
    text = f"{KO_HEAD}\n\n{ANCHOR}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert reasons(article)[line] == "broadcast hand-off"
    assert article.byline != "하노이"
