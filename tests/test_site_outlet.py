"""The outlet an article's address names, for `dossier add --url`."""

from __future__ import annotations

import pytest
from dossier.editorial.sidecar import site_outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://en.yna.co.kr/view/AEN20250101000100315", "Yonhap News Agency"),
        ("https://www.segye.com/newsView/20180315018313", "Segye Ilbo"),
        ("https://m.ajunews.com/amp/20160928071945236", "Aju Business Daily"),
        ("https://e.vnexpress.net/news/news/x-4800000.html", "VnExpress International"),
        ("https://example.com/news/1", None),
    ],
)
def test_an_addresss_site_names_its_outlet_when_listed(url, outlet):
    assert site_outlet(url) == outlet
