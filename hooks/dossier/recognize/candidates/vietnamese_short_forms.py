"""A Vietnamese body's short form in brackets after its name: "Viện Khoa học Nông nghiệp
Việt Nam (VAAS)", "Hiệp hội doanh nghiệp Hàn Quốc tại Việt Nam (KOCHAM)", "Viện Khoa học
và Công nghệ Hàn Quốc (Viện KIST)". The initials are those of the body's English name
("Vietnam Academy of Agricultural Sciences"), so, as with a Korean name's ("한국국제협력단
(KOICA)"), their letters are not looked for in the Vietnamese name's: initials in brackets
right after a body's name in Vietnamese are its short form. Only a body's: "Dự án … (KOICA)"
credits the body that funds a project; nor a country's code ("(HQ)", two letters). The
name must end on a capital, as a whole one does ("… Hàn Quốc (KOCHAM)"): one that ends in
lower case may be cut in the middle ("Viện Giáo dục quốc tế trực (NIIED) thuộc …", directly
under), and its initials are then the better name."""

from __future__ import annotations

import re

from dossier.text import name_key, strip_marks

# "(VAAS)", "(Viện KIST)": initials of three letters or more, the name's head before them
# or not
_SHORT = re.compile(
    r"[ \t]*\((?:(?P<head>[^\W\d_]+)[ \t]+)?(?P<initials>[A-Z][A-Z0-9&]{2,9})\)"
)


def vietnamese_short_form(
    text: str, end: int, name: str, kind: str
) -> tuple[str, ...] | None:
    """The key of the short form in brackets right after ``end``, where a Vietnamese
    body's ``name`` (of ``kind``) ends, if the brackets hold one."""
    if kind != "organizations" or strip_marks(name) == name:
        return None  # a project's, a programme's; a name in English: its own letters
    if not name.split()[-1][:1].isupper():
        return None  # "Viện Giáo dục quốc tế trực": perhaps a scrap
    match = _SHORT.match(text, end)
    if match is None:
        return None
    if match["head"] and match["head"] != name.split()[0]:
        return None  # "(Hà Nội TV)": a place's, another body's
    return name_key(match.group().strip()[1:-1])
