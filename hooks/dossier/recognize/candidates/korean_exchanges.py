"""Korean exchanges: one is named by its place or its own words ("하노이 증권거래소",
"한국증권선물거래소"); what an exchange trades names none ("증권거래소", "암호화폐거래소":
any stock or crypto exchange)."""

from __future__ import annotations

from dossier.recognize.candidates.korean_words import words_of

EXCHANGE = "거래소"
_TRADED = frozenset(
    words_of(
        "증권 주식 외환 선물 상품 코인 암호화폐 가상화폐 가상자산 배출권 탄소배출권"
    )
)


def traded_only(head: str | None, own: str) -> bool:
    """``own`` before the head ``head`` says only what an exchange trades: "증권" of
    "증권거래소"."""
    return head == EXCHANGE and own in _TRADED
