"""Names Korean writes by their sound, and short forms Korean papers use.

Korean spells a Vietnamese place or person syllable by syllable ("꽝찌성": Quảng Trị
province, "또 티 빗 응옥": Tô Thị Bích Ngọc), with syllables that no Sino-Korean word has:
a doubled consonant first (꽝, 떠, 찌), or ㅡ with nothing after it (즈, 드). A word with
one of them, ending in 성, 시 or 현, is a province or a city; a Vietnamese surname, then
반 or 티 (Văn, Thị), opens a person's name. A company's letters run on into its Hangul
("GS에너지", "PV가스"), and a university goes by its name and 대 ("경희대", "성신여대").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    PARTS_OF_COUNTRY,
    TITLES,
    adjacent,
    is_person_title,
    stem,
    words_of,
)
from dossier.text import name_key

_HANGUL_BASE, _MEDIALS, _FINALS = 0xAC00, 21, 28
_TENSE_INITIALS = frozenset((1, 4, 8, 13))  # ㄲ ㄸ ㅃ ㅉ
_EU = 18  # the medial ㅡ
_SINO_EU = frozenset("의")  # ㅡ and ㅣ, the only open ㅡ of Sino-Korean


def _foreign_syllable(syllable: str) -> bool:
    code = ord(syllable) - _HANGUL_BASE
    if not 0 <= code < 11172:
        return False
    initial, rest = divmod(code, _MEDIALS * _FINALS)
    medial, final = divmod(rest, _FINALS)
    if initial in _TENSE_INITIALS:
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
_GENERIC_AFTER_LETTERS = frozenset(
    words_of(
        "기술 산업 기업 분야 시장 관련 업계 사업 제품 서비스 인력 교육 전문가 인재 강국 "
        "모델 광고 지난 측"
    )
)
# "경희대", "성신여대": a university by its name's first syllables and 대
_UNIVERSITY = re.compile(
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
VIETNAMESE_SURNAMES = frozenset(
    [
        "응우옌",
        "응웬",
        "응엔",
        "쩐",
        "짠",
        "레",
        "팜",
        "호앙",
        "황",
        "판",
        "부",
        "보",
        "당",
        "도",
        "호",
        "응오",
        "즈엉",
        "리",
        "딘",
        "찐",
        "람",
        "또",
        "르엉",
        "마이",
        "브엉",
        "하",
        "후인",
        "까오",
        "쯔엉",
        "부이",
        "덩",
        "다오",  # Đào
        "부엉",  # Vương
        "트란",  # Trần, spelt from its English form
    ]
)
# surnames no Korean word is spelt as: "응웬 수안 남", "풍 타안 멍", "응오 황 남"
_DISTINCT_SURNAMES = frozenset(
    words_of(
        "응우옌 응웬 응우엔 응엔 쩐 짠 팜 호앙 후인 후잉 즈엉 응오 쯔엉 르엉 브엉 풍 부이 딘 찐"
    )
)
# surnames that open common words when glued to more syllables: "풍부한" (rich), "짠맛"
_OPENING_WORDS = frozenset(("풍", "짠"))
_VIETNAMESE_WORDS = re.compile(
    r"(?<![가-힣])(?P<name>(?P<surname>[가-힣]{1,3})(?:\s[가-힣]{1,2}){1,2}\s[가-힣]{1,3})"
    r"(?![가-힣])"
)
# "또 티 빗 응옥", "응웬 반 꽝": a surname, then Văn or Thị, then one or two words
_VIETNAMESE_PERSON = re.compile(
    r"(?<![가-힣])(?P<name>(?P<surname>[가-힣]{1,3})\s(?:반|티)\s[가-힣]{1,3}(?:\s[가-힣]{1,2})?)"
    r"(?![가-힣])"
)


# "쩐탄만 국회의장", "레반홍 서기관", "보반센 인사대 총장": a Vietnamese name written as one
# word: a surname no Korean word opens with, or any, then a middle name ("레반홍": Lê Văn)
_MIDDLE_SYLLABLES = (
    "반 티 딘 득 후 당 쑤언 쑤안 꽝 홍 민 탄 응옥 옥 쓰엉 트엉 투 타인 흐엉 하이 바 밍 띠엔 "
    "비엣 꾸옥 흥 뚜언 칸 낌 녓 끼엔 유이 주이"
)
_GLUED_PERSON = re.compile(
    rf"(?:{'|'.join(sorted(_DISTINCT_SURNAMES - _OPENING_WORDS, key=len, reverse=True))})"
    r"[가-힣]{2,5}|"
    rf"(?:{'|'.join(sorted(VIETNAMESE_SURNAMES, key=len, reverse=True))})"
    rf"(?:{'|'.join(_MIDDLE_SYLLABLES.split())})[가-힣]{{1,4}}"
)
# the countries' Hangul names, which a glued name never opens with ("호주", Australia)
_COUNTRY_WORDS = tuple(sorted(key for key in HANGUL_COUNTRIES if len(key) > 1))


def _country_body(name: str) -> bool:
    """ "호주이민국": Australia's immigration bureau, not Hồ Duy's name ("호주이타인" is)."""
    return name.startswith(_COUNTRY_WORDS) and name[-1] in "국청부관원회처"


MAX_WORDS_TO_TITLE = 3  # "레티한 다낭시 외교국 부국장": the body between
# the longest title first: "…부위원장" is not "…부위" and "원장"
_TITLES_LONGEST_FIRST = tuple(sorted(TITLES, key=lambda t: (-len(t), t)))


def glued_vietnamese_people(
    words: list[tuple[str, int, int]],
) -> Iterator[tuple[str, str, int, int]]:
    """(name, "leaders", start, end) of each Vietnamese name written as one word, with
    its title within the three words after it, or on it ("팜밍득소장", "부티후에씨는"). A
    name ends in 이 of its own ("도득주이 장관과": Duy; the particle is the title's), no
    other particle ("하반기에")."""
    for i, (word, start, _) in enumerate(words):
        named = stem(word)
        if not _GLUED_PERSON.match(named):
            continue  # most words: no title to take off
        titled = next(
            (named[: -len(t)] for t in _TITLES_LONGEST_FIRST if named.endswith(t)),
            None,
        )
        name = titled or (word if word.endswith("이") else named)
        if not _GLUED_PERSON.fullmatch(name) or _country_body(name):
            continue
        if titled or any(
            is_person_title(w) or is_person_title(stem(w))
            for w, _, _ in words[i + 1 : i + 1 + MAX_WORDS_TO_TITLE]
        ):
            yield name, "leaders", start, start + len(name)


_BEFORE_COMMA = re.compile(r"([가-힣]+)\s*,\s*$")
_AFTER_COMMA = re.compile(r"\s*,\s*([가-힣]+)")


def _listed_with_place(text: str, match: re.Match[str], found: set[int]) -> bool:
    """The word next to the name across a comma is a place: a city on the list of places,
    or a province already found ("박닝성, 타이응우엔성, 호치민, 하노이 등")."""
    before = _BEFORE_COMMA.search(text[: match.start("name")])
    after = _AFTER_COMMA.match(text, match.end())
    for near, start in (
        (before, before and before.start(1)),
        (after, after and after.start(1)),
    ):
        if near is None:
            continue
        if start in found or is_listed_place(name_key(stem(near[1]))):
            return True
    return False


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
    for _ in range(len(places)):
        listed = {
            m.start("name")
            for m in places
            if m.start("name") not in found and _listed_with_place(text, m, found)
        }
        if not listed:
            break
        found |= listed
    for match in places:
        if match.start("name") in found:
            yield match["name"], "cities", match.start("name"), match.end("name")
    for match in _LETTERED.finditer(text):
        name = stem(match["name"])  # "GS에너지와"
        if name.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") not in _GENERIC_AFTER_LETTERS:
            start = match.start("name")
            yield name, "organizations", start, start + len(name)
    for match in _UNIVERSITY.finditer(text):
        name = match["name"]
        if len(name) >= 3 and name[-2:] not in _NOT_UNIVERSITY and name != "해운대":
            yield name, "organizations", *match.span("name")
    for match in _VIETNAMESE_PERSON.finditer(text):
        if match["surname"] in VIETNAMESE_SURNAMES:
            yield match["name"], "leaders", *match.span("name")
    for match in _VIETNAMESE_WORDS.finditer(text):
        if match["surname"] in _DISTINCT_SURNAMES:
            yield match["name"], "leaders", *match.span("name")


MAX_VIETNAMESE_NAME_WORDS = 4
# "팜 황 썬 박닌성 성장": a province's chairman and vice-chairman, after a Vietnamese name
# (alone, "성장" is growth)
_PROVINCE_HEADS = ("성장", "부성장")
# one Vietnamese syllable Korean writes in three: "히에우" (Hiếu), "조아인" (Doanh), "응우옌"
_THREE_HANGUL_SYLLABLE = re.compile(
    r"[가-힣](?:에우|아인|우옌|으엉|이엔|오아|우언|으어|이에|우에)"
)
_POSTED = re.compile(r"주[한일미중베]")
# words a title opens with, which end no Vietnamese name: "응웬 쑤언 푹 수석 부총리" (senior
# deputy prime minister), "레 탄 흥 의회 의장" (the council's chair), "쩐 유이 융 현장" (the
# district's head)
BEFORE_TITLE = frozenset(words_of("수석 상임 의회 현장 인민의회 인민위원회 당위원회"))


def vietnamese_people(
    words: list[tuple[str, int, int]],
) -> Iterator[tuple[str, str, int, int]]:
    """A Vietnamese surname and one to three short words, then a title or 씨 within three
    words: "팜 반 득 부위원장", "응우옌 티 투 하 씨입니다"."""
    named_to = -1  # the end of the last name found: "황" of "팜 황 썬" opens none
    for i, (word, start, _) in enumerate(words):
        if word not in VIETNAMESE_SURNAMES or start < named_to:
            continue
        for size in range(MAX_VIETNAMESE_NAME_WORDS, 1, -1):
            name = words[i : i + size]
            if len(name) < size or not adjacent(words, i, i + size - 1):
                continue
            # "응웬 부 뚜 주한 베트남 대사": "주한" (posted in Korea) is the post's; the
            # last word may be a syllable Korean spells in three ("까오 탄 히에우": Hiếu),
            # a middle one a surname ("르엉 응우옌 민 찌엣": Lương Nguyễn Minh Triết)
            if any(
                (len(w[0]) > 2 and w[0] not in VIETNAMESE_SURNAMES)
                or _POSTED.fullmatch(w[0])
                for w in name[1:-1]
            ):
                continue
            last = name[-1][0]
            if any(_WITH_PARTICLE.fullmatch(w[0]) for w in name[1:]):
                continue  # "도안 세 장을 회장이": a design, three sheets of it
            if (
                _POSTED.fullmatch(last)
                or last in BEFORE_TITLE
                or not (len(last) <= 2 or _THREE_HANGUL_SYLLABLE.fullmatch(last))
            ):
                continue
            after = []
            for w in words[i + size : i + size + 3]:
                after.append(stem(w[0]))
                if _WITH_PARTICLE.fullmatch(w[0]):
                    break  # "도안 세 장을 회장이": the title is another's
            # "뜨선시장", "빈딘성장": a city's mayor, a province's chairman, by its name
            if any(
                is_person_title(a)
                or a.startswith("씨")
                or a in _PROVINCE_HEADS
                or _province_head(a)
                for a in after
            ):
                yield " ".join(w[0] for w in name), "leaders", start, name[-1][2]
                named_to = name[-1][2]
                break


# a word of two syllables or more ending in an object or topic particle, which no
# syllable of a Vietnamese name is spelt as
_WITH_PARTICLE = re.compile(r"[\uac00-\ud7a3]+[을를은는]")


def _province_head(word: str) -> bool:
    """ "빈딘성장": a province's chairman by its name (not "경제성장", economic growth)."""
    own = next((word[: -len(h)] for h in _PROVINCE_HEADS if word.endswith(h)), "")
    return bool(own) and (is_listed_place(name_key(own)) or is_transliterated(own))


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
        elif stem(after) in _PROVINCE_HEADS and adjacent(words, i, i + 1):
            found.add(name)  # "박닌성 (부)성장": the province's head, not "growth"
    return frozenset(found)
