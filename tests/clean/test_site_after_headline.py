"""A browser's page title pasted as the headline: the headline, then a dash or a bar and
the site's name. The headline is the title; a dash inside a headline stays."""

from __future__ import annotations

import pytest
from builders import article_from_text

STORY = (
    "A group of port operators from Busan visited the southern coast on Monday to study "
    "a container terminal that has stood unfinished for two years."
)
MORE = "The delegation met the terminal's owners and the provincial authorities."


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Busan port operators study a southern terminal – VnExpress International",
            "Busan port operators study a southern terminal",
        ),
        (
            "Busan port operators study a southern terminal | Yonhap",
            "Busan port operators study a southern terminal",
        ),
        # no listed site after the dash: the headline's own dash
        (
            "Korea, Vietnam - partners in a changing region",
            "Korea, Vietnam - partners in a changing region",
        ),
    ],
)
def test_a_site_after_the_headline_is_no_part_of_it(line, title):
    article = article_from_text(f"{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == title
