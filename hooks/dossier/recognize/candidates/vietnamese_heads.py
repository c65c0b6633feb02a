"""The head nouns that open a Vietnamese name ("Bộ", "Hội chợ", "Biên bản ghi nhớ"), the
kind of thing each names, and how each behaves before the syllables after it."""

from __future__ import annotations

import re

from dossier.places import is_country

# The heads of a gathering, of a meeting and of a festival, that a name in lower case
# may open ("diễn đàn … Việt Nam - Hàn Quốc"; vietnamese_paired_events).
_MEETINGS = ("Hội chợ", "Diễn đàn", "Hội nghị", "Hội thảo")
_FESTIVALS = ("Lễ hội", "Liên hoan", "Ngày hội")
GATHERINGS = _MEETINGS + _FESTIVALS
# Head nouns, capitalised, and the kind of thing each names.
_HEADS = {
    "organizations": (
        "Bộ",
        "Cục",
        "Tổng cục",
        "Sở",
        "Viện",
        "Quỹ",
        "Trường",
        "Hội",
        "Tổng hội",
        "Tổng Hội",
        "Hiệp hội",
        "Trung tâm",
        "Ủy ban",
        "Uỷ ban",  # the same, its mark on the other vowel
        "Liên minh",  # an alliance: "Liên minh Nghị viện thế giới"
        "Công ty",
        "Tập đoàn",
        "Ngân hàng",
        "Đại học",
        "ĐH",  # Đại học, abbreviated: "ĐH Quốc gia Seoul"
        "Phòng",  # "Phòng Thương mại và Công nghiệp Việt Nam"; "phòng họp" is a room
        "Hợp tác xã",
        "Cơ quan",
        "Bệnh viện",
        "Đại sứ quán",
        "Tổng Lãnh sự quán",
        "Tổng lãnh sự quán",
        "Lãnh sự quán",
        "Tổng công ty",
        "Liên đoàn",
        "Câu lạc bộ",
        "Thư viện",
        "Bảo tàng",
        "Cảng hàng không",
        "Cảng Hàng không",
        "Cảng vụ",  # a port authority: "Cảng vụ Busan"
        "Liên hiệp",
        "Văn phòng",
        "Ban Quản lý",
        "Ban quản lý",
        "Ban",  # a board by its own name: "Ban Tuyên giáo Tỉnh ủy …"
        "Hải quân",  # a navy: "Hải quân nhân dân Việt Nam", "Hải quân Hàn Quốc"
        "Nhóm",  # a group by its name: "Nhóm Nghị sĩ hữu nghị …"; "nhóm" is any group
        "Chi nhánh",  # a branch: "Chi nhánh VCCI Nghệ An"
        "Chi hội",  # a chapter: "Chi hội Gachon"
        "Chùa",
        "Vụ",
        "Học viện",
        "Hãng",
        "Tổng Công ty",
        "Tổ chức",
        "Quốc hội",
        "Đảng",
        "Tòa án",
        "Toà án",
        "Công an",
        "Tỉnh ủy",
        "Thành ủy",
        "Đài Phát thanh",
        "Đài Truyền hình",
        "Khoa",  # a faculty: "Khoa Đông phương"; "Khoa học" (science) is none
        # the army's commands and a party's committees: "Quân ủy Trung ương" (the Central
        # Military Commission), "Quân khu 7" (Military Region 7)
        "Quân ủy",
        "Quân khu",
        "Quân đoàn",
        "Sư đoàn",
        "Trung đoàn",  # a regiment: "Trung đoàn Thủy quân Lục chiến 2"
        "Lữ đoàn",  # a brigade
        "Đảng ủy",
        # a national side: "Đội tuyển bóng đá quốc gia Việt Nam"
        "Đội tuyển",
        # the presidential office: "Phủ Tổng thống Hàn Quốc"
        "Phủ Tổng thống",
        "Phủ Chủ tịch",
        "Phủ Thủ tướng",
    ),
    "events": (
        *_MEETINGS,
        "Ngày",
        "Cuộc thi",
        "Đối thoại",
        "Đại hội",  # a congress: "Đại hội Hội hữu nghị … tỉnh Đồng Nai"
        "Kỳ thi",  # an exam: "Kỳ thi năng lực tiếng Hàn"
        "Triển lãm",
        "Vòng loại",  # qualifiers: "Vòng loại Asian Cup 2019"
        "Đại nhạc hội",
        "Đêm nhạc",
        # a games: "Đại hội thể thao châu Á 2018" (the Asian Games), in lower case after
        # its head as "Đại hội" (a congress) is not
        "Đại hội thể thao",
        "Tọa đàm",  # a round table: "Tọa đàm Việt Nam – Hàn Quốc về …"
        "Toạ đàm",
    ),
    "cities": ("Đồng bằng",),
    # A festival is an initiative, as the registry files festivals.
    "initiatives": (
        "Chương trình",
        "Dự án",
        "Đề án",
        *_FESTIVALS,
        "Tuần lễ",  # a week of a culture, of films: "Tuần lễ văn hóa Việt Nam – Hàn Quốc"
        "Nhà máy",
        "Công viên",
        "Vườn",
        "Mô hình",  # a model scheme: "Mô hình làng mới Saemaul"
        "Sáng kiến",
        "Chiến dịch",
        "Phong trào",
        "Quy hoạch",  # a plan: "Quy hoạch điện VIII"
        "LHP",  # Liên hoan phim, a film festival: "LHP Châu Á Đà Nẵng"
    ),
    "agreements": (
        "Biên bản ghi nhớ",
        "Bản ghi nhớ",
        "Hiệp định",
        "Thỏa thuận",
        "Thoả thuận",
        "Tuyên bố chung",  # a joint statement
        "Tuyên bố tầm nhìn chung",
        "Hiệp ước",
        "Nghị định thư",  # a protocol
    ),
}
KIND = {head: kind for kind, heads in _HEADS.items() for head in heads}
# a head, not inside a word, a syllable after it
HEAD = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(sorted(map(re.escape, KIND), key=len, reverse=True))
    + r")(?=[ \t]+\w)"
)
# Heads of common nouns too ("nhà máy mới", "văn phòng đại diện"): a name needs a capital.
# Written in sentence case; a head printed in title case is compared so.
NAMED_ONLY = frozenset(
    [
        "Nhà máy",
        "Vườn",
        "Công viên",
        "Văn phòng",
        "Ban quản lý",
        "Thư viện",
        "Bảo tàng",
        "Hãng",
        "Công an",
        "Tỉnh ủy",
        "Thành ủy",
    ]
)
# Heads that are common words at a sentence's start ("Vụ việc …": the case): a name has
# a capital right after them ("Vụ Hợp tác quốc tế", a ministry's department)
# ("Tổ chức hội thảo": to hold a seminar; "Quốc hội đã …", "Đảng ta": no name)
CAPITAL_NEXT = frozenset(
    [
        "Ban",  # "Ban đầu", "Ban hành": at first, to issue
        "Bộ",  # "Bộ phim": a film, "bộ" its classifier; "Bộ Ngoại giao", a ministry
        "Nhóm",
        "Chi nhánh",
        "Chi hội",
        "Vụ",
        "Tổ chức",
        "Quốc hội",
        "Đảng",
        "Tòa án",
        "Toà án",
        "Khoa",
        "Đại hội",
        "Phòng",
        # nouns a sentence opens on, a verb after them ("Triển lãm giới thiệu …",
        # "Mô hình giúp nông dân …"; "Hoa Kỳ thi hành …" is no exam)
        "Kỳ thi",
        "Triển lãm",
        "Vòng loại",
        "Đại nhạc hội",
        "Đêm nhạc",
        "Mô hình",
        "Sáng kiến",
        "Chiến dịch",
        "Phong trào",
        "Quy hoạch",
    ]
)
# Bodies of the state, which no one is named after: a person's name right after the head
# is its chief's ("Chủ nhiệm Ủy ban Nguyễn Trung Kiên"; not "Trường Lê Quý Đôn", a school)
OF_THE_STATE = frozenset(["Ủy ban", "Uỷ ban", "Đảng ủy", "Sở", "Cục", "Tổng cục", "Vụ"])
TO_HOLD = "Tổ chức"  # before an event's name, the verb: "Tổ chức Hội nghị …"
# Bodies named by their seat alone: "Quốc hội Việt Nam", "Tỉnh ủy Quảng Ninh", "Công an
# thành phố Đà Nẵng"; after them, a title's holder follows ("Quốc hội Vương Đình Huệ")
SEATED = frozenset(["Quốc hội", "Tỉnh ủy", "Thành ủy", "Công an"])
PLACE_KINDS = frozenset(
    ["tỉnh", "thành", "phố", "quận", "huyện", "thị", "xã", "phường", "TP"]
)
# Firms, which a sentence places "tại" (at) a city: "Ngân hàng Shinhan Việt Nam tại thành
# phố Hà Nội" is the bank, in Hanoi (an association's seat is its name's: "Hội Người Việt
# Nam tại tỉnh Chungnam")
FIRMS = frozenset(
    ["Công ty", "Tổng công ty", "Tổng Công ty", "Tập đoàn", "Ngân hàng", "Hãng"]
)
# A verb's or a function word's syllable that completes the one before it into a noun
# of a name ("Cục Phát triển đô thị": development, not "triển khai"; "Hãng hàng không":
# an airline, not "không", not; "công nghiệp hỗ trợ": supporting industry; "Phân phối":
# distribution, not "phối hợp"; "Nhà ở": housing, not "ở", at; "các tổ chức": the
# organisations, not "tổ chức", to hold; "Cục Xúc tiến Thương mại": promotion, not
# "tiến hành", to carry out; "bán dẫn": semiconductors, not "dẫn", to lead)
NOUN_AFTER = {
    "tổ": "các",
    "triển": "phát",
    "không": "hàng",
    "hỗ": "nghiệp",
    "phối": "phân",
    "ở": "nhà",
    "tiến": "xúc",
    "dẫn": "bán",
}
# A verb's syllable that opens a noun with the syllable after it: "triển lãm" (an
# exhibition, not "triển khai", to carry out): "Trung tâm Hội nghị triển lãm tỉnh …"
_NOUN_BEFORE = {"triển": "lãm"}


