"""Where an organisation's name stops: before the person who heads it ("… Department of
Culture, Sports and Tourism Tran Van Binh"). Every text here is invented."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("cut"), ("cities", "seoul", "name: Seoul")
    )


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "Director of the Ninh Binh Department of Culture, Sports and Tourism "
            "Tran Van Binh opened the fair.",
            "Ninh Binh Department of Culture, Sports and Tourism",
            "Tran Van Binh",
        ),
        (
            "Deputy head of the Lang Son Department of Labour, Invalids and Social "
            "Affairs Hoang Thi Lan attended.",
            "Lang Son Department of Labour, Invalids and Social Affairs",
            "Hoang Thi Lan",
        ),
    ],
)
def test_a_body_of_fields_stops_before_its_head(matcher, text, body, person):
    found = proposed_names(matcher, text)
    assert found.get(body) == "organizations"
    assert found.get(person) == "leaders"
    assert not any(name.startswith(body) and name != body for name in found)
