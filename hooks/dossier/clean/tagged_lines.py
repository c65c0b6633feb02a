"""Lines a Korean press tag marks as no headline: a wire's "place=outlet" tag opens a
byline or a picture's caption ("(서울=연합뉴스) 지난해 4월 … 설명회.", "[서울=아시아뉴스
통신] 하경옥 기자 송고시간 …", "Ho Chi Minh= Ku Su Jeong/ correspondent in Vietnam"), and
a picture's credit closes a caption ("… 개소식 /부산시 제공")."""

from __future__ import annotations

import re

from dossier.clean import metadata as meta
from dossier.clean.korean_headlines import credited_caption
from dossier.clean.portrait_captions import is_portrait_caption

# "서울=연합뉴스", "Ho Chi Minh= Ku Su Jeong", "DB=시사연합신문": letters on both sides of
# the sign (not a rate or a sum, "1달러=1,400원"); tried where a word's letters begin only
# (from every letter of a long word, the search took quadratic time)
_PRESS_TAG = re.compile(
    r"(?<![^\W\d_])[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3} ?= ?[^\W\d_]"
)
# the tag's reporter: "… 기자", "… 특파원", "… correspondent"
_REPORTER = re.compile(r"기자|특파원|(?i:\bcorrespondent\b|\breporter\b)")


def press_tagged(text: str) -> bool:
    """A wire's "place=outlet" tag in the line: a byline or a caption, no headline."""
    return _PRESS_TAG.search(text) is not None


def no_headline(text: str) -> bool:
    """A line that reads as a headline but is a caption or a byline by its marks, a
    portrait's caption ("Jane Roe, chairwoman, Hanoi Business Council")."""
    return press_tagged(text) or credited_caption(text) or is_portrait_caption(text)


def tagged_byline(text: str) -> bool:
    """A reporter's byline after a wire's tag: "[서울=아시아뉴스통신] 하경옥 기자"."""
    return press_tagged(text) and _REPORTER.search(text) is not None


def names_line(text: str) -> bool:
    """A line of the header that names the authors: a list of names ("X and Y") or a
    reporter after a wire's tag."""
    return meta.is_name_list(text) or tagged_byline(text)
