"""A section's label in brackets opening the story's first paragraph, a dash after it
("(13th Congress) - National Assembly …", "(Economy) – The bank …"): the page's filing of
the story, no part of its lead. An outlet's tag ("(VNA) -", "(Reuters) -") is read before
this, as the edges' outlet tags. A place in the brackets, perhaps with its day ("(Hà Nội,
12/5) - …", "(Seoul) — …"), is the lead's dateline, read as one; a speaker's name ("(Kim
Min-ji, 34) – I moved …") or an interview's stage direction ("(Laughs) — Yes, …") is no
label and stays, nor is a speaker's name written without marks ("(Park Jisoo) — I met …",
"(Tran Thi Hoa) — …") or role ("(Translator) —"), nor the crowd's part ("(Crowd cheers) —")."""

from __future__ import annotations

import re

from dossier.clean import metadata as meta
from dossier.clean.datelines import Dateline
from dossier.clean.people import is_writer_name
from dossier.places import is_listed_place
from dossier.text import CAPITALS, name_key, words_of

# a few words in brackets, then a spaced dash and the lead's capital or quote
_BRACKETED = re.compile(
    rf"\((?P<label>[^()\s][^()]{{1,38}}[^()\s])\)\s*[-–—]{{1,2}}\s+(?=[{CAPITALS}\"“‘'])"
)
MAX_LABEL_WORDS = 4
MIN_LEAD_CHARS = 40  # what is left must read as the lead
# "Hà Nội, 12/5", "Seoul, 12/5/2024", "Đà Nẵng": a place, then its day (day/month)
_PLACE_DAY = re.compile(
    r"(?P<place>[^,\d]{2,30}?)(?:,\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/\d{4})?)?"
)
# an interview's stage directions, in brackets between the speaker's words
_STAGE = frozenset(
    (
        *("laughs", "laughter", "laughing", "applause", "sighs", "smiles", "chuckles"),
        *("pause", "music", "inaudible", "crosstalk", "cười", "vỗ tay"),
    )
)
# a speaker's part rather than words: the speaker's role, or the crowd's or the room's noise
_ROLES = frozenset(("translator", "interpreter", "moderator", "narrator", "host"))
_CROWD = frozenset(("crowd", "audience", "room", "students", "all"))
_NOISES = frozenset(
    ("cheers", "laughs", "applauds", "claps", "sings", "chants", "boos")
)
# Korean and Vietnamese surnames as written without marks: a speaker's name in brackets
_SURNAMES = frozenset(
    words_of(
        "kim lee yi park choi jung jeong kang cho jo yoon yun jang lim im han oh "
        "seo shin kwon hwang ahn song yoo hong jeon ko moon yang bae baek heo "
        "nam noh roh kwak sung cha joo woo koo ryu chung "
        "nguyen tran le pham hoang huynh vu vo dang bui ngo duong dinh "
        "truong doan trinh luong phan"
    )
)
_NAME_WORD = re.compile(rf"[{CAPITALS}][a-z]{{1,7}}(?:-[a-z]{{1,5}})?")
MAX_NAME_WORDS = 4


def _speaker(label: str) -> bool:
    """A speaker's name without marks, a surname opening it ("Park Jisoo", "Tran Thi
    Hoa"), or role ("Translator"), or the crowd's noise ("Crowd cheers")."""
    words = label.split()
    folded = [word.casefold() for word in words]
    if folded[-1] in _ROLES or (folded[0] in _CROWD and folded[-1] in _NOISES):
        return True
    return (
        2 <= len(words) <= MAX_NAME_WORDS
        and folded[0] in _SURNAMES
        and all(_NAME_WORD.fullmatch(word) for word in words)
    )


# "Kim Min-ji": a Korean name written in Latin letters, the given name hyphenated
KOREAN_NAME = re.compile(rf"[{CAPITALS}][a-z]+\s[{CAPITALS}][a-z]+-[a-z]+")


def _bracketed(text: str) -> re.Match[str] | None:
    found = _BRACKETED.match(text)
    if (
        found is None
        or len(found["label"].split()) > MAX_LABEL_WORDS
        or len(text) - found.end() < MIN_LEAD_CHARS
    ):
        return None
    return found


def plain_words(label: str) -> bool:
    """Words in brackets shaped as no outlet's tag: letters alone, none but a word's
    first in capitals ("Park Jisoo", "Translator", "Crowd cheers"; not "(VNA)", "(LĐ
    online)", "(2Sao)", "(TN&MT)")."""
    words = label.split()
    return bool(words) and all(
        word.isalpha() and not any(c.isupper() for c in word[1:]) for word in words
    )


def bracketed_dateline(text: str) -> Dateline | None:
    """The place in brackets opening ``text``, with its day if written ("(Hà Nội, 12/5)
    - …"), as a dateline; None where the brackets hold no listed place."""
    found = _bracketed(text)
    shaped = found and _PLACE_DAY.fullmatch(found["label"])
    if not shaped or not is_listed_place(name_key(shaped["place"].strip())):
        return None
    month_day = None
    day, month = int(shaped["day"] or 0), int(shaped["month"] or 0)
    if 1 <= month <= 12 and 1 <= day <= 31:
        month_day = (month, day)
    date = meta.find_date(found["label"]) if shaped["day"] else None
    return Dateline(shaped["place"].strip(), None, month_day, date, found.end())


def bracketed_label(text: str) -> str | None:
    """The section's label and its dash opening ``text``, as written, or None: not a
    speaker's name or age (a comma), a stage direction, or a place (a dateline)."""
    found = _bracketed(text)
    if found is None:
        return None
    label = found["label"]
    if (
        "," in label  # "(Kim Min-ji, 34)", "(Hà Nội, 12/5)"
        or label.casefold() in _STAGE
        or KOREAN_NAME.fullmatch(label)
        or _speaker(label)
        or is_writer_name(label)
        or is_listed_place(name_key(label))
    ):
        return None
    return text[: found.end()]
