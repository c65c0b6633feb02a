"""Where the run of syllables after a Vietnamese head ends, beyond its function words: a
verb of two syllables the sentence goes on with ("Trung tâm … thông báo", announces), and
the words in lower case that end a long name and are its own ("… Gia đình đa văn hóa",
multicultural; "… Quốc hội thế giới", of the world)."""

from __future__ import annotations

import re

from dossier.places import is_country

# verbs of two syllables a sentence goes on with after a name, each syllable of which is
# also a noun's in some name ("Trung tâm Thông tin", "Cục Công nghệ"): only the pair ends
_VERB_PAIRS = frozenset(
    [
        ("thông", "báo"),  # to announce
        ("công", "bố"),  # to publish
        ("phát", "biểu"),  # to speak
        ("khai", "mạc"),  # to open
        ("chính", "thức"),  # officially ("Tài chính" is finance: the pair alone ends)
        ("nỗ", "lực"),  # to strive
        ("đặt", "tại"),  # set in ("Nhà máy … đặt tại …")
    ]
)
# syllables a pair's first is the second of, in a word of the name's own: "Lắp đặt",
# "Cài đặt", "Sắp đặt" (to install, to set up, to arrange) go on with "tại" of its place
_OWN_BEFORE = {"đặt": frozenset(["lắp", "cài", "sắp"])}
# lower-case words that end a name cut back to its last capital: "đa văn hóa"
# (multicultural), "thế giới" (world), "toàn cầu" (global)
_TAILS = (
    ("đa", "văn", "hóa"),
    ("đa", "văn", "hoá"),
    ("thế", "giới"),
    ("toàn", "cầu"),
)
_SYLLABLE = re.compile(r"[ \t]+([^\W\d_][\w’'-]*)")


def verb_pair(text: str, at: int, word: str, before: list[str]) -> bool:
    """``word`` and the syllable after it (from ``at``) make a verb of two syllables,
    ``word`` no second syllable of the one ``before`` it ends with."""
    after = _SYLLABLE.match(text, at)
    return (
        after is not None
        and (word, after.group(1)) in _VERB_PAIRS
        and not any(b.casefold() in _OWN_BEFORE.get(word, ()) for b in before[-1:])
    )


def with_tail(words: list[str], last: int) -> int:
    """The index of the last syllable of a name cut back to ``last``, with the lower-case
    words that end it after it (``words`` the syllables read)."""
    for tail in _TAILS:
        if tuple(words[last + 1 : last + 1 + len(tail)]) == tail:
            return last + len(tail)
    return last


_PLURAL = "các"


def plural_opens(text: str, at: int, word: str, words: list[str]) -> bool:
    """``word`` is "các" right after an event's head and a capital follows from ``at``:
    those who meet ("Hội nghị các Chủ tịch Quốc hội …"), inside the name."""
    after = _SYLLABLE.match(text, at)
    return (
        word == _PLURAL
        and not words
        and after is not None
        and after.group(1)[0].isupper()
    )


def ends_in_country(words: list[str]) -> bool:
    """The syllables read end in a country's name ("… Hàn Quốc")."""
    return any(
        is_country(" ".join(words[-size:])) for size in (2, 1) if len(words) >= size
    )


_AND = "và"
# words that open a region after "và": "… Ấn Độ và Tây Nam Á", "… và châu Phi"
_REGION = frozenset(["Đông", "Tây", "Nam", "Bắc", "châu", "Châu", "khu", "Khu"])


def country_and(words: list[str], text: str, at: int) -> bool:
    """The syllables read end in "và" after a country's name, and no region follows
    from ``at``: the body is named whole with its country, and "và" joins another
    name to it ("Bộ Quốc phòng Việt Nam và KOICA", "Tổng cục Du lịch Hàn Quốc tại Việt
    Nam và Vingroup"; the fields a name joins with "và" stand before its country: "Bộ
    Lao động và Việc làm Hàn Quốc"; two lands a body studies or serves are its name's:
    "Viện Nghiên cứu Ấn Độ và Tây Nam Á")."""
    if words[-1:] != [_AND] or not ends_in_country(words[:-1]):
        return False
    first = _SYLLABLE.match(text, at)
    return first is not None and first.group(1) not in _REGION


# a photo's credit or a person after the dash, no name's: "… Hàn Quốc - Ảnh: VGP", "Sở
# Ngoại vụ - Bà Đặng Thị Thanh Huyền"
_NOT_JOINED = frozenset(["Ảnh", "Ông", "Bà"])


# the heads of the bodies a department belongs to, which no field of a name opens
# ("Cục Hợp tác Quốc tế - Bộ Giáo dục"; not "Đại học Tài chính - Ngân hàng", "Trung tâm
# Hội chợ - Triển lãm", "Trung tâm Thông tin - Thư viện", one name each)
_PARENT = re.compile(
    r"(?:Bộ|Tổng cục|Cục|Sở|Tổng lãnh sự quán|Đại sứ quán|Lãnh sự quán"
    r"|Đại học Quốc gia|(?:Ủy|Uỷ) ban|UBND)(?![\w])"
)


def not_joined(text: str, dashed: re.Match[str]) -> bool:
    """Whether the capital after a dash (``dashed`` group 1) opens no part of the name
    before it: a credit, a person, or the body it belongs to by its parent's head ("Cục
    Hợp tác Quốc tế - Bộ Giáo dục", "Phòng Visa - Tổng lãnh sự quán …": the department,
    then its ministry)."""
    return (
        dashed.group(1) in _NOT_JOINED
        or _PARENT.match(text, dashed.start(1)) is not None
    )
