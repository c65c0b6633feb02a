"""A Vietnamese province's own portals named as their editors name them."""

import pytest
from builders import article_from_text
from dossier.clean.metadata import outlets
from dossier.clean.site_names import address_outlet

VI_PAGE = (
    "Chủ tịch UBND tỉnh Bình Định tiếp đoàn doanh nghiệp Hàn Quốc tại Quy Nhơn. "
    "Tỉnh Bình Định mong muốn thu hút thêm đầu tư."
)
EN_PAGE = (
    "Leaders of Can Tho city received a delegation from a Korean province on Monday."
)
HA_NAM_PAGE = "Lãnh đạo tỉnh Hà Nam tiếp đoàn doanh nghiệp Hàn Quốc."
KO_PAGE = "베트남 빈딘성 인민위원장이 한국 기업 대표단을 접견했다."


@pytest.mark.parametrize(
    ("url", "text", "outlet"),
    [
        # the place with the marks the page gives it
        (
            "https://binhdinh.gov.vn/tin/1",
            VI_PAGE,
            "Cổng thông tin điện tử tỉnh Bình Định",
        ),
        ("https://media.cantho.gov.vn/en/1", EN_PAGE, "Can Tho City Portal"),
        ("https://en-us.thanhhoa.gov.vn/a", EN_PAGE, "Thanh Hoa Province Portal"),
        # a department by the letters of its address
        ("https://songv.binhdinh.gov.vn/a", VI_PAGE, "Sở Ngoại vụ tỉnh Bình Định"),
        (
            "https://sct.travinh.gov.vn/a",
            EN_PAGE,
            "Tra Vinh Department of Industry and Trade",
        ),
        # a Korean page's portal is left for the editor; so are an unknown department's
        # and an unlisted place's
        ("https://binhdinh.gov.vn/tin/1", KO_PAGE, None),
        ("https://xyz.binhdinh.gov.vn/a", VI_PAGE, None),
        ("https://example.gov.vn/a", VI_PAGE, None),
        # a ministry's is named from the table of official sites (official_sites.yml)
        ("https://most.gov.vn/a", VI_PAGE, "Bộ Khoa học và Công nghệ"),
        # the Vietnamese province, not Korea's city of the same letters
        ("https://hanam.gov.vn/a", HA_NAM_PAGE, "Cổng thông tin điện tử tỉnh Hà Nam"),
        # a city within a province: no province's portal
        ("https://nhatrang.gov.vn/a", VI_PAGE, None),
        # a province whose name is no Vietnamese syllables (Ê Đê words)
        (
            "https://daklak.gov.vn/a",
            "Tỉnh Đắk Lắk tiếp đoàn.",
            "Cổng thông tin điện tử tỉnh Đắk Lắk",
        ),
        (
            "https://songv.hochiminhcity.gov.vn/a",
            EN_PAGE,
            "Ho Chi Minh City Department of Foreign Affairs",
        ),
        ("https://hochiminhcity.gov.vn/a", EN_PAGE, "Ho Chi Minh City Portal"),
        ("https://hue.gov.vn/a", EN_PAGE, "Hue City Portal"),
    ],
)
def test_a_provinces_portal_by_what_it_is(url, text, outlet):
    assert address_outlet(url, text, outlets()) == outlet


def test_a_portals_initials_in_its_tag_are_the_portal():
    # "(CTTĐTBĐ) - …": the portal's initials, "tỉnh" left out
    text = (
        f"Tiếp đoàn Hàn Quốc\n\n(CTTĐTBĐ) - {VI_PAGE}\n\nHai bên trao đổi về hợp tác.\n"
    )
    article = article_from_text(text, url="https://binhdinh.gov.vn/tin/2")
    assert article.metadata.outlet == "Cổng thông tin điện tử tỉnh Bình Định"
