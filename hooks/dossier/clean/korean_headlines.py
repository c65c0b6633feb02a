"""What marks a Korean headline: the day a board posted it before it, and how few words
it may have over its deck."""

from __future__ import annotations

import re
from datetime import date

from dossier.clean.lines import HANGUL

MIN_KOREAN_HEADLINE_WORDS = 4

# "23.11.08 베트남 박닌성 당서기 내방": a Korean board's headline after its day, the year
# in two digits first
_DATED_KOREAN_TITLE = re.compile(
    r"(?P<year>\d{2})\.(?P<month>\d{2})\.(?P<day>\d{2})\.?\s+(?=\S.*[\uac00-\ud7a3])"
)


def dated_headline(text: str) -> tuple[str, str, str] | None:
    """A Korean headline after the day it was posted: (the day as written, the day as
    YYYY-MM-DD, the headline), or None."""
    if not (match := _DATED_KOREAN_TITLE.match(text)):
        return None
    year = 2000 + int(match["year"])
    year = year if year <= date.today().year else year - 100  # "99.10.20": 1999
    try:
        day = date(year, int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return match.group(0).strip(), day.isoformat(), text[match.end() :]


def fewest_korean(text: str, below: str) -> int | None:
    """How few words a Korean headline over its deck (``below``) may have; None for other
    text. A name in quotes, a comma or an ellipsis marks three words as a headline
    ("다문화 한국어공부방 ‘한마음뿌리회’", "해피코리아, 해피베트남센터 개관") over a longer
    deck; not a list of sections ("정치, 사회, 문화"), a series' label ("‘K-컬처’ 기획
    연재") or a slogan ("빠르고, 정확한 뉴스")."""
    if not HANGUL.search(text):
        return None
    words = text.split()
    marked = (
        _KOREAN_HEADLINE_MARKS.search(text) is not None
        and len(below.split()) > len(words)
        and not all(word.endswith(",") for word in words[:-1])
        and not _LABEL_WORDS.search(text)
    )
    return MIN_KOREAN_HEADLINE_WORDS - marked


_KOREAN_HEADLINE_MARKS = re.compile(
    r"[가-힣A-Za-z0-9][,…]\s?[가-힣A-Za-z0-9‘“'\"]|[‘“][^’”]+[’”]"
)
_LABEL_WORDS = re.compile(r"기획|연재|시리즈|특집|칼럼|뉴스$|[가-힣]고,")


# a Korean picture's credit closing the line: "… 협력센터 /국토교통부 제공" (given by
# one body, its name a word), "… 공장[VN익스프레스 사이트 캡처. 재판매 및 DB 금지]" (a
# wire's notice); not a headline's second clause after its slash, a thing provided
# ("… 무역사무소 개소/중소기업 통역 제공": interpreting provided)
_CREDIT_AFTER = re.compile(
    r"(?:/\s?[가-힣A-Za-z0-9]{2,20}\s?제공|\[[^\[\]]*DB\s?금지[^\[\]]*\])\s*$"
)


def credited_caption(text: str) -> bool:
    """A picture's caption, its credit closing it, or the credit alone: no headline,
    though it reads as one."""
    return _CREDIT_AFTER.search(text) is not None or korean_credit(text)


# a Korean picture's credit standing alone, as a caption's line: "해양항공 제공" (given by
# one body, in a word or two), "시장@시청 DB=예시일보" (a paper's picture archive,
# "DB", or "@" before whose picture it is), "… *재판매 및 DB 금지" (a wire's notice)
_KOREAN_CREDIT = re.compile(
    r"[가-힣A-Za-z0-9·]{2,20}(?:\s[가-힣A-Za-z0-9·]{1,20})?\s?제공|"
    r".*[가-힣]\s?@\s?[가-힣A-Za-z].*|.*\bDB\s?(?:=|금지).*"
)
# "도청 김 지사와 하이퐁시 관계자 외": who stand in the picture, "and others"
_PICTURED_OTHERS = re.compile(r"[가-힣].*[가-힣]와\s.+\s외")


def korean_credit(text: str) -> bool:
    """A Korean picture's credit, or the people it shows, as its caption's line."""
    text = " ".join(text.split())
    return HANGUL.search(text) is not None and bool(
        _KOREAN_CREDIT.fullmatch(text) or _PICTURED_OTHERS.fullmatch(text)
    )


# "… 의원들을 만났다.", "… 기념사진을 찍고 있다.": a sentence told done ("…았다",
# "…었다", "…했다") or in progress ("…고 있다"), with its full stop
_DONE_SENTENCE = re.compile(
    r"[\uac00-\ud7a3]다\.$"
)  # (the syllables before: no bearing)
_PAST_FINAL = 20  # the final consonant ㅆ of a syllable: "했", "났", "있"


def closed_by_ss(syllable: str) -> bool:
    """A Hangul syllable closed by ㅆ: a verb told done ("했", "났"), to be done ("겠") or
    a state ("있")."""
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code % 28 == _PAST_FINAL


def told_done(text: str) -> bool:
    """A Korean sentence ending on an act told done or in progress, its full stop after
    it: a picture's caption or the story's first sentence, never a headline (which ends
    on a noun, or on the verb's plain form: "… 희망을 외치다.", "… 리메이크된다.")."""
    text = text.strip()
    return _DONE_SENTENCE.search(text) is not None and closed_by_ss(text[-3])


def korean_caption(text: str) -> bool:
    """A Korean picture's caption or credit, though it stands where a headline would:
    its credit, the people it shows, or a sentence told done ("… 의원들을 만났다.")."""
    return korean_credit(text) or told_done(text)
