"""Agreements in lower case with the field of their topic, a letter of intent or a joint
statement ("an MOU on cooperation in the field of public health"); the Asian Games in
Vietnamese ("Đại hội thể thao châu Á 2030"); and an urban development named as a town
("the Long Thanh Eco Smart City complex"), an initiative (recognize/candidates/
lowercase.py, vietnamese_heads.py, development_names.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.lowercase import lower_case_names
from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _, _ in lower_case_names(text)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The ministers signed an MOU on cooperation in the field of public health "
            "between the two ministries.",
            "MOU on cooperation in the field of public health",
        ),
        (
            "Today a trilateral memorandum of understanding on port logistics and trade "
            "has been signed.",
            "trilateral memorandum of understanding on port logistics and trade",
        ),
        (
            "The two cities signed a letter of intent on youth exchange.",
            "letter of intent on youth exchange",
        ),
        (  # "out to 2035": when it runs, none of its topic
            "The armies concluded a joint vision statement for naval cooperation out to "
            "2035.",
            "joint vision statement for naval cooperation",
        ),
    ],
)
def test_an_agreement_with_its_field_or_kind(sentence, name):
    assert names(sentence) == [(name, "agreements")]


def test_a_joint_statement_needs_a_topic():
    assert names("They adopted a joint statement on Monday.") == []


def test_the_asian_games_in_vietnamese_are_an_event():
    text = (
        "Đội tuyển giành hạng 3 tại Đại hội thể thao châu Á 2030 (Asiad 21), năm sau."
    )
    assert ("Đại hội thể thao châu Á 2030", "events") in [
        (n, k) for n, k, _, _ in vietnamese_names(text)
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The group will build the Long Thanh Eco Smart City complex near the airport.",
            "Long Thanh Eco Smart City",
        ),
        ("The Eco Smart City is due in 2030.", "Eco Smart City"),
        (  # the developer's possessive is none of the name
            "It won the bid for Hanwha’s Eco Smart City in Thu Duc.",
            "Eco Smart City",
        ),
        (
            "They discussed Cam Ranh Ecological City, a new port and more.",
            "Cam Ranh Ecological City",
        ),
        (
            "It will start the Northwest New Town development project.",
            "Northwest New Town",
        ),
    ],
)
def test_an_urban_development_named_as_a_town_is_an_initiative(sentence, name):
    assert names(sentence) == [(name, "initiatives")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates met at the Smart City forum.",  # no proper word of its own
        "Lotte Eco Smart City Thu Thiem opened.",  # a longer name, found whole
    ],
)
def test_no_development_without_its_own_name(sentence):
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (  # a long Vietnamese quote: a word is one to three syllables, each apart
            "Hai bên ra “Tuyên bố chung Việt Nam - Lào về quan hệ Đối tác hợp tác toàn "
            "diện trong giai đoạn mới”.",
            "Tuyên bố chung Việt Nam - Lào về quan hệ Đối tác hợp tác toàn diện trong "
            "giai đoạn mới",
        ),
        (  # a partnership in quotes, filed with the agreements
            "Quan hệ hai nước được nâng lên “đối tác chiến lược toàn diện” năm 2022.",
            "đối tác chiến lược toàn diện",
        ),
    ],
)
def test_a_quoted_vietnamese_agreement_or_partnership(sentence, name):
    assert (name, "agreements") in names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Công ty gặp các “đối tác” của mình.",
        "Hàn Quốc là “đối tác tin cậy nhất” của tỉnh.",  # the most trusted partner
    ],
)
def test_partners_in_quotes_are_no_partnership(sentence):
    assert names(sentence) == []
