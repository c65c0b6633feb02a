"""A name in quotes that a word of its kind introduces, in English or Vietnamese.

"an event entitled “Hi! Korea”", "a “Vietnam peace journey” event", "Dự án “Phòng chống
sa mạc hóa vùng ven biển”" (a project), "hội thảo “Giới thiệu Du lịch Y tế Seoul 2025”" (a
seminar), "“Ngày hội văn hóa hữu nghị Việt - Hàn năm 2023”" (a festival's head opening the
quote): the quotes mark where the name begins and ends, and the word beside them says what
it is. A quote that reads as speech (it ends on a stop or a comma, runs long, holds a
pronoun or a tense word, or a speaker follows it) or a scare quote ("a “sister city”
program", "Bộ phim “gây sốt”") names nothing.
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.vietnamese_heads import KIND
from dossier.text import phrase_alternation

# the word of the kind, in lower case or opening a sentence, and the type it gives
_ENGLISH = {
    "event": "events",
    "seminar": "events",
    "workshop": "events",
    "conference": "events",
    "forum": "events",
    "contest": "events",
    "competition": "events",
    "exhibition": "events",
    "programme": "initiatives",
    "program": "initiatives",
    "project": "initiatives",
    "campaign": "initiatives",
    "initiative": "initiatives",
    # a work, filed with the initiatives as the registry files films and shows: "the film
    # “Miss Granny.”", "the drama “Can This Love Be Translated?”"
    "film": "initiatives",
    "movie": "initiatives",
    "drama": "initiatives",
    "series": "initiatives",
    "album": "initiatives",
    "song": "initiatives",
    "festival": "initiatives",
}
_VIETNAMESE = {
    "sự kiện": "events",
    "hội thảo": "events",
    "hội nghị": "events",
    "diễn đàn": "events",
    "triển lãm": "events",
    "trưng bày": "events",
    "cuộc thi": "events",
    "chương trình": "initiatives",
    "dự án": "initiatives",
    "đề án": "initiatives",
    "phong trào": "initiatives",
    "chiến dịch": "initiatives",
    "sáng kiến": "initiatives",
    "bộ phim": "initiatives",
    "phim": "initiatives",
    "ca khúc": "initiatives",
}
_WORDS = phrase_alternation((*_ENGLISH, *_VIETNAMESE))
# "event entitled", "chương trình mang tên": a word that gives the title
_GIVES = r"(?:(?:en)?titled|called|named|dubbed|mang\s+tên|có\s+tên|với\s+chủ\s+đề)"
_QUOTE = r"[“\"‘](?P<name>[^“”\"‘’\n]{3,120}?)[”\"’]"
_BEFORE = re.compile(
    rf"(?<![\w-])(?P<kind>(?i:{_WORDS}))\s+(?:{_GIVES}\s+)?{_QUOTE}",
)
# English only: Vietnamese puts what describes a noun after it ("‘Lai lịch’ dự án …": the
# project's background, no name)
_AFTER = re.compile(
    rf"{_QUOTE}\s+(?P<kind>"
    + "|".join(sorted(_ENGLISH, key=len, reverse=True))
    + r")\b"
)
# a head of a Vietnamese name opening the quote: "“Tuần lễ tri ân khách du lịch …”"
_HEADED = re.compile(
    r"[“\"‘](?P<name>(?P<head>"
    + "|".join(sorted(map(re.escape, KIND), key=len, reverse=True))
    + r")\s[^“”\"‘’\n]{3,120}?)[”\"’]"
)
# a partnership two countries agree on, in quotes (the registry files partnerships with
# the agreements): "“Đối tác hợp tác chiến lược”", "“quan hệ đối tác toàn diện …”"
_PARTNERSHIP = re.compile(
    r"[“\"‘](?P<name>(?:[Qq]uan\s+hệ\s+)?[Đđ]ối\s+tác\s[^“”\"‘’\n]{3,100}?)[”\"’]"
)
# what kind of partnership: strategic, comprehensive, of cooperation
_PARTNERSHIP_KIND = re.compile(r"chiến\s+lược|toàn\s+diện|hợp\s+tác", re.IGNORECASE)
_MOST_WORDS = 14
# Vietnamese writes a word in one to three syllables, each apart: "Tuyên bố chung Việt Nam
# - Hàn Quốc về quan hệ Đối tác chiến lược toàn diện" is sixteen
_MOST_SYLLABLES = 24
_VIETNAMESE_LETTER = re.compile("[\u1ea0-\u1ef9ĐđƯưƠơĂă]")
# a Vietnamese word that speech has and a name has not: a pronoun or a demonstrative, a
# tense, a degree, a copula ("“Dự án này sẽ tạo việc làm …”", "“… luôn hợp tác chặt chẽ
# với chúng tôi”", "“Hội nghị lần này có ý nghĩa …”", "“rất ý nghĩa”")
_SPOKEN = re.compile(
    r"(?<!\w)(?:này|sẽ|đã|đang|rất|luôn|chúng\s+tôi|chúng\s+ta|tôi|là|có|được|vẫn|"
    r"cũng|đều|hãy|lắm)(?!\w)",
    re.IGNORECASE,
)
# the speaker after a quote that opens its sentence and its comma: "“…”, ông Kim cho
# biết", "“…”, Thứ trưởng nhấn mạnh" (not "Tại chương trình “…”, ông Kim cho biết", a
# name)
_SPEAKER = re.compile(
    r"\s*,\s*[^.;:!?\n“”\"]{0,60}?(?<!\w)(?:cho\s+biết|nói|nhấn\s+mạnh|chia\s+sẻ|"
    r"khẳng\s+định|cho\s+hay|phát\s+biểu|bày\s+tỏ|said|says|added|told)(?!\w)"
)


def quoted_kind_names(text: str) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each quoted name its kind's word introduces."""
    found: dict[tuple[int, int], tuple[str, str, int, int]] = {}
    for pattern in (_BEFORE, _AFTER):
        for match in pattern.finditer(text):
            kind = " ".join(match["kind"].casefold().split())
            kind_type = _ENGLISH.get(kind) or _VIETNAMESE.get(kind)
            if _cased(" ".join(match["name"].split())):
                _add(found, match, kind_type)
    for match in _HEADED.finditer(text):
        if KIND[match["head"]] in ("events", "initiatives", "agreements"):
            _add(found, match, KIND[match["head"]])
    for match in _PARTNERSHIP.finditer(text):
        # a partnership of a kind, not "“đối tác tốt nhất”" (the best partner)
        if _PARTNERSHIP_KIND.search(match["name"]):
            _add(found, match, "agreements")
    return list(found.values())


