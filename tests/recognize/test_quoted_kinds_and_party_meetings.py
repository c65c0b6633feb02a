"""Events and initiatives written in lower case after the two parties' names ("a
Laos-Korea university student forum"), and names in quotes that the word for their kind
introduces ("an event entitled “Hello Busan”", "Dự án “Trồng rừng ven biển Quảng Trị”";
recognize/candidates/lowercase.py, quoted_kinds.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.lowercase import lower_case_names


def names(text: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _, _ in lower_case_names(text)]


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Students joined a Laos-Korea university student forum last week.",
            "Laos-Korea university student forum",
            "events",
        ),
        (
            "A Thailand-Korea literature conference opened in Hue.",
            "Thailand-Korea literature conference",
            "events",
        ),
        (  # an ordinal numbers the meeting: the edition, which the name goes without
            "The ministers held the 3rd Korea-Laos environmental ministerial meeting.",
            "Korea-Laos environmental ministerial meeting",
            "events",
        ),
        (
            "He opened the 7th annual Vietnam-ROK strategic defense dialogue in Seoul.",
            "annual Vietnam-ROK strategic defense dialogue",
            "events",
        ),
        (  # topics joined by a dash
            "Cities met at the Vietnam-RoK trade-investment promotion forum in June.",
            "Vietnam-RoK trade-investment promotion forum",
            "events",
        ),
        (  # the parties spaced around the dash, then capitalised words
            "There will be a South Korea - Laos Grand Chef competition on Sunday.",
            "South Korea - Laos Grand Chef competition",
            "events",
        ),
    ],
)
def test_the_parties_then_a_meeting_in_lower_case(sentence, name, kind):
    assert names(sentence) == [(name, kind)]


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Visitors can tour the country at an event entitled “Hello Busan” this week.",
            "Hello Busan",
            "events",
        ),
        (
            "It was the second day of a “Korea friendship walk” event in Hue.",
            "Korea friendship walk",
            "events",
        ),
        (
            "Đoàn khảo sát Dự án “Trồng rừng ven biển tỉnh Quảng Trị” hôm qua.",
            "Trồng rừng ven biển tỉnh Quảng Trị",
            "initiatives",
        ),
        (
            "Thông tin được đưa ra tại hội thảo “Kết nối Du lịch Busan 2026”, ngày 3/4.",
            "Kết nối Du lịch Busan 2026",
            "events",
        ),
        (  # a festival's head opening the quote: the quote is the name, to its end
            "Sẽ diễn ra “Ngày hội văn hóa Việt - Hàn tại Huế năm 2026” ở phố đi bộ.",
            "Ngày hội văn hóa Việt - Hàn tại Huế năm 2026",
            "initiatives",
        ),
    ],
)
def test_a_quoted_name_its_kind_introduces(sentence, name, kind):
    assert (name, kind) in names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        'The project "will help farmers," he said.',  # speech
        'He said the programme "works".',  # one word in lower case
        "The forum “was a great success.”",
        # Vietnamese describes a noun after it: the project's background, no name
        "‘Lý lịch’ dự án 500 tỷ của công ty",
        # the parties alone, or words that name no topic, before the kind
        "Leaders will meet at the Korea-Vietnam summit in Hanoi.",
        "Officials said the Hanoi-Busan flights fair opened.",
    ],
)
def test_no_name_from_speech_or_a_bare_meeting(sentence):
    assert names(sentence) == []
