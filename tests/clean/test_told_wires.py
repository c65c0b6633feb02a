"""A world wire's copy on a site that carries it without its credit: the story's sources
speak to the wire's reporter ("…, he told AFP."). Every text here is invented."""

from __future__ import annotations

from builders import LAST, MORE, STORY, article_from_text

HEAD = "Island ferry line resumes with visitors from Busan"
SITE = "https://www.example-asia-news.com/asia/island-ferry-line-resumes-1234"
QUOTE = '"We waited two years for this day," the ferry captain told AFP.'
AGAIN = '"The harbour feels alive again," a hotel manager told AFP on Sunday.'


def test_a_story_whose_sources_speak_to_the_wire_twice_is_its_copy():
    text = f"{HEAD}\n\n{STORY}\n\n{QUOTE}\n\n{MORE}\n\n{AGAIN}\n\n{LAST}\n"
    assert article_from_text(text, url=SITE).metadata.outlet == "AFP"


def test_a_paper_citing_the_wire_once_keeps_its_own_site():
    text = f"{HEAD}\n\n{STORY}\n\n{QUOTE}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text, url=SITE).metadata.outlet != "AFP"


def test_a_credited_outlet_outranks_the_wire_its_sources_spoke_to():
    text = f"{HEAD}\n\n{STORY}\n\n{QUOTE}\n\n{MORE}\n\n{AGAIN}\n\n{LAST}\n\n(Yonhap)\n"
    assert article_from_text(text, url=SITE).metadata.outlet == "Yonhap News Agency"
