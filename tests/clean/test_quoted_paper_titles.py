"""A paper's title in quotes after its series number, its author after it
(``headline_parts.unwrapped``): lines written for the shape, never a page's."""

from __future__ import annotations

import pytest
from dossier.clean.headline_parts import headline_part

TITLE = "Ports and People: Busan's Ties with the Mekong Delta"


@pytest.mark.parametrize(
    "line",
    [f"2024/12 “{TITLE}” by Kim Min-ji", f'"{TITLE}" by Kim Min-ji'],
)
def test_the_quoted_title_is_the_headline(line):
    part = headline_part(line)
    assert part is not None and part[0] == TITLE


def test_quoted_speech_by_nobody_named_stays_whole():
    assert headline_part("“We will open the office soon,” said the mayor") is None
