"""A name whose initials in brackets spell it across its "and" is one name: the pieces
the finder parts at "and" give way to it ("Skills Training and Research for Youth
(STRY)"); initials that do not spell the words keep them apart."""

from __future__ import annotations

from builders import proposed_names


def test_initials_spell_the_name_over_and(matcher):
    names = proposed_names(
        matcher,
        "The province signed a plan on the Skills Training and Research for Youth "
        "(STRY) with the donor last week.",
    )
    assert "Skills Training and Research for Youth" in names
    assert "Skills Training" not in names
    assert "Research for Youth" not in names


def test_initials_of_one_side_keep_the_two(matcher):
    names = proposed_names(
        matcher,
        "Delegates from Minh Phat Trading and Green Harbor Logistics (GHL) met in "
        "Hanoi.",
    )
    assert not any(name.startswith("Minh Phat Trading and") for name in names)


def test_initials_never_read_across_a_comma(matcher):
    names = proposed_names(
        matcher,
        "The fair was funded by Lotus Airways, Orchid Air and the Travel Promotion "
        "Board (LAOATPB) in May.",
    )
    assert not any(name.startswith("Lotus Airways,") for name in names)
    assert "Travel Promotion Board" in names


def test_two_firms_with_a_joint_short_form_stay_two(matcher):
    names = proposed_names(
        matcher,
        "Managers from Kumho Logistics and Saigon Shipping (KLSS) met the port board.",
    )
    assert "Kumho Logistics" in names
    assert "Saigon Shipping" in names
    assert "Kumho Logistics and Saigon Shipping" not in names
