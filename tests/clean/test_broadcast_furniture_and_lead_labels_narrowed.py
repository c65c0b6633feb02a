"""Where a broadcast's furniture and a lead's bracketed label are not what they look
like: a column's first-person lead, an album's tracklist, a speaker's name and age, an
interview's stage direction, a place and its day in brackets. Every text is invented."""

from __future__ import annotations

from builders import HEAD, LAST, MORE, STORY, article_from_text, paragraphs, reasons
from dossier.clean.lead_labels import bracketed_label


def test_a_columns_first_person_lead_is_no_programme_line():
    for lead in (
        "This is my third spring in Busan. I'm still lost at the fish market.",
        "Welcome to Sa Pa, the town where the fog never lifts. I'm not exaggerating.",
    ):
        text = "\n\n".join([HEAD, lead, STORY, MORE, LAST]) + "\n"
        assert paragraphs(article_from_text(text)) == [lead, STORY, MORE, LAST]


def test_song_titles_in_a_tracklist_are_no_players_controls():
    tracks = ["- Morning in Hue", "- Pause", "- Play", "- Quiet Harbour"]
    text = "\n\n".join([HEAD, STORY, "The album's songs are:", "\n".join(tracks), LAST])
    kept = paragraphs(article_from_text(text + "\n"))
    assert "Pause" in kept and "Play" in kept


def test_a_lone_control_word_on_a_broadcast_page_stays_away_from_the_player():
    # a transcript, and a list item "Play" far from its player: a list's word, no control
    turns = [
        "HOST: Good evening, and welcome to a programme about the two countries' ties.",
        "REPORTER: The festival opened on Saturday with dancers from both countries.",
    ]
    items = ["- Dance", "- Play", "- Sing"]
    text = "\n\n".join(
        [HEAD, *turns, "The children could choose:", "\n".join(items), LAST]
    )
    assert "Play" in paragraphs(article_from_text(text + "\n"))


def test_a_speakers_name_and_age_opening_the_lead_stays():
    voices = [
        "(Park Ji-woo, 27) – I came to Da Nang to teach Korean and stayed for the sea.",
        "(Tran Minh Duc, 45) – I sell coffee to Korean tourists every single morning.",
    ]
    text = "\n\n".join([HEAD, *voices, LAST]) + "\n"
    assert paragraphs(article_from_text(text))[:2] == voices


def test_a_stage_direction_is_no_section_label():
    # (the page's outlet-tag rules, read before this one, are another matter)
    lead = "(Laughs) — Thank you all for coming to the opening of our office in Hue."
    assert bracketed_label(lead) is None


def test_a_place_and_its_day_in_brackets_are_the_leads_dateline():
    lead = "(Đà Nẵng, 3/9) - Chiều nay, thành phố đã khai trương văn phòng hợp tác mới."
    text = "\n\n".join([HEAD, lead, MORE, LAST]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article)[0].startswith("Chiều nay, thành phố")
    assert reasons(article)["(Đà Nẵng, 3/9) -"] == "dateline"
    assert article.metadata.dateline == "Đà Nẵng"


def test_a_label_followed_by_small_letters_stays():
    lead = "(tin tổng hợp) - ở nhiều tỉnh, giá cà phê đã tăng mạnh trong tháng qua."
    text = "\n\n".join([HEAD, lead, MORE, LAST]) + "\n"
    assert paragraphs(article_from_text(text))[0] == lead
