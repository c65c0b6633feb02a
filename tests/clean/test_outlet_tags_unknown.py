"""A story's tag in initials: a listed paper's initials name that paper (by any of its
spellings, "The" aside; of several, the one of the province whose portal carries it); a
staff reporter's tag ("(PV)", "(CTV)") on a paper's own site is that paper's; any other
tag stays, a wire's, a broadcaster's or a partner's, most of all on a portal."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.model import Metadata

VIET_STORY = (
    "Sáng 14/6, đoàn công tác của tỉnh đã làm việc với đại diện các doanh nghiệp "
    "Hàn Quốc về kế hoạch mở rộng nhà máy linh kiện trong năm tới.\n\n"
    "Hai bên thống nhất thành lập tổ công tác chung để theo dõi tiến độ dự án và "
    "báo cáo kết quả vào cuối năm.\n"
)
ENGLISH_STORY = (
    "The company said on Monday it would build a second plant in the north of the "
    "country next year, creating some two thousand jobs.\n\n"
    "Officials of both sides will meet again in May to sign the final agreement, "
    "the company added.\n"
)


def _outlet(text: str, url: str) -> str | None:
    return clean(text, "seeds/x.txt", Metadata(url=url)).metadata.outlet


PAPER = "https://tienphong.vn/doanh-nghiep-han-quoc-mo-rong-post1000001.tpo"


def _tagged(tag: str) -> str:
    return f"Doanh nghiệp Hàn Quốc mở rộng nhà máy\n\n{tag} - {VIET_STORY}"


def test_a_staff_reporter_s_tag_on_a_paper_s_site_is_the_paper_s():
    assert _outlet(_tagged("(PV)"), PAPER) == "Tiền Phong"
    assert _outlet(_tagged("(CTV)"), PAPER) == "Tiền Phong"


def test_a_wire_s_or_a_partner_s_tag_stays():
    for tag in ("KPL", "DPA", "KCNA", "TN", "HVT"):
        assert _outlet(_tagged(f"({tag})"), PAPER) == tag
    portal = "https://v.daum.net/v/20250312000000001"
    assert _outlet(_tagged("(KNN)"), portal) == "KNN"
    text = f"Busan signs a port deal\n\nSEOUL, March 12 (KCNA) -- {ENGLISH_STORY}"
    assert _outlet(text, "https://www.koreatimes.co.kr/www/nation/1.html") == "KCNA"


def test_a_listed_paper_s_initials_name_it():
    assert _outlet(_tagged("(NLĐ)"), PAPER) == "Người Lao Động"
    # by its name in Vietnamese, listed as another spelling
    assert _outlet(_tagged("(NNVN)"), PAPER) == "Vietnam Agriculture"
    text = f"Battery maker expands\n\nSEOUL (KED) -- {ENGLISH_STORY}"
    assert (
        _outlet(text, "https://theinvestor.vn/a-d1.html") == "The Korea Economic Daily"
    )


def test_a_province_s_portal_keeps_its_own_paper():
    url = "https://www.quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1"
    assert _outlet(_tagged("(BQN)"), url) == "Báo Quảng Ninh"


def test_a_tag_the_site_s_label_spells_or_the_list_knows_stays():
    text = f"Doanh nghiệp Hàn Quốc mở rộng nhà máy\n\n(QRX) - {VIET_STORY}"
    assert _outlet(text, "https://qrx.world/vi/tin-12.html") == "QRX"
    text = f"Doanh nghiệp Hàn Quốc mở rộng nhà máy\n\n(TTXVN) - {VIET_STORY}"
    url = "https://ketnoiviet.vn/doanh-nghiep-han-quoc-mo-rong-1234.html"
    assert _outlet(text, url) == "Vietnam News Agency"
