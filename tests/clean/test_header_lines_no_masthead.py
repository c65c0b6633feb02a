"""Lines over a headline that look like a name and are no outlet's masthead: a person
addressed by a title ("Mr. Kim Do Hyun", an expert's column), a share menu's item ("Send
to"), a field and its value ("Position: Trade Specialist"). The page's outlet is then the
one its address or its text names, or none."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.model import Metadata

HEADLINE = "Port city opens a training centre for young farmers"
STORY = (
    "The two cities agreed on Monday to open a joint training centre for young "
    "farmers next spring, officials said after the signing.\n\n"
    "The centre will take forty trainees a year and share its teachers between "
    "the two cities, the agreement says.\n"
)


def _outlet(text: str, url: str | None = None) -> str | None:
    return clean(text, "seeds/x.txt", Metadata(url=url)).metadata.outlet


def test_a_share_menu_s_item_is_no_masthead():
    text = f"Send to\n\n{HEADLINE}\n\n{STORY}"
    url = "https://m.koreaherald.com/view.php?ud=20111114000001"
    assert _outlet(text, url) == "The Korea Herald"


def test_a_person_by_title_and_a_field_are_no_masthead():
    # an expert's column: the headline, the writer, his post and his body, then the story
    fields = "  Position: Trade Specialist\n  Organization: Trade Promotion Centre"
    writers = ("Mr. Kim Do Hyun", "Dr. Tran Van Minh", "Professor Lee Jae Won")
    for writer in (*writers, "Ambassador Park Noh Wan", "TS. Lê Văn Minh", "Ông Kim"):
        text = f"{writer}\n{fields}\n\n{HEADLINE}\n\n{STORY}"
        assert _outlet(text) is None, writer
        assert clean(text, "seeds/x.txt", Metadata()).metadata.title == HEADLINE


def test_a_masthead_with_its_slogan_after_a_colon_is_the_name():
    text = f"Hanriver: Korea Finance Daily\n\n{HEADLINE}\n\n{STORY}"
    assert _outlet(text) == "Hanriver"
