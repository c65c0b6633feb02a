"""The fields a Vietnamese body's name lists, joined by "và" (and), in lower case as often
as not: "Bộ Giáo dục và đào tạo", "Sở Văn hóa và thể thao tỉnh Thừa Thiên Huế", "Bộ
Nông nghiệp và Phát triển nông thôn". A name reads on over "và" only where a field ends
the words before it and a known field follows it; after that field the name goes on to a
capital or a place's kind ("tỉnh …"), or ends there ("Bộ Giáo dục và đào tạo nước này").
"""

from __future__ import annotations

import re

from dossier.places import country_keys, is_listed_place
from dossier.recognize.candidates.vietnamese_heads import HEAD, PLACE_KINDS
from dossier.recognize.candidates.vietnamese_persons import foreign, names_a_person
from dossier.text import joined_key, name_key

# Fields of ministries, departments and their agencies, as Vietnamese names them
_FIELDS_WORDS = """giáo dục, đào tạo, văn hóa, văn hoá, thể thao, du lịch, lao động,
    thương binh, xã hội, nông nghiệp, phát triển nông thôn, nông thôn, khoa học, công nghệ,
    môi trường, tài nguyên, thị trường, doanh nghiệp, khởi nghiệp, thủy sản, thuỷ sản,
    nông thủy sản, thực phẩm, lương thực, chăn nuôi, kế hoạch, đầu tư, thông tin,
    truyền thông, y tế, phúc lợi, gia đình, phụ nữ, thương mại, công nghiệp, năng lượng,
    giao thông, vận tải, xây dựng, đô thị, tài chính, việc làm, dạy nghề, điều phối,
    vừa và nhỏ, nhỏ và vừa"""
FIELDS = frozenset(w.strip() for w in _FIELDS_WORDS.split(","))
# fields that are verbs too ("đào tạo giáo viên": to train teachers): read as a field
# only where no lower-case word, its object, follows them
_VERB_FIELDS = frozenset(["đào tạo", "đầu tư", "xây dựng", "du lịch", "điều phối"])
# lower-case words a field may end a name before: what a sentence goes on with
# ("… và đào tạo nước này ngày 9/2 đã …": this country's)
_AFTER_A_NAME_WORDS = """nước này đã sẽ đang vừa cũng là có được cho của tại với về ở hôm
    sáng chiều tối ngày tháng tuần năm vào khi thì mà cùng"""
_AFTER_A_NAME = frozenset(_AFTER_A_NAME_WORDS.split())
_AND = re.compile(r"[ \t]+(và)(?=[ \t])")
# "Bộ Doanh nghiệp vừa và nhỏ": small and medium-sized firms, a field of two adjectives
_SMALL_AND_MEDIUM = re.compile(r"[ \t]+(vừa[ \t]+và[ \t]+nhỏ|nhỏ[ \t]+và[ \t]+vừa)\b")
_SYLLABLE = re.compile(r"[ \t]+([^\W\d_][\w’'-]*)")
_LONGEST_FIELD = 4  # syllables: "phát triển nông thôn"


def _ends_in_field(words: list[str]) -> bool:
    """The syllables read end in a field ("… Giáo dục", "… thị trường")."""
    folded = [w.casefold() for w in words]
    return any(
        " ".join(folded[-size:]) in FIELDS
        for size in range(1, _LONGEST_FIELD + 1)
        if len(folded) >= size
    )


def _field_at(text: str, at: int) -> list[re.Match[str]]:
    """The syllables of the longest known field starting at ``at``, or none."""
    syllables: list[re.Match[str]] = []
    for _ in range(_LONGEST_FIELD):
        match = _SYLLABLE.match(text, syllables[-1].end() if syllables else at)
        if match is None:
            break
        syllables.append(match)
    for size in range(len(syllables), 0, -1):
        if " ".join(m.group(1).casefold() for m in syllables[:size]) in FIELDS:
            return syllables[:size]
    return []


def and_field(
    text: str, at: int, words: list[str]
) -> tuple[list[tuple[int, str]], bool] | None:
    """ "và" and a field after the syllables ``words`` read up to ``at``, each syllable's
    end and text, and whether the name goes on after the field (a capital or a place's
    kind next); None where no field is joined there, or where a verb's object follows
    ("Sở Y tế và đào tạo nhân lực": and trains its staff)."""
    if not words:
        return None
    if words[-1].casefold() == "nghiệp" and (
        small := _SMALL_AND_MEDIUM.match(text, at)
    ):
        # "Doanh nghiệp vừa và nhỏ"
        joined = [
            (small.start() + m.end(), m.group())
            for m in re.finditer(r"\S+", small.group())
        ]
        field = " ".join(small.group(1).split())
        end = small.end()
    else:
        and_ = _AND.match(text, at)
        if and_ is None or not _ends_in_field(words):
            return None
        syllables = _field_at(text, and_.end())
        if not syllables:
            return None
        joined = [(and_.end(), "và")] + [(m.end(), m.group(1)) for m in syllables]
        field = " ".join(m.group(1).casefold() for m in syllables)
        end = syllables[-1].end()
    after = _SYLLABLE.match(text, end)
    if after is None:
        return joined, False
    word = after.group(1)
    if word[0].isupper() or word in PLACE_KINDS or word == "và":
        return joined, True  # "… và thể thao tỉnh Thừa Thiên Huế", "… Hàn Quốc"
    if field in _VERB_FIELDS and word not in _AFTER_A_NAME:
        return None
    return joined, False


# ", Công nghiệp và Năng lượng": a field of a ministry's list, a capital after "và"
_FIELD = re.compile(
    r",[ \t]+(?P<field>[A-ZÀ-ỸĐ][\w’'-]*(?:[ \t]+[^\W\d_][\w’'-]*){0,4}?)"
    r"[ \t]+và[ \t]+(?P<last>[A-ZÀ-ỸĐ])"
)


def listed_field(text: str, at: int) -> bool:
    """A comma at ``at`` that lists a field of one body's name: a capital after it, then
    "và" and a capital, neither opening another body's name nor naming a place ("Sở Văn
    hóa, Thể thao và Du lịch"; not "Bộ Công Thương, Bộ Tài chính và …", "… Hà Nội, Đà
    Nẵng và …")."""
    field = _FIELD.match(text, at)
    if field is None:
        return False
    words = field.group("field")
    return (
        not HEAD.match(text, field.start("field"))
        and not HEAD.match(text, field.start("last"))
        and not is_listed_place(name_key(words))
        and joined_key(name_key(words))
        not in country_keys()  # "…, Hàn Quốc và Nhật Bản"
        and not any(foreign(word) for word in words.split())  # "…, Samsung và …"
        and not names_a_person(text, field.start("field"), field.end("field"))
    )