def opens_noun(word: str, after: re.Match[str] | None) -> bool:
    """``word`` and the syllable ``after`` it (group 1) make one noun."""
    return after is not None and _NOUN_BEFORE.get(word) == after.group(1).casefold()


# "(KCN)", "(KOCHAM Bình Dương)": a short form in capitals, a place's name after it
_SHORT_FORM_AFTER = re.compile(
    r"[ \t]*\((?:[A-ZĐ][A-ZĐ&-]+)(?:[ \t]+[A-ZÀ-ỸĐ][\w’'-]*){0,3}\)"
)


def short_form_after(text: str, at: int) -> bool:
    """A short form in brackets follows ``at``: the text names what stands before it
    ("Ban Quản lý các khu công nghiệp (KCN)", "Chi hội doanh nghiệp … (KBA)")."""
    return _SHORT_FORM_AFTER.match(text, at) is not None


# "Bộ NN&PTNT", "Bộ VH,TT&DL", "Sở KH&ĐT", "Bộ LĐ-TB&XH": a ministry or department by the
# initials of its fields, joined by "&", commas and hyphens
_INITIALLED = re.compile(
    r"(?<![\w-])(?:Bộ|Sở)[ \t]+(?:[A-ZĐ]{1,4}[,&-])+[A-ZĐ]{1,4}(?![\w&])"
)


