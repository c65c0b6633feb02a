"""Names Korean writes by their sound, and short forms Korean papers use.

Korean spells a Vietnamese place or person syllable by syllable ("꽝찌성": Quảng Trị
province, "또 티 빗 응옥": Tô Thị Bích Ngọc), with syllables that no Sino-Korean word has:
a doubled consonant first (꽝, 떠, 찌), or ㅡ with nothing after it (즈, 드). A word with
one of them, ending in 성, 시 or 현, is a province or a city (persons' names are read in
``vietnamese_in_hangul.py``). A company's letters run on into its Hangul
("GS에너지", "PV가스"), and a university goes by its name and 대 ("경희대", "성신여대").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import (
    PARTS_OF_COUNTRY,
    QUOTATIVE,
    adjacent,
    own_stem,
    stem,
    words_of,
)
from dossier.text import TENSE_TO_ASPIRATED, hangul_parts, name_key

_EU = 18  # the medial ㅡ
_SINO_EU = frozenset("의")  # ㅡ and ㅣ, the only open ㅡ of Sino-Korean


def _foreign_syllable(syllable: str) -> bool:
    if not (parts := hangul_parts(syllable)):
        return False
    initial, medial, final = parts
    if initial in TENSE_TO_ASPIRATED:  # ㄲ ㄸ ㅃ ㅉ
        return True
    return medial == _EU and final == 0 and syllable not in _SINO_EU


def is_transliterated(word: str) -> bool:
    """A word spelt by sound from another language: "꽝찌", "하이즈엉", "떠이닌"."""
    return any(_foreign_syllable(s) for s in word)


# "꽝찌성", "떠이닌성", "깜장현", "끼엔장 성": a province, a city or a district, maybe with
# a particle after it ("꽝찌성에서", "하이즈엉성과")
_PLACE = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,6}\s?(?:성|시|현))"
    r"(?:에서|에|과|와|은|는|이|가|을|를|의|도|으로|로)?(?![가-힣])"
)
# "GS에너지", "PV가스", "SK임업": a company's letters and the Hangul run on after them
_LETTERED = re.compile(r"(?<![A-Za-z가-힣])(?P<name>[A-Z]{2,4}[가-힣]{2,6})")
# Words that follow a firm's letters without being part of its name ("IT기술", "AI산업")
GENERIC_AFTER_LETTERS = frozenset(
    words_of(
        "기술 산업 기업 분야 시장 관련 업계 사업 제품 서비스 인력 교육 전문가 인재 강국 "
        "모델 광고 지난 측 소속 로고"
    )
)
# "경희대", "성신여대": a university by its name's first syllables and 대
UNIVERSITY = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4}대)(?:학교)?(?=\s|[은는이가을를의와과에도,.]|$)"
)
# the last two syllables of common words that end in 대 (era, expectation, stage, …)
_NOT_UNIVERSITY = frozenset(
    [
        "세대",
        "시대",
        "기대",
        "반대",
        "확대",
        "최대",
        "상대",
        "군대",
        "무대",
        "부대",
        "강대",
        "절대",
        "초대",
        "환대",
        "지대",
        "간대",
        "격대",
        "령대",
        "위대",
        "거대",
        "막대",
        "증대",
        "관대",
        "대대",
        "성대",
        "등대",
        "열대",
        "온대",
        "한대",
        "극대",
        "과대",
        "접대",
        "교대",
        "연대",
        "단대",
        "수대",
        "만대",
        "천대",
        "백대",
        "년대",
        "원대",
        "능대",
        "적대",
        "중대",
        "공대",
        "대비",
        "조대",
        "소대",
    ]
)
# the word before the name across a comma, read backwards from the name (on the text
# reversed, so the word is found without reading the text before it again for each name)
_BEFORE_COMMA_REVERSED = re.compile(r"\s*,\s*([가-힣]+)")
_AFTER_COMMA = re.compile(r"\s*,\s*([가-힣]+)")


def _neighbours(
    text: str, backwards: str, match: re.Match[str]
) -> list[tuple[str, int]]:
    """The words next to the name across a comma, with their starts: the one before,
    then the one after (``backwards`` is ``text`` reversed)."""
    near = []
    before = _BEFORE_COMMA_REVERSED.match(backwards, len(text) - match.start("name"))
    if before:
        near.append((before[1][::-1], len(text) - before.end(1)))
    if after := _AFTER_COMMA.match(text, match.end()):
        near.append((after[1], after.start(1)))
    return near


def _listed_with_places(
    text: str, places: list[re.Match[str]], found: set[int]
) -> None:
    """Adds to ``found`` the names whose word next to them across a comma is a place: a
    city on the list of places, or a province found (by its sound, or so in its turn:
    "박닝성, 타이응우엔성, 호치민, 하노이 등")."""
    backwards = text[::-1]
    waiting: dict[int, list[int]] = {}  # a word's start: the names waiting on it
    added = []
    for match in places:
        at = match.start("name")
        if at in found:
            continue
        for word, start in _neighbours(text, backwards, match):
            if start in found or is_listed_place(name_key(stem(word))):
                added.append(at)
                break
            waiting.setdefault(start, []).append(at)
    while added:
        at = added.pop()
        if at not in found:
            found.add(at)
            added.extend(waiting.pop(at, ()))


def transliterated_names(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, type, start, end) of the names above in ``text``."""
    places = [m for m in _PLACE.finditer(text) if not m["name"].endswith("도시")]
    # "스마트도시": a smart city, the noun, not one city; "하이둥성(省)": a province by
    # its character; "박닝성, 타이응우엔성, 호치민": provinces listed among places
    found = {
        m.start("name")
        for m in places
        if is_transliterated(m["name"][:-1]) or text.startswith("(省)", m.end("name"))
    }
    _listed_with_places(text, places, found)
    for match in places:
        if match.start("name") in found:
            yield match["name"], "cities", match.start("name"), match.end("name")
    for match in _LETTERED.finditer(text):
        name = own_stem(match["name"])  # "GS에너지와"; not "…디스플레" of "…디스플레이"
        after = match["name"].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if QUOTATIVE.match(after):
            continue  # "VNK라는 회사", "VNK라던": the letters are the name, "called" after
        if name.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") not in GENERIC_AFTER_LETTERS:
            start = match.start("name")
            yield name, "organizations", start, start + len(name)
    for match in UNIVERSITY.finditer(text):
        name = match["name"]
        if len(name) >= 3 and name[-2:] not in _NOT_UNIVERSITY and name != "해운대":
            yield name, "organizations", *match.span("name")


