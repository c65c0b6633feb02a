"""A story's tag in initials that outlets.yml does not list and the site's address does
not spell ("(HVT) - " on a page of tienphong.vn: a section's or a sister title's tag) is
no outlet a reader could find: the site publishing the page is. A tag the list knows, or
the site's own label in capitals, stays the outlet."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.model import Metadata

VIET_STORY = (
    "Sáng 14/6, đoàn công tác của tỉnh đã làm việc với đại diện các doanh nghiệp "
    "Hàn Quốc về kế hoạch mở rộng nhà máy linh kiện trong năm tới.\n\n"
    "Hai bên thống nhất thành lập tổ công tác chung để theo dõi tiến độ dự án và "
    "báo cáo kết quả vào cuối năm.\n"
)


def _outlet(text: str, url: str) -> str | None:
    return clean(text, "seeds/x.txt", Metadata(url=url)).metadata.outlet


def test_an_unknown_tag_gives_way_to_a_listed_site():
    text = f"Doanh nghiệp Hàn Quốc mở rộng nhà máy\n\n(HVT) - {VIET_STORY}"
    url = "https://tienphong.vn/doanh-nghiep-han-quoc-mo-rong-post1000001.tpo"
    assert _outlet(text, url) == "Tiền Phong"


def test_an_unknown_tag_gives_way_to_the_site_the_address_names():
    text = f"Doanh nghiệp Hàn Quốc mở rộng nhà máy\n\nMKT - {VIET_STORY}"
    url = "https://ketnoiviet.vn/doanh-nghiep-han-quoc-mo-rong-1234.html"
    assert _outlet(text, url) == "Ket Noi Viet"


def test_a_tag_the_site_s_label_spells_or_the_list_knows_stays():
    text = f"Doanh nghiệp Hàn Quốc mở rộng nhà máy\n\n(QRX) - {VIET_STORY}"
    assert _outlet(text, "https://qrx.world/vi/tin-12.html") == "QRX"
    text = f"Doanh nghiệp Hàn Quốc mở rộng nhà máy\n\n(TTXVN) - {VIET_STORY}"
    url = "https://ketnoiviet.vn/doanh-nghiep-han-quoc-mo-rong-1234.html"
    assert _outlet(text, url) == "Vietnam News Agency"
