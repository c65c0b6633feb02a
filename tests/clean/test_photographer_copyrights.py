"""A picture's credit written as a copyright line, the agency and then its photographer
("© VNA - Trần Thị Hoa"): no holder of the page's rights, so never the outlet (a person,
a picture agency). Every text is invented."""

from __future__ import annotations

from builders import VI_HEAD, VI_LAST, VI_MORE, VI_STORY, article_from_text
from dossier.clean.copyright import copyright_holder


def test_an_agency_and_its_photographer_hold_no_rights_to_the_page():
    assert copyright_holder("© TTXVN - Trần Thị Hoa") is None
    assert copyright_holder("© Sputnik / Lê Văn Nam") is None
    # the page's own holders stay
    assert copyright_holder("© 2024 Báo Biển Xanh") == "Báo Biển Xanh"
    assert copyright_holder("© Báo Biển Xanh - Trang tin điện tử") == (
        "Báo Biển Xanh - Trang tin điện tử"
    )


def test_a_photographers_credit_is_not_the_outlet():
    text = (
        f"{VI_HEAD}\n\nHai bên ký kết biên bản ghi nhớ tại Hà Nội.\n\n"
        f"© TTXVN - Trần Thị Hoa\n\n{VI_STORY}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    )
    article = article_from_text(text, url="https://tinbienxanh.vn/tin-1.html")
    assert "Trần Thị Hoa" not in (article.metadata.outlet or "")
