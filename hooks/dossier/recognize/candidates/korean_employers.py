"""The body a person serves, named between their name and their title: "김상조
국제종합기계 사장" (Kim, president of the machinery firm), "류항하 하노이 코참 회장", "고성민
광주아울렛 상무이사". Korean writes a person's post so, the body's name in the middle, and
the name and the title around it say that the words between are a body's, though no head
noun ("…공사", "…협회") marks them one and the model of Korean may read them as common
nouns ("국제종합기계": international, general, machine).

What stands between may also say which post, or of where, and names no body: "김상조 전
사장" (former), "김상조 신임 사장" (newly named), "김상조 부산시 부시장" (a city's, read as
a place elsewhere), "김상조 베트남 법인장" (a country's), "김상조 영업 이사" (a field: one
common noun)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_localities import REGIONS, names_a_place
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    PARTS_OF_COUNTRY,
    Named,
    adjacent,
    is_person_title,
    is_title,
    stationed_in,
    stem,
    words_of,
    world_region,
)
from dossier.recognize.candidates.sounded_words import reads_as_named
from dossier.text import name_key

# bodies every city or country has, which name none: "김상조 시의회 의장" (its council's)
_GENERIC = frozenset(
    words_of("시의회 도의회 구의회 군의회 국회 정부 인민 구단 당국 공산당")
)
# what a word naming a team, a field or a part ends in: "베트남 축구대표팀 감독" (the
# team's coach), "경제담당 차관", "식품사업부문장"
_NOT_BODY_ENDS = ("팀", "담당", "장")
# words that say which post or when, not whose: "신임 대표" (new), "초대 원장" (first),
# "공동 대표" (joint), "명예 회장" (honorary); a word of one syllable ("전 사장", former)
# is no body's name (MIN_BODY_SYLLABLES)
_MODIFIERS = frozenset(
    words_of(
        "신임 초대 당시 공동 상임 명예 수석 총괄 직무대행 대행 임시 "
        "차기 역대 현직 전직 대표 최고 선임 책임 담당 한국 한국측 "
        "베트남측 본사 현지 국내 해외 지역 지사 본부 법인 주재 또한 이날"
    )
)
_OF = "의"  # the particle of whose
# a priest's, a bishop's, a nun's, a monk's title, whose saint's or dharma name stands
# between: "김정우 라파엘 신부", "… 틱전딩 주지스님"
_CLERGY = ("신부", "주교", "추기경", "수녀", "스님")
MAX_BODY_WORDS = 3  # words between the name and the title: "롯데 이커머스 베트남"
MIN_BODY_SYLLABLES = 2


def _person_ends(found: Iterable[Named]) -> set[int]:
    """Where each person found ends."""
    return {end for _, kind, _, end in found if kind == "leaders"}


def _placed(word: str) -> bool:
    """A country, a region or a place: the post is that place's, read as one elsewhere;
    a post in one ("주호치민 총영사": stationed in Hồ Chí Minh City), a country's part
    ("남부 본부장") or the world's ("동남아 본부장", "동아시아 연구소장")."""
    return (
        word in HANGUL_COUNTRIES
        or word in REGIONS
        or word in PARTS_OF_COUNTRY
        or stationed_in(word)
        or world_region(word)
        or is_listed_place(name_key(word))
        or is_place_with_kind(word)
        or names_a_place(word)
    )


def employers(
    text: str, words: list[tuple[str, int, int]], found: Iterable[Named]
) -> Iterator[Named]:
    """(name, "organizations", start, end) of each body named between a person found
    and their title, a space apart each."""
    found = list(found)
    ends = _person_ends(found)
    taken = [(a, b, kind) for _, kind, a, b in found if kind != "cities"]
    for i, (_, _, end) in enumerate(words):
        if end not in ends:
            continue
        for j in range(i + 2, min(i + 2 + MAX_BODY_WORDS, len(words))):
            between = words[i + 1 : j]
            # one space apart each: not a comma, a bracket, a line, nor "·" or "/"
            spaces = text[end : words[j][1]].replace(" ", "") == "".join(
                w for w, _, _ in between
            )
            if not (adjacent(words, i, j) and spaces):
                break
            title = stem(words[j][0])
            if not is_person_title(title):
                continue
            if title.endswith(_CLERGY):
                break  # "김정우 라파엘 신부": a baptismal or a dharma name between
            body = _body(text, between, taken)
            if body is not None:
                yield body
            break


def _body(
    text: str,
    between: list[tuple[str, int, int]],
    taken: list[tuple[int, int, str]],
) -> Named | None:
    """The body the words ``between`` a name and a title name, or None."""
    first, last = between[0], between[-1]
    start, end = first[1], last[2]
    for a, b, kind in taken:
        if (
            a < end
            and start < b
            and not (
                kind == "organizations" and start < a and b == end and _placed(first[0])
            )
        ):
            return None  # a name found there already ("대원건설"), or a person's; but
            # "하노이 코참": the body found, and the place before it whose it is
    for word, _, _ in between:
        if word in _MODIFIERS or word in _GENERIC or is_title(stem(word)):
            return (
                None  # "전 사장", "회장을 …": a post's word, or a title and a particle
            )
        if len(word) < MIN_BODY_SYLLABLES:
            return None  # "베트남 당 서기장"; "투 타오": a Vietnamese name's rest
    if last[0].endswith(_OF) or last[0].endswith(_NOT_BODY_ENDS) or _placed(last[0]):
        return None  # "회사의 사장": whose; "부산시 부시장": the city's
    # one word, or after a country: a firm's name, not a field ("김상조 영업 이사",
    # "베트남 정부 경제담당 차관"); after a place, the place's body ("하노이 국립대")
    named = len(between) > 1 and _placed(first[0]) and first[0] not in HANGUL_COUNTRIES
    if not (named or reads_as_named(last[0])):
        return None
    return text[start:end], "organizations", start, end
