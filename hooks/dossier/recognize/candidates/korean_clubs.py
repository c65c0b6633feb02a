"""Korea's professional clubs, in a story about sport: a club is named by its home city and
its sponsor ("전북 현대", "부산 아이파크", "FC 서울"), often with the team's nickname after,
an English plural spelt by sound ("수원 삼성 블루윙즈", "전북 현대 모터스"); a sponsor's
club is named by the sponsor and that nickname alone too ("LG 치타스", "삼성 라이온즈")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import Named, stem, words_of

# the cities and provinces Korea's professional clubs are at home in
_CITIES = words_of(
    "서울 부산 대구 인천 광주 대전 울산 강원 전북 전남 경남 제주 수원 포항 성남 안양 "
    "부천 김천 안산 김포 천안 청주 창원 고양 상주"
)
# a club's sponsor after its city; the Korean words stand alone ("현대미술관" is none)
_SPONSORS = words_of("현대 삼성 아이파크 포스코 LG SK GS")
_FIRMS = words_of("LG SK KT NC KIA 삼성 현대 롯데 한화 두산 기아")
_ALT = "|".join
_CLUB = re.compile(
    rf"(?<![가-힣A-Za-z])(?:(?P<city>{_ALT(_CITIES)}) ?(?P<sponsor>{_ALT(_SPONSORS)})"
    rf"|FC (?P<fc_city>{_ALT(_CITIES)})|(?P<firm>{_ALT(_FIRMS)}))"
    r"(?![A-Za-z])(?P<rest>[가-힣]*)"
)
# a team's nickname: an English plural spelt by sound, three syllables or more
# ("블루윙즈", "스틸러스", "자이언츠"); not the common nouns that end so
_PLURAL_ENDS = ("스", "즈", "츠")
_NOT_NICKNAMES = frozenset(
    words_of("서비스 비즈니스 시리즈 클래스 캠퍼스 스포츠 오피스 프로세스")
)
_NICKNAME = re.compile(r" (?P<word>[가-힣]{3,8})")
# what a story about sport says: its game, its league, its clubs and their people
_SPORT = re.compile(r"축구|야구|농구|배구|리그|구단|프로팀|감독|선수|코치|입단|창단")


def _nickname(text: str, end: int) -> int:
    """Where the nickname after ``end`` ends, or ``end`` when none follows."""
    match = _NICKNAME.match(text, end)
    if not match:
        return end
    word = stem(match["word"])
    if len(word) < 3 or not word.endswith(_PLURAL_ENDS) or word in _NOT_NICKNAMES:
        return end
    return match.start("word") + len(word)


def clubs(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each professional club a story about sport
    names by its city and sponsor, or by a sponsor and the team's nickname."""
    if not _SPORT.search(text):
        return
    for match in _CLUB.finditer(text):
        head = match["sponsor"] or match["fc_city"] or match["firm"]
        end = match.start("rest")
        if match["rest"] and stem(head + match["rest"]) != head:
            continue  # "현대미술관", "삼성전자": a word of its own, no club
        close = _nickname(text, end) if not match["rest"] else end
        if match["firm"] and close == end:
            continue  # "LG", "삼성" alone: the firm
        start = match.start()
        yield text[start:close], "organizations", start, close
