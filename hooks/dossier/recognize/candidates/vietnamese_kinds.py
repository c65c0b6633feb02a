"""The Vietnamese word for a place's kind before a name: the name is that place."""

from __future__ import annotations

# The Vietnamese word for a place's kind, just before its name ("thành phố Từ Sơn", "huyện
# Chợ Gạo", "quận Sung-buk-gu"): a place, though its syllables read as a person's name
# ("Từ" a surname, "Sơn" a given name)
_VIETNAMESE_KIND = frozenset((
    ("thanh", "pho"), ("thi", "xa"), ("thi", "tran"), ("huyen",), ("tinh",), ("quan",),
    ("phuong",), ("xa",),
))  # fmt: skip
VIETNAMESE_KIND_CUE = 6  # more than a person's shape (surname +3, given name +2)


def after_vietnamese_kind(before: tuple[str, ...]) -> bool:
    """The name follows a Vietnamese place's kind. Only a name of one or two syllables
    is taken for the place: a chair's title names the province it heads without its
    name ("Phó Chủ tịch UBND tỉnh Nguyễn Mạnh Tường": the person, three syllables), and
    no name after a title and the kind ("Thị trưởng thành phố Park …", "Chủ tịch UBND
    huyện Lê Hùng"). Folded, some kinds spell other words: "cơ quan" (an agency), "tham
    quan" (to visit), "địa phương" (a locality)."""
    kind = (
        2
        if before[-2:] in _VIETNAMESE_KIND
        else 1
        if before[-1:] in _VIETNAMESE_KIND
        else 0
    )
    return (
        kind > 0
        and before[-2:] not in _NOT_KINDS
        and not _TITLED.intersection(before[-kind - 2 : -kind])
    )


_NOT_KINDS = frozenset((("co", "quan"), ("tham", "quan"), ("dia", "phuong")))
# the last syllable of a title before the kind: "trưởng", "tịch"; the council's initials
_TITLED = frozenset(("truong", "tich", "thu", "ubnd", "hdnd"))