# "팜 황 썬 박닌성 성장": a province's chairman and vice-chairman, after a Vietnamese name
# (alone, "성장" is growth)
PROVINCE_HEADS = ("성장", "부성장")
# "베트남 꽝닌성", "베트남 화방군": a province or a district, after the country's name
# ("…성" alone is often "…-ness")
PROVINCE = re.compile(r"^[\uac00-\ud7a3]{2,}[성군현]$")


def vietnamese_provinces(words: list[tuple[str, int, int]]) -> frozenset[str]:
    """The provinces a text names once after "베트남" (and the part of the country) or
    before their head ("박닌성 성장"): every other mention of them is the place too."""
    found = set()
    for i, (word, _, _) in enumerate(words):
        name = stem(word)
        if not PROVINCE.match(name) or not name.endswith("성"):
            continue
        before = [w for w, _, _ in words[max(0, i - 2) : i]]
        after = words[i + 1][0] if i + 1 < len(words) else ""
        if before[-1:] == ["베트남"] or (
            before and before[-1] in PARTS_OF_COUNTRY and "베트남" in before
        ):
            found.add(name)
        elif stem(after) in PROVINCE_HEADS and adjacent(words, i, i + 1):
            found.add(name)  # "박닌성 (부)성장": the province's head, not "growth"
    return frozenset(found)
