"""A body named by its letters, then a space and the Hangul noun that says what it is:
"YSL 그룹" (a group), "C&MA 교단" (a denomination), "VDF 선교회" (a mission), "CBMC 실업인
연합회" (a federation, a bare noun of its own between), "CJ HK 엔터테인먼트", "KD 맨파워
컴퍼니", "NCV 게임즈", "TJB 대전방송" (a broadcaster, the station's city glued on). The
letters alone were read as the name, the noun left off it: the longer name is proposed
in their stead.

The noun is one only a body can be, matched whole: an industry's or a building's word
("GMO 식품", "LPG 자동차", "AS 센터") names a product or a service as often as a firm. An
abbreviation of a field, a thing, a genre or a generation ("IT 기업 협회", "HBM 반도체",
"EDM 그룹", "MZ 세대"), a generic, relation or class word between ("기업", "협력", "출신",
"계열", "회원국"), a word between with a particle or an ending on it ("관계자와 협회",
"출신으로 재단": a phrase, no name), letters inside a longer word ("K-POP 그룹") or a
broadcast with no city ("KBS 방송을 본다", "KBS 생방송") names no body."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import Named, stem, words_of
from dossier.recognize.candidates.lexicon import name_key
from dossier.recognize.candidates.transliterated import GENERIC_AFTER_LETTERS

# one or two runs of capitals ("CJ HK"), "&" inside one ("C&MA"), then one or two Hangul
# words, a space before each
_LETTERED = re.compile(
    r"(?<![\w&\-.])(?P<letters>[A-Z][A-Z&]{1,5}(?: [A-Z][A-Z&]{1,5})?)"
    r"(?P<words>(?: [가-힣]{2,10}){1,2})"
)
# nouns only a body is: a group, a denomination, a mission, a federation, an association,
# a foundation, a bank, a company, a games or an entertainment firm; a broadcaster with
# its city glued on ("대전방송")
_HEADS = frozenset(
    words_of(
        "그룹 교단 선교회 연합회 협회 협의회 연맹 재단 은행 컴퍼니 게임즈 엔터테인먼트 "
        "홀딩스"
    )
)
_BROADCASTER = "방송"
# a relation or a class between the letters and the noun: a phrase, no name ("JYP 출신
# 그룹", "LG 계열 재단", "EU 회원국 연합회", "MZ 세대 그룹", "KOTRA 무역 협회")
_RELATIONS = frozenset(
    words_of("출신 계열 소속 산하 회원국 회원 세대 아이돌 팀장 무역")
)
# endings of a word between that make it a phrase's: "지원하는", "협력한", "인증된"
_VERB_ENDS = ("하", "한", "된", "받는", "하는", "할", "받은")
# abbreviations of fields and things, not of bodies
_COMMON_LETTERS = frozenset(
    words_of(
        "IT AI ICT SNS ODA FDI FTA EPS MOU CEO CFO GDP ESG VIP TV PC OTT R&D M&A "
        "KPI EV ASEAN APEC AS CS GMO HBM LPG LNG SUV OLED LED MZ TF KPOP POP EDM R&B"
    )
)


def lettered_heads(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each body named by letters and a noun."""
    for match in _LETTERED.finditer(text):
        letters = match["letters"]
        if any(run in _COMMON_LETTERS for run in letters.split()):
            continue
        words = match["words"].split()
        for size in range(1, len(words) + 1):  # the shortest name first
            last = stem(words[size - 1])
            if any(not _bare(w) for w in words[: size - 1]):
                break
            if _a_head(last):
                start = match.start()
                end = match.start("words") + len(" ".join(("", *words[: size - 1])))
                end += 1 + len(last)
                yield text[start:end], "organizations", start, end
                break


def _bare(word: str) -> bool:
    """A word between the letters and the noun that may be the name's: a bare noun, no
    generic one ("기업"), relation or class ("출신", "세대"), no particle ("관계자와")
    and no verb's ending ("지원하는")."""
    return (
        word not in GENERIC_AFTER_LETTERS
        and word not in _RELATIONS
        and stem(word) == word
        and not word.endswith(_VERB_ENDS)
    )


def _a_head(word: str) -> bool:
    """A body's noun, or a broadcaster's name: a listed city and 방송."""
    own = word[: -len(_BROADCASTER)]
    return word in _HEADS or (
        word.endswith(_BROADCASTER) and bool(own) and is_listed_place(name_key(own))
    )
