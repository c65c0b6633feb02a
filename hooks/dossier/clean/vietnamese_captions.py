"""Captions Vietnamese pages print as plain sentences between long paragraphs: one short
sentence ("Du khách tham quan phố cổ Hội An."), who speaks at the event ("Ông X phát biểu
tại hội nghị"), one with a title shown giving or showing ("Chủ tịch UBND tỉnh X tặng
quà …"); a story tells when, and reports what was said."""

from __future__ import annotations

import re

from dossier.clean.echo_captions import echoes_a_paragraph
from dossier.clean.languages import VIETNAMESE_LETTER
from dossier.clean.lines import HANGUL
from dossier.clean.plain_captions import is_placed_scene
from dossier.clean.shapes import VIETNAMESE_SAYS, paragraph_like
from dossier.clean.short_captions import VIETNAMESE_STATED, in_a_list
from dossier.clean.units import Unit

_REPORTED = re.compile(rf"\b(?:{VIETNAMESE_SAYS}|theo)\b")
MAX_VIETNAMESE_CAPTION_WORDS = 14
# "Lãnh đạo 2 đơn vị trao biên bản ký kết.": a count of the parties in the picture, no
# figure a story tells
# (in a scene of giving, signing or a photo: not "Thương mại giữa 2 nước tăng mạnh")
_PARTIES = re.compile(
    r"\b\d\s(?:đơn vị|bên|nước|địa phương|tỉnh|trường)\b"
    r"(?=.*\b(?:trao|ký|tặng|chụp ảnh|bắt tay|ký kết)\b)"
)


# "… phát biểu tại buổi làm việc", "… thảo luận … tại hội nghị": who does what at the
# event, the way a Vietnamese caption ends, with or without a full stop
_AT_THE_EVENT = re.compile(
    r"\btại\s+(?:buổi|lễ|hội nghị|hội thảo|diễn đàn|sự kiện|chương trình|cuộc|phiên)\b"
    r"[^.!?]{0,40}$"
)
MAX_VIETNAMESE_SCENE_WORDS = 30
# "… phát biểu tại sự kiện vào tối ngày 26/11 tại TPHCM.": the speaking, nothing said
_SPEAKS = re.compile(
    r"\S,?\s(?:phát biểu|chia sẻ|trao đổi)(?:\stại|\strong)?[^,:;\"“”]{0,50}\.?$"
)


def speaks_at_event(unit: Unit) -> bool:
    """One Vietnamese line of who speaks at the event, and nothing said: "Ông X, Trưởng
    đại diện …, phát biểu tại sự kiện vào tối 26/11."."""
    text = unit.text
    return (
        len(unit.lines) == 1
        and len(text.split()) <= MAX_VIETNAMESE_SCENE_WORDS
        and _SPEAKS.search(text) is not None
        and not text.startswith("Phát biểu")
        and not any(mark in text for mark in '"“')
        and HANGUL.search(text) is None
    )


