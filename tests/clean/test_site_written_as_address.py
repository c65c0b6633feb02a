"""A site's name written as its address, in the page's own capitals: "ThienNhien.Net – …"
opening the story, "Posted by Vietnam-Evisa.Org": the outlet is the name so written."""

from __future__ import annotations

import pytest
from dossier.clean.metadata import outlets
from dossier.clean.site_names import address_outlet, site_named


@pytest.mark.parametrize(
    ("url", "text", "outlet"),
    [
        (
            "https://www.greenleaf.net/2017/03/30/a/",
            "GreenLeaf.Net – Hai bên ký thỏa thuận hợp tác về môi trường.",
            "GreenLeaf.Net",
        ),
        (
            "https://www.green-leaf.org/news/a.html",
            "Posted by Green-Leaf.Org on May 06, 2022",
            "Green-Leaf.Org",
        ),
        # the address in its own small letters: the name before it
        (
            "https://www.greenleaf.vn/a/",
            "The two sides met. Posted by Greenleaf.vn on May 06, 2022",
            "Greenleaf",
        ),
        # another site's address after the name: not this site's
        (
            "https://www.greenleaf.net/a/",
            "Posted by GreenLeaf.Org on May 6",
            "GreenLeaf",
        ),
    ],
)
def test_a_name_written_as_the_sites_address_is_its_outlet(url, text, outlet):
    assert site_named(url, text) == outlet


def test_a_story_opened_by_the_sites_address_names_its_outlet():
    text = (
        "Hai thành phố mở văn phòng chung\n\n"
        "GreenLeaf.Net – Hai bên ký thỏa thuận hợp tác về môi trường vào sáng nay.\n"
    )
    url = "https://www.greenleaf.net/2017/03/30/a/"
    assert address_outlet(url, text, outlets()) == "GreenLeaf.Net"
