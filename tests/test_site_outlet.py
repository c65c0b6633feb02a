"""The outlet an article's address names: for `dossier add --url`, and for a seed whose
sidecar gives its address while its text names no outlet."""

from __future__ import annotations

import pytest
from builders import MORE, STORY
from dossier.clean.cleaning import clean
from dossier.clean.metadata import outlets
from dossier.clean.outlet_lines import site_outlet
from dossier.model import Metadata

HEAD = "Two port cities open a joint office for small firms"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://en.yna.co.kr/view/AEN20250101000100315", "Yonhap News Agency"),
        ("https://www.segye.com/newsView/20180315018313", "Segye Ilbo"),
        ("https://m.ajunews.com/amp/20160928071945236", "Aju Business Daily"),
        ("https://e.vnexpress.net/news/news/x-4800000.html", "VnExpress International"),
        ("http://www.kyeongin.com/article/1667533", "경인일보"),
        ("https://m.nocutnews.co.kr/news/amp/5827176", "노컷뉴스"),
        ("https://baonghean.vn/x-post270071.html", "Báo Nghệ An"),
        ("https://asia.nikkei.com/Business/x", "Nikkei Asia"),
        ("https://example.com/news/1", None),
        ("http://[::1", None),  # no address at all
    ],
)
def test_an_addresss_site_names_its_outlet_when_listed(url, outlet):
    assert site_outlet(url, outlets()) == outlet


def test_a_sidecars_address_names_the_outlet_the_text_does_not_name():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n"
    url = "https://en.yna.co.kr/view/AEN20250101000100315"
    article = clean(text, "seeds/x.txt", Metadata(url=url))
    assert article.metadata.outlet == "Yonhap News Agency"
    assert "outlet" in article.metadata.detected  # for the editor to confirm
    assert clean(text, "seeds/x.txt", Metadata()).metadata.outlet is None


def test_the_outlet_the_text_names_wins_over_the_addresss_site():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n— VNS\n"
    url = "https://en.yna.co.kr/view/AEN20250101000100315"
    assert (
        clean(text, "seeds/x.txt", Metadata(url=url)).metadata.outlet == "Việt Nam News"
    )


def test_the_sidecars_own_outlet_wins_over_both():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n— VNS\n"
    metadata = Metadata(url="https://en.yna.co.kr/view/1", outlet="Example Daily")
    assert clean(text, "seeds/x.txt", metadata).metadata.outlet == "Example Daily"
