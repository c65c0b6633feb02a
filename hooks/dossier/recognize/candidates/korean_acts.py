"""Stage acts a Korean sentence lists before what they are: "A, B, C 등 7팀이 출연했다"
(seven acts), "A, B 등 다양한 가수들의 부스" (singers), "A·B 등 인기 그룹", "A, B, C 등이
출연한다" (appear, the line-up): each name of the list is a group, filed as a body
("organizations").

The list's cue is read right after its closing 등 (and so on): a number of teams ("7팀",
"5개 팀"), or a group's, a band's or a singer's noun, a few modifiers before it ("다양한",
"인기"), or 이 출연 (appear) after a show's word opening the list's clause ("공연에는",
"축제 무대에서는"): a line-up's groups. 출연 also endows a fund ("A, B 등이 출연해 세운
재단") and appears on a documentary or a talk show (people, not acts); so a line-up needs
a show as its setting, its troupes and teams by their kind ("시립합창단", "국악팀",
"자원봉사자") and people by an honorific ("김민수씨") are left out, and a line-up holding
a name shaped as a person's is solo singers, left alone (a solo singer is read by a
name's own cues), as is one opened by 가수. A list holding a country, a listed place
("전북, 울산 등 4개 팀": clubs named by their cities) or a title, or mostly words of the
language ("발라드, 댄스, 트로트 등": genres), is no list of acts; nor, but with a group's
or a band's noun, a list opened by 가수 (singer) or holding a name shaped as a person's,
Korean or Vietnamese ("김수진, 이하나 등 인기 가수", "가수 김수진, 이하나 등 7팀": a count
of teams counts solo singers too; "미땀, 호앙투이린 등 인기 가수들": Vietnamese singers).

A member's name after an act of such a list, listed with another such pair ("샤이니 온유,
EXO 찬열, 씨스타 보라가"), is that group's member: a person ("leaders").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import country_keys, is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_words import (
    Named,
    is_title,
    person_shaped,
)
from dossier.recognize.candidates.lexicon import name_key
from dossier.recognize.candidates.morphemes import (
    COMMON,
    is_one_common_noun,
    read_alone,
)
from dossier.recognize.candidates.vietnamese_in_hangul import glued_vietnamese_name
from dossier.text import TENSE_TO_ASPIRATED, hangul_parts, joined_key

# what follows a list's 등: a number of teams, or what the acts are ("7팀이", "5개 팀",
# "다양한 가수들의", "인기 아이돌 그룹")
_CUE = re.compile(
    r"등\s?(?:(?P<teams>\d{1,3}\s?(?:개\s?)?팀)(?![장원])"
    r"|(?:(?:다양한|인기|유명|국내|한국|최정상|정상급|대표|K-?팝|케이팝)\s?){0,3}"
    r"(?P<kind>걸그룹|보이그룹|아이돌\s?그룹|아이돌|그룹|밴드|가수)"
    r"|(?P<staged>이\s출연))"  # "… 등이 출연한다": the line-up that appears
)
# a line-up's setting: a show's word as the topic opening the list's clause ("공연에는
# A, B 등이 출연한다", "축제 무대에서는 이날 A, B 등이"), at most one word between that
# modifies no noun ("무대에서 활약한 A, B": a metaphor, no setting); a broadcast's stage
# ("토크쇼 무대에는") has guests, not acts
_SETTING = re.compile(
    r"(?<!토크쇼 )(?<!예능 )(?<!방송 )(?:공연|콘서트|무대|축제|쇼케이스|페스티벌)(?:에는|에서는|에선)"
    r"(?:\s[가-힣]{1,5}(?<![한된던할는은을를]))?\s$"
)
# a troupe, a team or helpers by their kind, no name ("어린이합창단", "국악팀",
# "자원봉사자"); a person by an honorific
_TROUPES = (
    "합창단",
    "중창단",
    "시범단",
    "응원단",
    "대표단",
    "봉사단",
    "오케스트라",
    "악단",
    "무용단",
    "예술단",
    "공연단",
    "패",
    "팀",
    "봉사자",
    "참가자",
)
_HONORIFICS = ("씨", "님")
_BANDS = ("걸그룹", "보이그룹", "아이돌", "그룹", "밴드")  # groups by their noun
# a member of the list before its separator: a Hangul word, or a name in letters of up
# to three words ("Block B", "EXO")
_MEMBER = re.compile(
    r"(?:[\uac00-\ud7a3]{2,10}|[A-Za-z0-9][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&.\-]+){0,2})$"
)
# a singer's noun right before the list: its names are persons ("가수 김수진, 이하나 등")
_SINGER_BEFORE = re.compile(r"(?<![가-힣])가수(?:인|들)?\s?$")
# "A를 비롯해 B, C 등": the list's first member before "비롯해" (among them)
_SEPARATOR = re.compile(
    r"(?:\s?[,·]\s?|(?<=[\uac00-\ud7a3])(?:[와과]|[을를]\s비롯해)\s)$"
)
MAX_MEMBERS = 15
MIN_MEMBERS = 2
_REACH = 40  # characters read back for a member and its separator
_GAP = 7  # characters read back for a separator ("를 비롯해 ")
_AMONG = "비롯해 "
_PLURAL = "들"
# a member's name after its group: a word of two or three syllables, maybe a particle
# on it ("보라가")
_MEMBER_AFTER = re.compile(
    r"\s(?P<name>[\uac00-\ud7a3]{2,3}?)[이가은는와과의]?(?![\uac00-\ud7a3])"
)
_PAIR_GAP = re.compile(r"\s?[,·]\s?|[와과]\s")
# how likely, read alone, a common word of the language is ("공연" -14.9, "소속사" -20.0):
# what follows an act's name as often as a member does ("샤이니 공연": its show); a rare
# one may be a stage name ("온유" -23.4)
COMMON_WORD = -20.5


def stage_acts(text: str) -> list[Named]:
    """(name, type, start, end) of the acts Korean lists before their cue in ``text``,
    and of their members named after them in a list of pairs."""
    if "등" not in text:
        return []
    found: list[Named] = []
    acts: set[str] = set()
    for cue in _CUE.finditer(text):
        members = _members(text, cue.start())
        if len(members) < MIN_MEMBERS:
            continue
        words = [(text[a:b], a, b) for a, b in members]
        hangul = [(w, a, b) for w, a, b in words if not w[0].isascii()]
        if not all(_an_act(w) for w, _, _ in hangul):
            continue
        # "발라드, 댄스 등": words of the language; one such among names is left out
        # ("아이콘", an icon), a list of them is no list of acts
        common = [m for m in hangul if is_one_common_noun(text, m[1], m[2])]
        if 2 * len(common) > len(hangul):
            continue
        hangul = [m for m in hangul if m not in common]
        if _SINGER_BEFORE.search(text, max(0, words[0][1] - 4), words[0][1]):
            continue  # "가수 김수진, 이하나 등": singers alone, read by their noun
        persons = [w for w, _, _ in hangul if _a_person(w)]
        if cue["staged"]:
            # "공연에는 A, B 등이 출연한다": the show's groups, no troupe or team by its
            # kind; a list with a person-shaped name holds solo singers, left alone
            if not persons and _SETTING.search(
                text, max(0, words[0][1] - _REACH), words[0][1]
            ):
                found += [
                    (w, "organizations", a, b)
                    for w, a, b in hangul
                    if not w.endswith(_TROUPES + _HONORIFICS)
                ]
            continue
        if persons and not (cue["kind"] or "").startswith(_BANDS):
            # "김수진, 이하나 등 인기 가수": singers alone; "파랑새, 김수진 등 7팀": a
            # count of teams counts solo singers too, a person only by a Korean name's
            # shape ("비엣텔, 꽁안하노이 등 14개 팀": clubs, the list left alone)
            if cue["teams"] and all(person_shaped(w) for w in persons):
                found += [(w, _acts_kind(w), a, b) for w, a, b in hangul]
            continue
        found += [(w, "organizations", a, b) for w, a, b in hangul]
        acts.update(w for w, _, _ in words)
    return found + list(_members_of(text, acts))


def _acts_kind(word: str) -> str:
    return "leaders" if person_shaped(word) else "organizations"


def _members(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of the list's members read back from its 등 at ``end``: each a member
    before a separator, the first one after none."""
    members: list[tuple[int, int]] = []
    stop = end - 1 if text[end - 1 : end] == " " else end
    opener = False  # the member read next opens the list with "…를 비롯해"
    while len(members) < MAX_MEMBERS:
        low = max(0, stop - _REACH)
        member = _MEMBER.search(text, low, stop)
        if member is None:
            break
        if opener and not _an_opener(text, *member.span()):
            break  # "대사를 비롯해", "팬들을 비롯해": the guests first, no act
        members.append(member.span())
        separator = _SEPARATOR.search(
            text, max(0, member.start() - _GAP), member.start()
        )
        if separator is None:
            break
        stop = separator.start()
        opener = separator.group().endswith(_AMONG)
    if members and text[members[-1][0] - 1 : members[-1][0]] not in (" ", "", "\n"):
        members.pop()  # the first member glued to a word before it: no name read whole
    return members[::-1]