# the one welcomed, by their title ("… đón Thị trưởng thành phố Y."; not "đón đoàn doanh
# nghiệp …", "đón tiếp", "đón nhận": a story's welcoming)
_WELCOMED = (
    r"(?:Ông|Bà|(?:Phó )?Chủ tịch|Thị trưởng|(?:Phó )?Thủ tướng|Tổng thống|Đại sứ|"
    r"(?:Thứ|Bộ) trưởng|Tỉnh trưởng|Thống đốc|Quốc vương|Nhà vua|(?:Phó )?Tổng Lãnh sự|"
    r"Tổng Bí thư|(?:Phó )?Bí thư)\s"
)
# "Chủ tịch UBND tỉnh X giới thiệu tranh Đông Hồ với ông Y.", "Đại sứ X trao tặng giấy
# khen cho …", "Chủ tịch Quốc hội X đón Chủ tịch Quốc hội Y.": one with a title, and what the picture shows them doing with another, in
# the present (a story says when, and reports: "Chiều 17/6, …", "… cho biết …")
_TITLED_SCENE = re.compile(
    r"^(?:Ông|Bà|Đồng chí|(?:Phó )?Chủ tịch|(?:Phó )?Giám đốc|(?:Thứ|Bộ) trưởng|Đại sứ|"
    r"(?:Phó )?Thủ tướng|Tổng Bí thư|(?:Phó )?Tổng Lãnh sự|(?:Phó )?Bí thư|Lãnh đạo)\s"
    r"[^.;:!?]{3,120}?\s"
    r"(?P<act>trao tặng|tặng|trao|giới thiệu|thông tin về|chụp ảnh|bắt tay|tiếp(?! tục)|"
    rf"đón(?=\s{_WELCOMED}))"
    r"\s[^;:!?]{3,150}$"
)
# a tense, a request, a purpose or a report: a story's sentence
_TOLD_VERBS = re.compile(r"\b(?:đã|sẽ|đang|đề nghị|mong muốn|yêu cầu|nhằm|rằng|để)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
MAX_TITLED_SCENE_WORDS = 30


def is_titled_scene(unit: Unit) -> bool:
    """One Vietnamese sentence of caption length in which one with a title gives, shows
    or receives, with no time, no tense and nobody reporting: a caption."""
    text = unit.text
    return (
        len(unit.lines) == 1
        and len(text.split()) <= MAX_TITLED_SCENE_WORDS
        and ". " not in text
        and _TITLED_SCENE.match(text) is not None
        and _TOLD_VERBS.search(text) is None
        and _REPORTED.search(text) is None
        # a figure is a fact told ("… trong 6 tháng đầu năm"), not in a name quoted
        and not any(c.isdigit() for c in _QUOTED.sub("", text))
    )


def is_vietnamese_caption(units: list[Unit], index: int) -> bool:
    """One short sentence in Vietnamese, no figure, no quote, nobody speaking, between
    paragraphs and no item of a list: Vietnamese outlets write their paragraphs long, their
    captions so ("Du khách tham quan phố cổ Hội An (Quảng Nam)."), or a longer one saying
    who does what at the event ("Đồng chí X, Phó Chủ tịch UBND tỉnh phát biểu tại buổi làm
    việc")."""
    unit = units[index]
    text = unit.text
    words = text.split()
    # a paragraph ends its sentence; a caption of this length says so by not ending it
    scene = (
        len(words) <= MAX_VIETNAMESE_SCENE_WORDS
        and not text.endswith((".", "!", "?", "”", '"', ":"))
        and _AT_THE_EVENT.search(text) is not None
    )
    if speaks_at_event(unit) or echoes_a_paragraph(units, index):
        return True
    if is_ceremony_scene(unit):
        return True
    return (
        len(unit.lines) == 1
        and (
            scene or (len(words) <= MAX_VIETNAMESE_CAPTION_WORDS and text.endswith("."))
        )
        and not in_a_list(units, index)
        and ". " not in text[:-1]
        and not any(c.isdigit() for c in _PARTIES.sub("", text))
        and not any(mark in text for mark in '"“”')
        and sum(not w.isascii() for w in words) >= len(words) / 2
        and VIETNAMESE_LETTER.search(text) is not None
        and HANGUL.search(text) is None  # Korean glossing "(Hà Nội)" is Korean
        and _REPORTED.search(text) is None
        and VIETNAMESE_STATED.search(text) is None
    )


# "Quang cảnh buổi làm việc", "Toàn cảnh Đại hội …": the view of an event, a picture's
# subject (not "Quang cảnh kinh tế … đang thay đổi", "Khung cảnh hợp tác mới mở ra …": a
# story's figure of speech)
_OVERVIEW = re.compile(
    r"(?i:(?:Toàn|Quang|Khung) cảnh\s+(?:buổi|lễ|hội nghị|hội thảo|diễn đàn|sự kiện|"
    r"chương trình|cuộc|phiên|kỳ họp|lớp|đại hội))\b"
)
# "Lễ ký kết Hiệp định …", "Lễ khai mạc “Tuần văn hóa …”", "Tiết mục múa trong chương
# trình …": the ceremony or the act on stage a picture is of, named as a noun phrase (a
# story's sentence about it runs on to a verb: "Lễ khai mạc diễn ra …", "… được tổ chức")
_CEREMONY = re.compile(
    r"(?:Lễ (?:ký kết|ký|khai mạc|bế mạc|trao|công bố|kỷ niệm|ra mắt|khánh thành|khởi công|"
    r"đón|phát động|tổng kết|bàn giao|cắt băng|gắn biển|tuyên dương|tiếp nhận)|"
    r"Tiết mục|Màn (?:trình diễn|biểu diễn|múa))\s"
)
_SENTENCE_VERBS = re.compile(
    r"\b(?:diễn ra|được|là|có|thu hút|kéo dài|bắt đầu|kết thúc|cho biết|nhằm|để|đã|sẽ|"
    r"đang|vừa|trở thành|mang đến|mang lại|góp phần)\b"
)

MAX_CEREMONY_WORDS = 40  # an agreement's full name may run long
# what the ceremony is of, named: an agreement, a body, a week by its own name
# ("Lễ ký kết Hiệp định …", "Lễ khai mạc “Tuần văn hóa …”"); a story's sentence runs on
# from the ceremony to a verb or a common noun ("Lễ khai mạc tổ chức tại …", "Lễ khánh
# thành nhà máy mới … hôm 5/3.")
_NAME_OPENS = "“\"‘'«"
# a year or a period ("giai đoạn 2016-2020"), an edition ("lần thứ 5"): part of a name;
# any other figure is a day or a count a story tells ("tối 5/3", "hơn 500 khán giả")
_NAME_FIGURES = re.compile(r"\b(?:lần thứ \d{1,3}|\d{4}(?:\s?[-–]\s?\d{4})?)\b")


def _names_its_object(rest: str) -> bool:
    """What follows the ceremony's words opens with a name: a capital or a quote."""
    rest = rest.lstrip()
    return bool(rest) and (rest[0].isupper() or rest[0] in _NAME_OPENS)


def is_ceremony_scene(unit: Unit) -> bool:
    """One Vietnamese line naming the ceremony or the act on stage a picture is of, with
    no verb a sentence runs on to, no day and no count: "Lễ khai mạc “Những ngày văn hóa
    …”", "Lễ ký kết Hiệp định … giai đoạn 2016-2020." (its full stop only after what the
    ceremony is of named, by its own name or in quotes)."""
    text = unit.text
    ceremony = _CEREMONY.match(text)
    unquoted = _QUOTED.sub("", text)
    return (
        ceremony is not None
        and len(unit.lines) == 1
        and len(text.split()) <= MAX_CEREMONY_WORDS
        and ". " not in text
        # a sentence's full stop closes a name only ("Lễ ký kết Hiệp định … 2016-2020.")
        and (not text.endswith(".") or _names_its_object(text[ceremony.end() :]))
        and not any(c.isdigit() for c in _NAME_FIGURES.sub("", unquoted))
        and _SENTENCE_VERBS.search(unquoted) is None
        and _REPORTED.search(text) is None
    )


# "… nhân chuyến thăm và làm việc tại Việt Nam": the occasion, which a lead tells
_OCCASION = re.compile(r"\bnhân (?:dịp|chuyến|ngày)\b")


def _lead_repeats(units: list[Unit], index: int) -> bool:
    """A titled scene over a headed page's lead that the lead tells again, the one with
    the title named as the caption names them ("Chủ tịch UBND TP X tặng Bằng khen cho
    …" over "Trưa 11-10, Chủ tịch UBND TP X làm việc với …"), no occasion given: a
    lead summing up the story names why ("Thủ tướng X tiếp … nhân chuyến thăm …")."""
    text = units[index].text
    scene = _TITLED_SCENE.match(text)
    lead = units[index + 1].text
    return (
        scene is not None
        and _OCCASION.search(text) is None
        and len(lead.split()) > len(text.split())
        and text[: scene.start("act")].strip() in lead
    )


def opens_as_caption(units: list[Unit], index: int, headless: bool = True) -> bool:
    """The first line over the lead that is its picture's caption. On a headless page:
    someone speaking at the event ("Ông X, Trưởng đại diện …, phát biểu tại sự kiện …"),
    people placed in the picture doing what a picture shows ("Minister X (left) … shake
    hands with …"), one with a title giving or showing, no time, no tense ("Chủ tịch UBND
    TP X tặng Bằng khen cho …"); on a headed page, that one where the lead under it tells
    it again ("Trưa 11-10, Chủ tịch …"); on any page: the view of an event ("Quang cảnh
    buổi làm việc", "Quang cảnh Đại hội …") or its ceremony named ("Lễ ký kết …")."""
    unit = units[index]
    if index + 1 >= len(units) or not paragraph_like(units[index + 1]):
        return False  # the lead it stands over
    text = unit.text
    overview = (
        len(unit.lines) == 1
        and len(text.split()) <= MAX_VIETNAMESE_SCENE_WORDS
        and _OVERVIEW.match(text) is not None
        and _TOLD_VERBS.search(text) is None
    )
    return (
        overview
        or is_ceremony_scene(unit)
        or (is_titled_scene(unit) and (headless or _lead_repeats(units, index)))
        or (headless and (speaks_at_event(unit) or is_placed_scene(unit)))
    )
