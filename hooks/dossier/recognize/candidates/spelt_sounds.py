"""Whether a Hangul word opens with the sound a Latin spelling of it opens with: "사이공"
spells "Saigon", "벤탄" "Benthanh", "티에스티" "TST"; "기업" (a company) spells no
"Cheongwoo". Korean writes foreign sounds with a few initial consonants each, so the first
letters of the spelling tell which consonant the Hangul word may open with."""

from __future__ import annotations

from dossier.text import strip_marks

# the initial consonants of Hangul, in the order of the syllable block's index
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_HANGUL_FIRST, _PER_INITIAL = 0xAC00, 588
# the first letters of a spelling, longest first, and the initials that may write them
# (Vietnamese d is z, đ is d; a Korean name's L or R may fall away: "Lee" is 이)
_SOUNDS = (
    ("ng", "ㅇㄴ"), ("nh", "ㄴㅇ"), ("ph", "ㅍㅎ"), ("th", "ㅌㄸ"), ("tr", "ㅉㅊㅌㄸㅈ"),
    ("ch", "ㅊㅉㅈ"), ("sh", "ㅅ"), ("gi", "ㅈㄱㅇ"), ("kh", "ㅋㄱ"), ("qu", "ㄲㅋㄱ"),
    ("b", "ㅂㅃㅍ"), ("c", "ㄲㅋㄱㅆㅅ"), ("d", "ㄷㄸㅈㅇㅌ"), ("đ", "ㄷㄸ"), ("f", "ㅍㅎ"),
    ("g", "ㄱㄲㅋㅈ"), ("h", "ㅎ"), ("j", "ㅈㅉ"), ("k", "ㅋㄲㄱ"), ("l", "ㄹㄴㅇ"),
    ("m", "ㅁ"), ("n", "ㄴㅇ"), ("p", "ㅍㅂㅃ"), ("q", "ㄲㅋㄱ"), ("r", "ㄹㄴㅇ"),
    ("s", "ㅅㅆ"), ("t", "ㅌㄸㄷ"), ("v", "ㅂㅃ"), ("w", "ㅇㅂ"), ("x", "ㅆㅅㅇ"),
    ("z", "ㅈㅉ"),
)  # fmt: skip
# a letter's name, as initials are read out ("TST" is 티에스티, "LG" 엘지, "KF" 케이에프)
_LETTER_NAMES = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "ㅇㅂㅆㄷㅇㅇㅈㅇㅇㅈㅋㅇㅇㅇㅇㅍㅋㅇㅇㅌㅇㅂㄷㅇㅇㅈ",
        strict=True,
    )
)


def opens_alike(word: str, spelling: str) -> bool:
    """The Hangul ``word`` opens with a consonant that writes ``spelling``'s first sound
    (a vowel's: ㅇ), or its first letter's name where the spelling is initials."""
    first = word[:1]
    letters = strip_marks(spelling).casefold().replace("đ", "d")
    if not first or not letters or not "가" <= first <= "힣":
        return True  # nothing to compare: no reason to doubt
    initial = _INITIALS[(ord(first) - _HANGUL_FIRST) // _PER_INITIAL]
    if spelling.isupper() and initial == _LETTER_NAMES.get(letters[0]):
        return True
    if letters[0] in "aeiouy":
        return initial == "ㅇ"
    sounds = next((jamo for start, jamo in _SOUNDS if letters.startswith(start)), "")
    return initial in sounds
