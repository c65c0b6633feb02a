"""A broadcast's web page: its audio player's controls and embed code, and the host's
programme line opening the transcript; a section's label in brackets opening the lead.
Every text is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import HEAD, LAST, MORE, STORY, article_from_text, paragraphs, reasons

EMBED = (
    '<iframe src="https://radio.example.org/player/embed/1234" width="100%"></iframe>'
)


def test_a_players_controls_and_embed_code_are_no_paragraphs():
    player = ["  • Download", f"  • {EMBED}", "  • Transcript"]
    text = "\n".join([HEAD, "", STORY, "", *player, "", MORE, "", LAST]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert all(
        reasons(article)[line.strip()] == "media player's controls" for line in player
    )


PROGRAMME = "From Harbour Radio English, this is Port Life. I'm Mai Lan in Da Nang."


def test_the_hosts_programme_line_opening_a_transcript_is_no_paragraph():
    text = "\n".join([PROGRAMME, STORY, MORE, LAST]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)[PROGRAMME] == "programme's opening"


def test_a_lead_that_says_more_than_the_programme_stays():
    lead = f"This is the first office of its kind. I'm told {STORY[4:]}"
    text = "\n\n".join([HEAD, lead, MORE, LAST]) + "\n"
    assert paragraphs(article_from_text(text)) == [lead, MORE, LAST]


def test_a_section_label_in_brackets_opening_the_lead_is_taken_off():
    text = "\n\n".join([HEAD, f"(25th Session) - {STORY}", MORE, LAST]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)["(25th Session) -"] == "section label"


def test_an_aside_in_brackets_inside_the_lead_stays():
    lead = f"(Officials declined to say more.) {STORY}"
    text = "\n\n".join([HEAD, lead, MORE, LAST]) + "\n"
    assert paragraphs(article_from_text(text))[0] == lead
