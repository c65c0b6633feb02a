"""A Korean TV anchor's hand-over to the reporter, closing the anchor's paragraph:
"보도에 박하늘 기자입니다." (the report: reporter X), "그 현장을 박하늘 기자가
취재했습니다." (X covered the scene), "… 박하늘 기자가 현지에 다녀왔습니다." (X went there),
"… 박하늘 리포터가 소개합니다." (X presents it), "… 박하늘 피디가 현장에 다녀왔습니다." (a
producer reports); or the last sentence only names the reporter, as a line of its own reads
where a copy runs the anchor's lines together: "… 했습니다. 박하늘 기자입니다.", "… 하노이
현지에서 박하늘 기자입니다." (filed from there). The sentence is the anchor's and stays story
text; the name it hands over to is the report's author."""

from __future__ import annotations

import re

from dossier.clean.bylines import NO_NAMES
from dossier.text import KOREAN_SURNAMES

# the reporter's post after the name, with the words a broadcaster sets before it:
# "기자", "리포터", "특파원", "글로벌 국민기자" (a citizen reporter abroad)
_TITLES = r"(?:(?:글로벌|시민|국민|객원|명예|수습|인턴)\s?)*"
_POST = rf"{_TITLES}(?:기자|리포터|특파원)"
_PRODUCER = r"(?:피디|PD)"  # "X 피디가 현장에 다녀왔습니다."
# words that stand before "기자" and are no name: "우리 기자가", "취재 기자가", "스타 PD가"
_NOT_A_NAME = (
    r"(?!(?:우리|저희|담당|취재|현지|현장|관련|해당|전문|사진|영상|방송|스타|베테랑|"
    r"예능|정치부|문화부|현직|전직|신입|여성|한국|최고의)\s)"
)
# what the reporter did, as the anchor announces the report
_ANNOUNCED = (
    r"(?:취재했습니다|다녀왔습니다|소개합니다|보도합니다|전해드립니다|전합니다|"
    r"만나봤습니다|만나보았습니다|알아봤습니다|짚어봤습니다|담았습니다)"
)


def _handed_over(post: str) -> re.Pattern[str]:
    return re.compile(
        r"(?:^|(?<=\s))(?:"
        rf"보도에\s+{_NOT_A_NAME}(?P<by>[가-힣]{{2,4}})\s+{post}입니다|"
        rf"{_NOT_A_NAME}(?P<who>[가-힣]{{2,4}})\s+{post}가\s+"
        rf"(?:[^.!?\s]+\s+){{0,4}}{_ANNOUNCED}"
        r")\.?$"
    )


_HANDED_OVER = _handed_over(_POST)
_PRODUCER_HANDED_OVER = _handed_over(_PRODUCER)
# the last sentence only names the reporter, perhaps with where the report is filed from
# ("하노이 현지에서 "): the name opens with a family name and takes no particle ("그는 …";
# a particle glued on, "김하늘도", "나도", is told from a name's last syllable, "이지은",
# by is_korean_name below)
_NAMED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:[가-힣A-Za-z]+\s){0,2}[가-힣]+에서\s+)?"
    rf"{_NOT_A_NAME}(?P<name>[가-힣]{{2,4}})\s+(?:{_POST}|{_PRODUCER})입니다\.?$"
)


def reporter_handed_over(text: str) -> str | None:
    """The reporter a Korean anchor's paragraph hands over to in its last sentence
    (``… 보도에 박하늘 기자입니다.``), or None."""
    if handed := _HANDED_OVER.search(text.rstrip()):
        return handed["by"] or handed["who"]
    return None


def reporter_announced(text: str) -> str | None:
    """The reporter or producer an anchor's lead names in its last sentence alone (``…
    했습니다. 박하늘 기자입니다.``, ``… 박하늘 피디가 현장에 다녀왔습니다.``), or None: read
    only in a lead, as the name is checked as a person's (not "정치부", "유명한", "김하늘도")."""
    text = text.rstrip()
    named = _PRODUCER_HANDED_OVER.search(text)
    name = (named["by"] or named["who"]) if named else None
    if name is None and (named := _NAMED.search(text)):
        name = named["name"]
    return name if name and is_korean_name(name) else None


# a last syllable no given name ends in but a particle or an adjective does ("김하늘도",
# "박하늘과", "유명한"); 은/는/이/가/만 only past a name's usual three syllables ("나는",
# "김하늘만"), as three-syllable names end in them ("이지은", "이상만")
_NOT_A_NAME_END = frozenset("도과와한의을를에")
_PARTICLE_END = frozenset("은는이가만")


def is_korean_name(name: str) -> bool:
    """A family name first, two to four syllables, no word for nobody or for a desk, and
    no particle or adjective ending glued on. (Kiwi's morphemes belong to the recognize
    stage, which the cleaning runs before.)"""
    return (
        2 <= len(name) <= 4
        and name[0] in KOREAN_SURNAMES
        and name not in NO_NAMES
        and name[-1] not in _NOT_A_NAME_END
        and (len(name) == 3 or name[-1] not in _PARTICLE_END)
    )
