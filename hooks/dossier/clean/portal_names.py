"""A Vietnamese province's own portals named as their editors name them, for a page that
names its outlet nowhere: ``binhdinh.gov.vn`` → "Cổng thông tin điện tử tỉnh Bình Định"
(on a page in English "Binh Dinh Province Portal"), ``songv.quangtri.gov.vn`` → "Sở Ngoại
vụ tỉnh Quảng Trị". The place is spelt with the marks the page gives it, where it writes
it; a Korean page's portal is left for the editor to name."""

from __future__ import annotations

import re

from dossier.clean.address_words import marks, page_words
from dossier.clean.languages import is_latin_story
from dossier.places import listed_spellings

# a province's or a city's own portal: "binhdinh.gov.vn", "en.thanhhoa.gov.vn",
# "media.cantho.gov.vn"; or a department's: "songv.quangtri.gov.vn"
_PORTAL = re.compile(
    r"(?:(?:www|en|en-us|media|portal)\.|(?P<department>[a-z]{2,10})\.)?"
    r"(?P<place>[a-z]{3,20})\.gov\.vn"
)
# the cities run by the central government: a "thành phố", not a "tỉnh" (Huế since 2025)
_CITIES = frozenset(
    ["ha noi", "ho chi minh city", "hai phong", "da nang", "can tho", "hue"]
)
# the gazetteer's cities and towns that lie within a province (their portals are under the
# province's address) and other names of the centrally run cities
_NO_PROVINCE = frozenset(
    [
        "nha trang", "da lat", "ha long", "phu quoc", "hoi an", "quy nhon", "vinh",
        "buon ma thuot", "pleiku", "bien hoa", "thu duc", "vung tau", "hcmc",
        "hcm city", "sai gon",
    ]
)  # fmt: skip
# a province's departments by the letters of their addresses, in Vietnamese and English
_DEPARTMENTS = {
    "songv": ("Sở Ngoại vụ", "Department of Foreign Affairs"),
    "songoaivu": ("Sở Ngoại vụ", "Department of Foreign Affairs"),
    "sct": ("Sở Công Thương", "Department of Industry and Trade"),
    "skhcn": ("Sở Khoa học và Công nghệ", "Department of Science and Technology"),
    "skhdt": ("Sở Kế hoạch và Đầu tư", "Department of Planning and Investment"),
    "sovhtt": ("Sở Văn hóa và Thể thao", "Department of Culture and Sports"),
    "svhttdl": (
        "Sở Văn hóa, Thể thao và Du lịch",
        "Department of Culture, Sports and Tourism",
    ),
}


def portal_outlet(host: str, text: str) -> str | None:
    """The portal ``host`` is, named in the page's language, when it is a listed
    province's or city's own, or one of its departments'; None for any other site."""
    found = _PORTAL.fullmatch(host)
    if not found or not is_latin_story(text):  # a page in Korean
        return None
    spelt = listed_spellings().get(found["place"])
    department = found["department"]
    if spelt is None or (department and department not in _DEPARTMENTS):
        return None
    words = spelt.removesuffix(" city").split()
    if spelt in _NO_PROVINCE:
        return None  # a town or a city within a province
    page = page_words(text)
    place = " ".join(marks(words, page) or [w.capitalize() for w in words])
    city = spelt in _CITIES
    if department:
        vietnamese, english = _DEPARTMENTS[department]
        if page.in_vietnamese:
            return f"{vietnamese} {'thành phố' if city else 'tỉnh'} {place}"
        return f"{place}{' City' if spelt.endswith(' city') else ''} {english}"
    if page.in_vietnamese:
        return f"Cổng thông tin điện tử {'thành phố' if city else 'tỉnh'} {place}"
    return f"{place} {'City' if city else 'Province'} Portal"


def department_outlet(host: str, text: str) -> str | None:
    """A province's or city's department by its own site under the portal's address
    (``sovhtt.hanoi.gov.vn``): the department, not the portal it is under."""
    found = _PORTAL.fullmatch(host)
    return portal_outlet(host, text) if found and found["department"] else None
