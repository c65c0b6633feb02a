"""A broadcast's label for who speaks, the name before a slash: "[쩐 반 하이 / 베트남
빈푹성 소방경찰 부국장 : …]", and an interview's caption, "▶ 인터뷰 : 김진석 / 식품의약품
안전처 국장", "[인터뷰] 레방단 / 세관장". After the interview's label the name may be a
Vietnamese one with its surname run on into its middle name ("레티 닌": Lê Thị Ninh;
"팜반뚜"), which no model of Korean knows; a place, a firm or a passer-by ("하이퐁 주민",
"호아팟 관계자") is none, nor the surname and middle name alone ("레티"), nor a name with
a title or a place after it ("팜반뚜 세관장 / 하노이"). A bracketed label captions anyone
the story asks, and topics too ("[인터뷰] 김도현/학부모", "[인터뷰] 정상회담 / …"), so
there the words after the slash must end in an office ("…세관장") and the name read
alone as one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import (
    MAX_NAME_SYLLABLES,
    SURNAMES,
    WORD,
    is_title,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import (
    is_common_nouns,
    is_dictionary_word,
    is_name_alone,
)
from dossier.recognize.candidates.vietnamese_in_hangul import (
    MIDDLE_SYLLABLES,
    VIETNAMESE_SURNAMES,
    surname_middle,
)

_SPEAKER_LABEL = re.compile(
    r"(?:(?P<interview>\[\s?인터뷰\s?\]|인터뷰\s?:)|\[)\s*"
    r"(?P<name>[\uac00-\ud7a3]{1,4}(?:\s[\uac00-\ud7a3]{1,3}){0,3})\s*/"
    r"(?=(?P<role>[^:/\"“\n\].▶-]*))"  # (read ahead: a label may follow on the line)
)
_BRACKETED = "["
MAX_GIVEN = 2  # a Vietnamese given name's syllables: "닌", "흐엉"
# a surname run on into its middle name; here Văn spelt 방 too ("레방단"), which elsewhere
# opens Korean words ("호방한", "하방위험")
_RUN_ON = surname_middle(MIDDLE_SYLLABLES + " 방")
# what follows a surname and a middle name that is no given name: "레티 군", "보티 측"
_NOT_GIVEN = frozenset(words_of("군 님 양 외 등 측 장 한명"))
_MISTER = "씨"  # "김씨": an address, no given name


def labelled_speakers(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """(name, start, end, vouched) of each speaker a label in ``text`` names; vouched when
    the name reads alone as one (a label then speaks for a name no model knows)."""
    for label in _SPEAKER_LABEL.finditer(text):
        name = label.group("name")
        start, end = label.span("name")
        alone = is_name_alone(name)
        bracketed = (label["interview"] or "").startswith(_BRACKETED)
        if bracketed and not _office(label["role"]):
            continue  # "[인터뷰] 김도현/학부모": a parent the story asks, no name
        # (after "[인터뷰]" a topic too: "[인터뷰] 정상회담 / …", "[인터뷰] 당 관계자 / …")
        if (
            (alone or not bracketed)
            and (
                name.split()[0] in VIETNAMESE_SURNAMES
                or (len(name) <= MAX_NAME_SYLLABLES[1] and name[0] in SURNAMES)
            )
        ) or (label["interview"] and _run_on_name(name)):
            yield name, start, end, alone  # not "[도움말 / …"


def _office(role: str) -> bool:
    """The words after a label's slash end in an office: "베트남 관세청 세관장"."""
    words = WORD.findall(role)
    return bool(words) and is_title(stem(words[-1]))


def _run_on_name(name: str) -> bool:
    """``name`` is a Vietnamese one whose surname runs on into its middle name, the given
    name glued on ("팜반뚜", "레방단") or apart ("레티 닌"); not the two alone ("레티",
    "호반"), nor with a title, 씨, a word of address or a common noun for the given name
    ("레티 씨", "레티 군"), nor a word of the language ("부티크")."""
    first, *rest = name.split()
    opening = _RUN_ON.match(first)
    opening = opening.end() if opening else 0
    given = first[opening:] if not rest else rest[0]
    return (
        bool(opening)
        and len(rest) <= 1
        and (not rest or opening == len(first))
        and not is_dictionary_word(first)  # "도민 김씨", "부티크", "호민관"
        and 0 < len(given) <= MAX_GIVEN
        and not is_title(given)
        and given not in _NOT_GIVEN
        and not given.endswith(_MISTER)
        and not (len(given) > 1 and is_common_nouns(given, 0, len(given)))
    )
