"""A person set after a title and the body it heads, a comma between ("the chairman of
the Dorvan Trading Company, Pak Soo Min"): the title's holder, a leader, though the body
beside it is a list's neighbour whose head noun says organisation."""

from __future__ import annotations

import pytest
from builders import proposed_names
from dossier.recognize.candidates.lexicon import lexicon
from dossier.recognize.candidates.titled_holders import titled_holder


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The fund was set up with the support of the chairman of the Dorvan Trading "
            "Company, Pak Soo Min.",
            "Pak Soo Min",
        ),
        (
            "Few workers stay on, said the chief of the Department for Rural Crafts, "
            "Tran Ngoc Loc.",
            "Tran Ngoc Loc",
        ),
    ],
)
def test_the_holder_of_a_title_after_his_body_is_a_leader(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "leaders"


def test_a_body_after_a_title_s_body_stays_a_body(matcher):
    found = proposed_names(
        matcher,
        "She met the head of the Trade Promotion Agency, Dorvan Trading Company "
        "and two banks.",
    )
    assert found.get("Dorvan Trading Company") == "organizations"
    assert found.get("Trade Promotion Agency") == "organizations"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Tran Phu Street", "organizations"),
        ("Le Loi Ward", "organizations"),
        ("Ha Long Bay", "organizations"),
        ("Ho Guom Theatre", "organizations"),
        ("Ly Thai To Statue", "organizations"),
        ("Tran Quoc Pagoda", "organizations"),
        ("Park Hyatt Saigon", "organizations"),
        ("Hoang Anh Gia Lai", "organizations"),
        ("Ha Noi Electricity", "organizations"),
    ],
)
def test_a_listed_name_after_a_title_s_body_is_no_holder(matcher, name, kind):
    # a place or a firm whose first word is a surname, listed on after the body
    found = proposed_names(
        matcher,
        f"The chairman of the Dorvan Trading Company, {name} and two banks met on "
        "Monday.",
    )
    assert found.get(name) != "leaders"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The chairman of Hoa Phat Group, Hoang Anh Gia Lai and Vinamilk joined "
            "the forum.",
            "Hoang Anh Gia Lai",
        ),
        (
            "The president of Samsung Electronics, Lee Kun-hee Foundation and the "
            "Ho-Am Prize committee spoke.",
            "Lee Kun-hee Foundation",
        ),
        (
            "The head of the Korea Tourism Organization, Park Hyatt Saigon and Lotte "
            "Hotel signed the pact.",
            "Park Hyatt Saigon",
        ),
    ],
)
def test_a_list_going_on_after_a_title_s_body_holds_no_title(matcher, text, name):
    assert proposed_names(matcher, text).get(name) != "leaders"


def test_a_name_headed_as_a_kind_holds_no_title_before_a_comma(matcher):
    found = proposed_names(
        matcher,
        "The president of Samsung Electronics, Lee Kun-hee Foundation, gave a prize.",
    )
    assert found.get("Lee Kun-hee Foundation") != "leaders"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "She thanked the Minister of Industry and Trade, Nguyen Hong Dien, and the "
            "Minister of Finance, Ho Duc Phoc.",
            "Nguyen Hong Dien",
        ),
        (
            "She thanked the Minister of Industry and Trade, Nguyen Hong Dien, and the "
            "Minister of Finance, Ho Duc Phoc.",
            "Ho Duc Phoc",
        ),
        (
            "The chief of the Dorvan Trading Company, Pak Soo Min said the plant "
            "would open.",
            "Pak Soo Min",
        ),
    ],
)
def test_a_holder_set_off_by_a_comma_a_stop_or_said_is_a_leader(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "leaders"


def test_a_clause_after_a_title_is_no_body():
    # "the chief of Hanoi Police arrived," is a clause: its subject, not a body
    text = "When the chief of Hanoi Police arrived, Tran Van Hung fled."
    start = text.index("Tran")
    assert not titled_holder(text, start, start + len("Tran Van Hung"), lexicon())


def test_the_title_is_the_last_of_before_the_body():
    # "head of" is the title; "the Dorvan Trading Company" after "members of" is not
    # the body a holder follows, and no title stands before "members of"
    text = "The head of two members of the Dorvan Trading Company, Pak Soo Min, spoke."
    start = text.index("Pak")
    assert not titled_holder(text, start, start + len("Pak Soo Min"), lexicon())