def _an_opener(text: str, start: int, end: int) -> bool:
    """The word before "…를 비롯해" may be an act: no plural ("팬들"), title ("대사"),
    country, place or common noun ("관계자")."""
    word = text[start:end]
    return (
        not word.endswith(_PLURAL)
        and _an_act(word)
        and not is_one_common_noun(text, start, end)
    )


def _an_act(word: str) -> bool:
    """A listed word that may be an act's name: no country, place or title."""
    key = name_key(word)
    return not (
        joined_key(key) in country_keys()
        or is_listed_place(key)
        or is_place_with_kind(word)
        or is_title(word)
    )


def _a_person(word: str) -> bool:
    """A name shaped as a person's: Korean ("김수진"), or Vietnamese in Hangul, run
    together ("호앙투이린") or with a doubled consonant no Korean loanword has ("미땀")."""
    return (
        person_shaped(word)
        or glued_vietnamese_name(word)
        or any(
            (parts := hangul_parts(s)) and parts[0] in TENSE_TO_ASPIRATED for s in word
        )
    )


def _members_of(text: str, acts: set[str]) -> Iterator[Named]:
    """Members named after their act, two such pairs listed or more ("샤이니 온유, EXO
    찬열, 씨스타 보라가")."""
    pairs: list[tuple[int, int, int]] = []  # the act's start, the member's span
    for act in acts:
        for at in _occurrences(text, act):
            after = _MEMBER_AFTER.match(text, at + len(act))
            if (
                after
                and not text[at - 1 : at].isalnum()
                and not is_title(after["name"])
                and not _common_word(after["name"])
            ):
                pairs.append((at, *after.span("name")))
    pairs.sort()
    listed: set[int] = set()
    for i in range(len(pairs) - 1):
        if _PAIR_GAP.fullmatch(text, pairs[i][2], pairs[i + 1][0]):
            listed |= {i, i + 1}
    for i in sorted(listed):
        _, start, end = pairs[i]
        yield text[start:end], "leaders", start, end


def _common_word(word: str) -> bool:
    tokens, score = read_alone(word)
    return len(tokens) == 1 and tokens[0].tag == COMMON and score > COMMON_WORD


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))
