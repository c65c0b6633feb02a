"""Sports competitions, leagues and clubs in Korean, named by the noun of their kind.

A cup, a championship or a Games ends in that noun ("스즈키컵", "아시안컵", "U-23 챔피언십",
"부산 아시안게임"), maybe after the initials of the federation that holds it and its year
("AFF 스즈키컵", "2018 AFF 스즈키컵"); a league goes by its country's letter ("K리그1",
"V리그"; "조별리그" is a tournament's group stage, no league); a club by its city or its
own name and FC ("대구FC", "호앙아인잘라이 FC").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_editions import TROPHY
from dossier.recognize.candidates.korean_localities import names_a_place
from dossier.recognize.candidates.korean_words import Named, stem, words_of
from dossier.recognize.candidates.morphemes import is_proper_noun, reads_as_foreign
from dossier.recognize.candidates.sounded_words import reads_as_named

_CUP = "컵"
_CHAMPIONSHIP = "챔피언십"
_GAMES = "아시안게임"
_GAME = "게임"
_OLYMPICS = "올림픽"
_WORLD = "월드"
# what a cup holds or wins, no competition: "우승컵", "종이컵", "머그컵"
_COMMON_CUPS = frozenset(
    words_of("우승 종이 머그 일회용 플라스틱 계량 텀블러 커피 맥주 소주 유리 스텐")
)
MIN_CUP_NAME = 2  # syllables before 컵: "물컵" is a glass of water
# a sport said in the text, where a cup or a championship is a competition
_SPORT = re.compile(
    r"대회|우승|결승|경기|예선|본선|축구|야구|배구|농구|골프|태권도|대표팀|감독|선수|토너먼트|"
    r"리그|스포츠|월드컵|아시안컵"
)
# "AFF ", "AFC U-23 ", "FIFA ": the federation's initials and the age class before the
# name, and the edition's year before them ("2018 AFF "; "2018년 AFF …" is when)
_LETTERS_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:19|20)\d\d\s)?"
    r"(?:(?<![\w.-])(?:[A-Z][A-Za-z]*(?:-\d{2})?|\d{2}세\s?이하)\s){0,2}$"
)  # "20세이하 월드컵": the age class in Korean, as "U-20"
# "2020 ": the edition's year before a competition's host or trophy
_YEAR_BEFORE = re.compile(r"(?<![\w.])(?:19|20)\d\d\s$")
# "동남아시안 게임", "SEA게임", "동남아세안(SEA) 게임": the Southeast Asian Games, spaced,
# by their initials, or by a name and SEA or a name of Asia's and its initials in brackets
# (not a firm's: "브이엔지(VNG) 게임", "엔씨소프트(NC) 게임을 즐긴다")
_GAMES_BEFORE = re.compile(
    r"(?:(?<![가-힣])[가-힣]*아시안\s|(?<![A-Za-z])SEA\s?|"
    r"(?<![가-힣])[가-힣]{2,8}\(SEA\)\s|"
    r"(?<![가-힣])[가-힣]{0,6}(?:아시안|아세안|아시아)\([A-Z]{2,5}\)\s)$"
)
_GAME_COPULA = re.compile(r"게임(?:이다|이며|이자|이었다)")
# "한국대사배 태권도컵": the trophy's giver before a cup ("…배", the cup of)
_WORD_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,8})\s$")
# "아시아축구연맹 U-23 챔피언십": the federation by its name, before the initials
_FEDERATION = "연맹"
_FEDERATION_BEFORE = re.compile(rf"([가-힣]+{_FEDERATION}(?:\([A-Z]{{2,6}}\))?)\s$")
# "자카르타·팔렘방 아시안게임": two host cities joined by a dot
_JOINED = re.compile(r"([가-힣]+)[·ㆍ‧-]([가-힣]+)\s$")
# "M 150컵", "M-150컵", "M0150컵": a cup by its sponsor's letters and number, glued on
_NUMBERED_CUP = re.compile(
    r"(?<![\w.-])[A-Z]{1,4}[-\s]?\d{1,4}컵"
    r"(?=$|[^가-힣]|(?:은|는|이|가|을|를|의|에|에서|와|과|도|으로|까지)(?![가-힣]))"
)
# a contest said after the cup ("M-150컵 대회에서 우승했다"), which a count of cups sold or
# drunk never has ("CU 3000컵 한정 판매", "BCAA 2컵을 마신다")
# ("M 150컵 U-23 동메달", "M0150컵 U-23 3, 4위 결정전": its age group, a medal, a match)
_CONTESTED = re.compile(r"대회|결승|결정전|우승|출전|조별리그|메달|U-?\d\d")
_COUNTED = re.compile(r"판매|한정|잔|마시|마신|마셔|팔았|팔린|팔려")
_NEAR = 20  # characters after the cup its contest or its count is read in
# "부산 아시안게임", "도쿄 올림픽": the host before the Games, a word of its own
_PLACE_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,6})\s$")
# "K리그1", "V리그", "J2리그": a country's league by its letter, and its division
_LEAGUE = re.compile(r"(?<![A-Za-z0-9가-힣])[A-Z]\d?리그\d?[가-힣]*")
_LEAGUE_NAME = re.compile(r"[A-Z]\d?리그\d?")
# "대구FC의", "호앙아인잘라이 FC 소속": a club, then a particle or 소속 (affiliated to)
_CLUB = re.compile(
    r"(?<![가-힣])(?P<own>[가-힣]{2,10})(?P<gap>\s?)FC(?![A-Za-z])"
    r"(?=$|[^가-힣]|(?:은|는|이|가|을|를|의|에|와|과|도|로|에서|소속))"
)


def contests(text: str, words: list[tuple[str, int, int]]) -> Iterator[Named]:
    """(name, type, start, end) of the competitions and leagues of ``text``."""
    for word, start, _ in words:
        # "… 게임이다": the copula on the Games, which a particle's stem keeps
        name = _GAME if _GAME_COPULA.fullmatch(word) else stem(word)
        end = start + len(name)
        opens = _opening(text, start, name)
        if opens is not None:
            yield text[opens:end], "events", opens, end
    for match in _LEAGUE.finditer(text):
        name = stem(match.group())  # "K리그1에서"
        if _LEAGUE_NAME.fullmatch(name):
            yield name, "organizations", match.start(), match.start() + len(name)
    yield from _clubs(text)
    for match in _NUMBERED_CUP.finditer(text):
        after = text[match.end() : match.end() + _NEAR]
        if _CONTESTED.search(after) and not _COUNTED.search(after):
            yield match.group(), "events", match.start(), match.end()


def _clubs(text: str) -> Iterator[Named]:
    """The clubs of ``text``: a word before FC, glued on ("경남FC") or, a word of its
    own, a proper noun or a name spelt by sound ("호앙아인잘라이 FC"; not "공장에 FC",
    "늘어난 FC": fuel cells)."""
    for match in _CLUB.finditer(text):
        own, start = match["own"], match.start("own")
        # glued on, the word is the club's; apart, it must read as a name, not as a
        # word with its particle ("공장에") or a verb's form ("늘어난")
        named = not match["gap"] or (
            is_proper_noun(text, start, match.end("own"))
            or reads_as_foreign(own)
            or names_a_place(own)
        )
        if named:
            yield match.group(), "organizations", start, match.end()


def _opening(text: str, start: int, name: str) -> int | None:
    """Where the competition whose last word is ``name`` (at ``start``) opens, or None
    when the word names none."""
    letters = _LETTERS_BEFORE.search(text, max(0, start - 24), start)
    lettered = letters is not None and (
        any(c.isupper() for c in letters.group()) or "이하" in letters.group()
    )
    opens = letters.start() if lettered else start
    if (name.endswith((_CUP, _CHAMPIONSHIP)) or name == _GAME) and not _SPORT.search(
        text
    ):
        return None  # "보온컵", "와인컵", "CEO 챔피언십": no sport said around it
    if name.endswith(_CUP):
        own = name[: -len(_CUP)]
        if len(own) < MIN_CUP_NAME or own in _COMMON_CUPS:
            return None
        trophy = _WORD_BEFORE.search(text, max(0, start - 12), start)
        if not lettered and trophy and TROPHY.search(trophy[1]):
            return _with_year(text, trophy.start())  # "2020 한국대사배 태권도컵"
        # "월드컵" alone is any World Cup ("동남아 월드컵", a nickname): its organiser's
        # initials or the hosts glued on say which ("FIFA 월드컵", "한일월드컵")
        return None if own == _WORLD and not lettered else opens
    if name.endswith(_CHAMPIONSHIP) and name != _CHAMPIONSHIP:
        return opens
    if name == _CHAMPIONSHIP:
        # "아세안축구연맹(AFF) U-23 챔피언십": its initials in brackets after it
        before = max(0, opens - 30)
        federation = _FEDERATION_BEFORE.search(text, before, opens)
        if federation:
            return federation.start(1)
        return opens if lettered else None
    if name.endswith(_GAMES):
        if name != _GAMES:
            return opens  # "동남아시안게임"
        before = text[max(0, start - 30) : start]
        joined = _JOINED.search(before)
        if joined and any(names_a_place(w) for w in joined.groups()):
            return start - len(joined.group())
        place = _PLACE_BEFORE.search(before)
        if place and names_a_place(place.group(1)):
            return start - len(place.group())  # "부산 아시안게임"
        return None
    if name == _GAME:
        games = _GAMES_BEFORE.search(text, max(0, start - 16), start)
        return _with_year(text, games.start()) if games else None
    if name.endswith(_OLYMPICS):
        return _olympics(text, start, name)
    return None


def _olympics(text: str, start: int, name: str) -> int | None:
    """Where the Olympics ``name`` at ``start`` names open: at the host glued on
    ("평창올림픽") or a word before ("2021 도쿄 올림픽"), a name the words know as one;
    "올림픽" alone, "동계올림픽" are any."""
    own = name[: -len(_OLYMPICS)]
    if own:
        return start if reads_as_named(own) or names_a_place(own) else None
    host = _PLACE_BEFORE.search(text, max(0, start - 8), start)
    if host and (reads_as_named(host[1]) or names_a_place(host[1])):
        return _with_year(text, host.start())
    return None


def _with_year(text: str, opens: int) -> int:
    """``opens``, or where the edition's year before it opens ("2020 …")."""
    year = _YEAR_BEFORE.search(text, max(0, opens - 5), opens)
    return year.start() if year else opens