def initialled_bodies(text: str) -> list[tuple[str, str, int, int]]:
    """(name, "organizations", start, end) of each ministry or department so written."""
    if "&" not in text:
        return []
    return [
        (m.group(), "organizations", m.start(), m.end())
        for m in _INITIALLED.finditer(text)
    ]


_ALLIANCE = "Liên minh "
# countries by their first syllable, as a pair of them is written: "Hàn - Mỹ", "Việt - Lào"
_COUNTRY_SYLLABLES = frozenset(
    [
        "Hàn",
        "Mỹ",
        "Việt",
        "Nhật",
        "Trung",
        "Nga",
        "Triều",
        "Lào",
        "Anh",
        "Pháp",
        "Đức",
        "Úc",
        "Ấn",
        "Thái",
    ]
)


def alliance_of_states(name: str) -> bool:
    """``name`` is "Liên minh" and a pair of countries a dash joins: an alliance of
    states ("Liên minh Hàn - Mỹ"), no body to file; "Liên minh Hợp tác xã Việt Nam" is
    one."""
    if not name.startswith(_ALLIANCE):
        return False
    parts = [p.strip() for p in re.split(r"[-–]", name[len(_ALLIANCE) :])]
    return len(parts) >= 2 and all(
        p in _COUNTRY_SYLLABLES or is_country(p) for p in parts
    )
