"""A Korean lead tag whose outlet stands before a slash with no place before it, two
reporters joined by a stop: "[X인터넷신문/김하늘.이서준 기자]…". It read an empty place
and failed with an IndexError; the article now reads, every line kept."""

from __future__ import annotations

from builders import article_from_text

LEAD = (
    "[한빛인터넷신문/김하늘.이서준 기자]전라남도와 베트남 껀터시는 10일 고위급 회담을 "
    "열어 교류 활성화 방안을 논의했다."
)
MORE = "이날 회담에는 양측 대표단이 참석했다."


def test_a_lead_with_an_empty_place_reads_without_error():
    article = article_from_text(f"{LEAD}\n\n{MORE}\n")
    texts = " ".join(p.text for p in article.passages)
    assert "전라남도와 베트남 껀터시는 10일 고위급 회담을" in texts
    assert MORE in texts
