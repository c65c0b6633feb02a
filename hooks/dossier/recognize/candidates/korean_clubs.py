"""Korea's professional clubs, in a sentence about sport: a club is named by its home city
and its sponsor ("전북 현대", "부산 아이파크", "FC 서울"), often with the team's nickname
after ("수원 삼성 블루윙즈", "전북 현대 모터스 FC"); a sponsor's club is named by the
sponsor and that nickname alone too ("LG 치타스", "삼성 라이온즈")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from dossier.recognize.candidates.korean_bodies import GROUPS
from dossier.recognize.candidates.korean_localities import REGIONS
from dossier.recognize.candidates.korean_words import Named, words_of
from dossier.recognize.candidates.korean_words import stem as _stem

# the cities Korea's professional clubs are at home in: the regions, and the towns no
# list of regions has
_CITIES = REGIONS | frozenset(
    words_of(
        "수원 포항 성남 안양 부천 김천 안산 김포 천안 청주 창원 고양 상주 용인 원주"
    )
)
# "현대" is also "modern" ("현대 테니스", "서울 현대 미술"), so, as GROUPS leaves it out,
# it names a club only with a nickname, or after a city and before no art ("울산 현대를",
# "전북 현대 사령탑"; not "서울 현대 건축물")
_MODERN = "현대"
_LATIN = words_of("LG SK GS KT KB NC KIA DB OK")
_SPONSORS = sorted({*GROUPS, _MODERN, "아이파크"}, key=len, reverse=True) + list(_LATIN)
_ALT = "|".join
_CLUB = re.compile(
    rf"(?<![가-힣A-Za-z])(?:(?P<city>{_ALT(_CITIES)}) ?(?P<sponsor>{_ALT(_SPONSORS)})"
    rf"|FC (?P<fc_city>{_ALT(_CITIES)})|(?P<firm>{_ALT(_SPONSORS)}))"
    r"(?![A-Za-z])(?P<rest>[가-힣]*)"
)
# the nicknames of Korea's professional teams, past and present (a word ending in 스, 즈 or
# 츠 is as often a loanword: "한국시리즈", "서포터즈", "콘텐츠")
_NICKNAMES = frozenset(
    words_of(
        "블루윙즈 모터스 스틸러스 드래곤즈 치타스 유나이티드 시티즌 로얄즈 "
        "라이온즈 타이거즈 베어스 트윈스 랜더스 와이번스 히어로즈 자이언츠 이글스 다이노스 "
        "위즈 유니콘스 레이더스 돌핀스 핀토스 슈퍼스타즈 "
        "썬더스 세이커스 나이츠 소닉붐 프로미 페가수스 점퍼스 스카이워커스 점보스 "
        "블루팡스 빅스톰 하이패스 스파이더스 핑크스파이더스 힐스테이트 알트로스 "
        "블루밍스 위비 피닉스"
    )
)
_FC = re.compile(r" ?FC(?![A-Za-z])")
# what a sentence about sport says: its game, its league, its clubs and their people, each
# a word of its own ("감독", not "관리감독" or "영화감독"; "선수", not "선수급")
_SPORT_WORDS = frozenset(
    words_of(
        "축구 야구 농구 배구 프로축구 프로야구 프로농구 프로배구 구단 프로팀 감독 선수 "
        "선수단 선수들 코치 입단 창단 시즌"
    )
)
_LEAGUE = re.compile(r"[A-Za-z0-9가-힣]*리그\d?")
_SPORT_OPENINGS = tuple(_SPORT_WORDS)
# each word, read whole (a pattern seeking a sport's syllables inside words tried every
# position of a long word again: quadratic on a word of 50,000 syllables)
_WORD = re.compile(r"[A-Za-z0-9가-힣]+")
# a plant, an office, a ground or a shop after the name: the firm's, no club ("울산 SK
# 공장", "수원 삼성 디지털시티", "대구 삼성 라이온즈 파크")
_SITES = tuple(
    words_of(
        "공장 사업장 제철소 본사 사옥 캠퍼스 디지털시티 연구소 연구원 센터 지사 법인 "
        "백화점 매장 파크 구장 야구장 경기장 축구장 체육관 스타디움 돔 건축물 건물"
    )
)
_NEXT = re.compile(r" ?([가-힣]+)")
_ARTS = tuple(
    words_of(
        "미술 건축 무용 음악 문학 예술 디자인 사회 문명 의학 사상 철학 도시 테니스"
    )
)


def _modern_art(text: str, end: int) -> bool:
    """An art or a field is named after ``end``: "… 미술", "… 건축물"."""
    match = _NEXT.match(text, end)
    return bool(match) and match[1].startswith(_ARTS)


# a long page says its clubs' words again and again
stem = lru_cache(maxsize=4096)(_stem)


def _about_sport(text: str) -> bool:
    """A word of sport stands in ``text``, as a word of its own."""
    return any(
        stem(w) in _SPORT_WORDS or _LEAGUE.fullmatch(stem(w))
        for w in _WORD.findall(text)
        if w.startswith(_SPORT_OPENINGS) or "리그" in w
    )


def _nickname(text: str, end: int) -> int:
    """Where the nickname after ``end`` ends, or ``end`` when none follows; a whole word,
    not the first syllables of one ("라이온즈파크")."""
    match = _NEXT.match(text, end)
    if not match or match.start(1) == end:
        return end
    word = stem(match[1])
    return match.start(1) + len(word) if word in _NICKNAMES else end


def _site_after(text: str, end: int) -> bool:
    """A plant, an office or a ground is named after ``end``: "… 공장", "… 파크에서"."""
    match = _NEXT.match(text, end)
    return bool(match) and match[1].startswith(_SITES)


def clubs(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each professional club a sentence about
    sport names by its city and sponsor, or by a sponsor and the team's nickname."""
    if not _about_sport(text):
        return
    for match in _CLUB.finditer(text):
        head = match["sponsor"] or match["fc_city"] or match["firm"]
        end = match.start("rest")
        if match["rest"] and stem(head + match["rest"]) != head:
            continue  # "현대미술관", "삼성전자": a word of its own, no club
        close = _nickname(text, end) if not match["rest"] else end
        if close == end and match["firm"]:
            continue  # "LG", "삼성" alone: the firm
        if head == _MODERN and close == end and _modern_art(text, end):
            continue  # "서울 현대 미술": modern art, no club
        if _site_after(text, match.end() if close == end else close):
            continue  # "울산 SK 공장", "대구 삼성 라이온즈 파크": a site
        if fc := _FC.match(text, close):
            close = fc.end()  # "전북 현대 모터스 FC", "제주 SK FC"
        start = match.start()
        yield text[start:close], "organizations", start, close
