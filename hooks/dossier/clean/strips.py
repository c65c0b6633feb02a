"""Lines that list a page's sections or keywords, not story: "Home | World | Asia",
"Tin tức - Sự kiện> Tin tức - Thông báo", "사회, 정치/국제, 외교", "Little Seoul in Saigon,
travel news, Vietnam guide, …"."""

from __future__ import annotations

import re

from dossier.clean.languages import VIETNAMESE_LETTER

# "Home | World", "Tin tức - Sự kiện> Tin tức - Thông báo": a page's section crumbs
_NAV_STRIP = re.compile(  # (the crumb after a dash a few words, no figure)
    r"(home|trang chủ|news|tin tức)(\s*[-–]\s*[^\W\d]+(?:\s[^\W\d]+){0,3})?"
    r"\s*(?:[|>»›]|/(?=\s)).*",
    re.I,
)
_SEPARATED = re.compile(r"\s+[|>»›]\s+")
# "사회, 정치/국제, 외교": a Korean site's sections, a path of short words with a slash
_SECTION_PATH = re.compile(r"(?=.*[/>])[가-힣]{2,4}(?:\s*[,/>·]\s*[가-힣]{2,4}){2,}")
# "HOME 정치·경제 정치/경제": the crumbs of a Korean site, its sections after "home" with
# spaces alone between them (a section's own name joined by "·" or "/"), or after "홈" and
# an arrow ("홈 > 경제"; not "홈 경기 승리" nor "홈 팬 앞에서 완승·선두 탈환", home games)
_KOREAN_CRUMBS = re.compile(
    r"(?:(?=.*[·/>›»])(?:HOME|Home)|홈(?=\s*[>›»]))"
    r"(?:\s+[>›»]?\s*[가-힣]{1,5}(?:\s?[·/,]\s?[가-힣]{1,5})*){1,4}"
)
_WORDS = re.compile(r"\w+")  # "Văn hóa - Văn nghệ": four words, the dash none


def is_nav_strip(text: str) -> bool:
    """A page's section crumbs: "Home | World | Asia", "사회, 정치/국제, 외교"."""
    if (_NAV_STRIP.fullmatch(text) and len(text) < 120) or _SECTION_PATH.fullmatch(
        text
    ):
        return True
    if _KOREAN_CRUMBS.fullmatch(text):
        return True
    parts = _SEPARATED.split(text)
    return len(parts) >= 3 and all(0 < len(_WORDS.findall(p)) <= 4 for p in parts)


MIN_TAGS = 6
MAX_TAG_WORDS = 4
# a Vietnamese tag counts its syllables as words: "tỉnh nhỏ nhất Đông Nam Bộ" is one place
MAX_VIETNAMESE_TAG_WORDS = 6


def _most_words(text: str) -> int:
    vietnamese = VIETNAMESE_LETTER.search(text) is not None
    return MAX_VIETNAMESE_TAG_WORDS if vietnamese else MAX_TAG_WORDS


_JOINED = re.compile(r"\b(?:and|or|và|hoặc)\b|및|와 |과 ")
_ENDS_SENTENCE = tuple('.!?…"”’)다:')  # ":" opens the list a sentence gives
_LOWER_PHRASE = re.compile(r"[a-zà-ỹđ]+(?:\s[a-zà-ỹđ]+)*")  # "travel news", "du lịch"


def _short(tags: list[str], most: int) -> bool:
    """Every tag a word or more, and at most ``most``."""
    return all(0 < len(tag.split()) <= most for tag in tags)


def keyword_tags(text: str) -> bool:
    """A page's keywords: six short phrases or more, only commas between them, the first
    capitalised, one at least a phrase in lower case ("travel news") and none a figure, no
    "and" joining the last and no sentence's end ("Little Seoul in Saigon, travel news,
    Vietnam guide, …"); a line of a wrapped sentence ("visited Hanoi, Hue, …") is none."""
    tags = [tag.strip() for tag in text.split(",")]
    return (
        len(tags) >= MIN_TAGS
        and not text[:1].islower()
        and not text.rstrip().endswith(_ENDS_SENTENCE)
        and _short(tags, _most_words(text))
        # "Hàng chủ lực gồm cà phê, …": a sentence's subject and verb open its first part
        and len(tags[0].split()) <= MAX_TAG_WORDS
        and any(_LOWER_PHRASE.fullmatch(tag) for tag in tags)
        and not any(tag.split()[0][:1].isdigit() for tag in tags)
        and not _JOINED.search(text)
    )
