"""A Korean site's name as the page writes it in Hangul, read off the sound of its
address: ``vinatimes.net`` and "비나타임즈", ``newsstep.co.kr`` and "[뉴스스텝]",
``econotelling.com`` and "<이코노텔링>". A Korean outlet spells its address from the sound
of its name (an English name written in Hangul, or a Korean one romanised), so the two
agree consonant by consonant: both are reduced to the classes of their consonants
(b, p, v and f alike; d and t; g, k and c; s, z, j and ch; l and r; vowels and the
silent "ㅇ" left out) and compared whole. Only names of some length are compared, so
that a common word does not agree with a short address by chance, and never a place
("베트남" is no name of vietnam.vn)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from dossier.clean.bylines import KOREAN_OUTLET_WORD, KOREAN_SECTIONS
from dossier.places import is_place_name

# the consonant classes of Hangul's initial consonants, in Unicode's order
# (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ)
_INITIALS = ("K", "K", "N", "T", "T", "L", "M", "B", "B", "S", "S", "", "S", "S", "S",
             "K", "T", "B", "H")  # fmt: skip
# and of its final consonants, as they sound at a syllable's end ("넷" ends in t)
_FINALS = ("", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L", "L", "L", "B",
           "L", "M", "B", "B", "T", "T", "N", "T", "T", "K", "T", "B", "")  # fmt: skip
_SYLLABLES = 0xAC00
# Latin letters, longest spelling first: "tch" in "watch" is 워치, "ng" is "ㅇ"
_LATIN = (
    ("tch", "S"), ("sch", "S"), ("ch", "S"), ("sh", "S"), ("th", "T"), ("ph", "B"),
    ("kh", "K"), ("ck", "K"), ("ng", "N"), ("qu", "K"), ("x", "KS"),
    ("b", "B"), ("p", "B"), ("v", "B"), ("f", "B"), ("d", "T"), ("t", "T"),
    ("k", "K"), ("q", "K"), ("s", "S"), ("z", "S"), ("j", "S"), ("n", "N"),
    ("m", "M"), ("l", "L"), ("h", "H"),
)  # fmt: skip
_VOWELS = "aeiouyw"
MIN_SOUNDS = 4  # consonants a name must keep to be compared: not "포인트다" for vnguide
MIN_SYLLABLES = 3
MAX_SYLLABLES = 10
# a name in Hangul, maybe with a particle after it: "비나타임즈", "호아바바의"
_HANGUL_WORD = re.compile(
    rf"(?<![가-힣])[가-힣]{{{MIN_SYLLABLES},{MAX_SYLLABLES}}}(?![가-힣])"
)
_PARTICLE = re.compile(r"(?:은|는|이|가|의|을|를|와|과|도|에서|에|로|으로)$")


def _squeezed(sounds: list[str]) -> str:
    """The classes with a class repeated once ("newsstep", "뉴스스텝": N S T B)."""
    return "".join(s for i, s in enumerate(sounds) if not i or s != sounds[i - 1])


def hangul_sounds(word: str) -> str:
    """The consonant classes of a word in Hangul: "비나타임즈" → "BNTMS"."""
    sounds: list[str] = []
    for char in word:
        code = ord(char) - _SYLLABLES
        initial, final = divmod(code, 588)[0], code % 28
        sounds += [s for s in (_INITIALS[initial], _FINALS[final]) if s]
    return _squeezed(sounds)


def latin_sounds(label: str) -> str:
    """The consonant classes of an address's label: "vinatimes" → "BNTMS". A "c" or "g"
    before e, i or y sounds soft ("logis" is 로지스); an "r" before no vowel is not
    sounded ("smart" is 스마트); a "gh" inside a word is silent ("straight")."""
    sounds: list[str] = []
    i = 0
    while i < len(label):
        rest, char = label[i:], label[i]
        after = label[i + 1 : i + 2]
        if char in _VOWELS:
            i += 1
            continue
        if char in "cg" and after and after in "eiy":
            sounds.append("S")
        elif char == "g" and after == "h":
            sounds += ["K"] if i == 0 else []
            i += 2
            continue
        elif char == "g" or char == "c":
            sounds.append("K")
        elif char == "r":
            sounds += ["L"] if after and after in _VOWELS else []
        else:
            spelling, found = next(
                ((s, f) for s, f in _LATIN if rest.startswith(s)), (char, "?")
            )
            sounds += list(found)
            i += len(spelling)
            continue
        i += 1
    return _squeezed(sounds)


# a Korean paper's word closing its name, and the English word its address may give it
# ("sisayonhapnews" and "시사연합신문"), or none ("seogwipo.co.kr" and "서귀포신문")
_PAPER_WORD = re.compile(r"(?<=[가-힣])(?:신문|일보|뉴스|방송|통신)$")
_ENGLISH_PAPER_WORD = re.compile(r"(?<=[a-z]{4})(?:news|ilbo|daily|shinmun|sinmun)$")
MIN_PAPER_SOUNDS = 3  # the name before the paper's word: "seogwipo", "서귀포"


def hangul_site_name(labels: list[str], text: str) -> str | None:
    """The first name in Hangul the page writes that sounds as one of its site's labels
    does ("비나타임즈" for vinatimes), none for a label with digits or too few sounds;
    or a paper's whose name before its paper's word sounds as the label does before
    its own, if any ("서귀포신문" for seogwipo, "시사연합신문" for sisayonhapnews)."""
    words = [label for label in labels if label.isalpha() and label.isascii()]
    wanted = {s for label in words if len(s := latin_sounds(label)) >= MIN_SOUNDS}
    stems = {
        s
        for label in words
        if len(s := latin_sounds(_ENGLISH_PAPER_WORD.sub("", label)))
        >= MIN_PAPER_SOUNDS
    }
    if not wanted and not stems:
        return None
    for match in _HANGUL_WORD.finditer(text):
        word = match.group()
        bare = _PARTICLE.sub("", word)
        for name in (word, bare):
            paper = _PAPER_WORD.search(name)
            stem = hangul_sounds(name[: paper.start()]) if paper else None
            if len(name) >= MIN_SYLLABLES and (
                hangul_sounds(name) in wanted or stem in stems
            ):
                return None if is_place_name(bare) else name
    return None


# an address's label in Hangul, as its internationalised form writes it ("xn--…"), perhaps
# a figure closing the name ("한빛뉴스1")
_HANGUL_LABEL = re.compile(r"(?P<name>[가-힣]{2,12})\d?")
# a section's or a paper's word alone ("뉴스.example.kr", "스포츠.…"): no outlet's name
_COMMON_LABEL = re.compile(rf"{KOREAN_SECTIONS}|{KOREAN_OUTLET_WORD.pattern}")


def hangul_address(url: str) -> str | None:
    """The name a Korean site's address writes in Hangul ("교통문화신문.kr", which the
    address bar shows as "xn--….kr"): the first label all in Hangul, or in Hangul with a
    figure after it ("한빛뉴스1.kr"), never a place's
    name ("서울.kr") nor a common word ("뉴스.example.kr")."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[::1": no address
        return None
    for label in host.split("."):
        if not label.startswith("xn--"):
            continue
        try:
            name = label.encode("ascii").decode("idna")
        except UnicodeError:
            continue
        # (nor a place or a common word with a figure after it: "서울2", "뉴스3")
        hangul = _HANGUL_LABEL.fullmatch(name)
        if (
            hangul
            and not _COMMON_LABEL.fullmatch(hangul["name"])
            and not is_place_name(hangul["name"])
        ):
            return name
    return None