def _add(
    found: dict[tuple[int, int], tuple[str, str, int, int]],
    match: re.Match[str],
    kind: str | None,
) -> None:
    name = " ".join(match["name"].split())
    end = match.end("name")
    if name[:1].isupper() and name.endswith((".", ",")):
        # "the film “Miss Granny.”": the sentence's stop or comma set inside the quote
        name, end = name[:-1].rstrip(), end - 1
    if kind is None or not _titled(name) or _spoken(name, match):
        return
    span = (match.start("name"), end)
    found.setdefault(span, (name, kind, *span))


def _cased(name: str) -> bool:
    """A name its kind's word introduces opens with a capital or a figure ("the film
    “Miss Granny”", not "a “sister city” program" nor "the forum “was a success”"); a
    Vietnamese one in lower case holds a capitalised word ("Phong trào “thành thật xin
    lỗi Việt Nam”", not "Bộ phim “gây sốt”")."""
    if not name[:1].islower():
        return True
    return bool(_VIETNAMESE_LETTER.search(name)) and any(
        word[:1].isupper() for word in name.split()[1:]
    )


def _spoken(name: str, match: re.Match[str]) -> bool:
    """Speech, not a name: a Vietnamese quote with a word speech has ("“Dự án này sẽ
    …”"), or a quote opening its sentence that a speaker follows ("“…”, ông Kim cho
    biết")."""
    if _VIETNAMESE_LETTER.search(name) and _SPOKEN.search(name):
        return True
    text, opening = match.string, match.start("name") - 1
    before = text[:opening].rstrip()
    return (not before or before.endswith((".", "!", "?", ":"))) and (
        _SPEAKER.match(text, match.end()) is not None
    )


def _titled(name: str) -> bool:
    """A title, not speech: a few words (one only with a capital), not ending on a stop
    or a comma (nor on a question unless it opens with a capital, as a title does: "Can
    This Love Be Translated?"), opening with a letter or a figure."""
    words = name.split()
    most = _MOST_SYLLABLES if _VIETNAMESE_LETTER.search(name) else _MOST_WORDS
    return (
        (len(words) > 1 or name[0].isupper())
        and len(words) <= most
        and not name.endswith((".", ",", ";", ":", "…"))
        and (name[0].isupper() or not name.endswith(("?", "!")))
        and name[0].isalnum()
    )
