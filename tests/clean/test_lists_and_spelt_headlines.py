"""Lists, headlines an address spells, and other layouts met on unseen pages.

Every text here is made up; each keeps only the shape a family of real pages shares."""

from __future__ import annotations

from builders import (
    LAST,
    MORE,
    STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
)
from dossier.model import SUBHEADING

SIGNED = (
    "Chiều 12/3, đại diện các hội đoàn đã ký kết biên bản ghi nhớ hợp tác giữa các bên "
    "tham dự, gồm:"
)
CLOSING = "Các bên cam kết sẽ phối hợp chặt chẽ trong thời gian tới."
LEAD = (
    "Ngày 1/7, nhà trường tổ chức lễ hội giao lưu văn hóa Việt – Hàn với sự tham gia của "
    "hàng trăm sinh viên hai nước."
)


def _kinds(article) -> dict[str, str]:
    return {p.text: p.kind for p in article.passages}


def test_items_numbered_in_turn_are_story_text_not_subheadings():
    items = [
        "1. Hội Sinh viên.",
        "2. Hội Doanh nghiệp tại Hàn Quốc",
        "3. Hội Từ thiện.",
    ]
    text = "Các hội đoàn gặp mặt\n\n" + "\n\n".join([SIGNED, *items, CLOSING]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [SIGNED, *items, CLOSING]


def test_items_dashed_alike_are_story_text_without_their_dash():
    items = ["Hiệp hội Lặn Hàn Quốc", "Trường Đại học Hùng Vương", "Ngân hàng Bắc Á"]
    body = "\n\n".join(f"- {item}" for item in items)
    text = f"Các hội đoàn gặp mặt\n\n{SIGNED}\n\n{body}\n\n{CLOSING}\n"
    assert paragraphs(article_from_text(text)) == [SIGNED, *items, CLOSING]


def test_numbered_headings_between_paragraphs_stay_subheadings():
    text = (
        f"Two cities sign a pact\n\n{STORY}\n\n1. Background\n\n{MORE}\n\n"
        f"2. What comes next\n\n{LAST}\n"
    )
    kinds = _kinds(article_from_text(text))
    assert kinds["1. Background"] == SUBHEADING
    assert kinds["2. What comes next"] == SUBHEADING


def test_a_caption_under_its_alt_text_without_the_full_stop_is_one_caption():
    caption = (
        "Trình diễn trang phục truyền thống của Hàn Quốc tại lễ hội giao lưu văn hóa "
        "do nhà trường tổ chức ngày 1/7"
    )
    text = (
        f"Lễ hội giao lưu văn hóa Việt - Hàn\n\n{LEAD}\n\n{SIGNED}\n\n{caption}\n\n"
        f"{caption}.\n\n"
        f"{CLOSING}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [LEAD, SIGNED, CLOSING]
    assert captions(article) == [caption]


def test_a_paragraph_opening_on_a_hyphenated_name_is_no_other_story():
    """ "CJ-CGV had …": a dash with no space on either side joins a name's parts; a
    paragraph opening on it is story, not another story's lead tagged "CJ -"."""
    later = (
        "CJ-CGV had previously announced plans to expand into the region and opened a "
        "representative office in the city in February."
    )
    text = f"Cinema chain buys a rival\n\n{STORY}\n\n{later}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [STORY, later, MORE]


def test_a_headline_written_as_a_sentence_is_the_one_the_address_spells():
    """A page with no headline above its story but its first line, a sentence with a
    full stop, whose words the address spells: the headline, not paragraph 1."""
    head = "Chủ tịch UBND tỉnh làm việc với đoàn công tác của cơ quan hợp tác Hàn Quốc."
    url = (
        "https://www.example.vn/kinh-te/320364/chu-tich-ubnd-tinh-lam-viec-voi-doan-"
        "cong-tac-cua-co-quan-hop-tac-han-quoc-.html"
    )
    article = article_from_text(f"{head}\n{LEAD}\n{CLOSING}\n", url=url)
    assert article.title == head.removesuffix(".")
    assert paragraphs(article) == [LEAD, CLOSING]


def test_a_sentence_the_address_does_not_spell_stays_the_lead():
    url = "https://www.example.vn/kinh-te/320364/doan-cong-tac-han-quoc-tham-tinh.html"
    article = article_from_text(f"{LEAD}\n{CLOSING}\n", url=url)
    assert paragraphs(article) == [LEAD, CLOSING]


def test_a_sections_name_between_the_headline_and_the_story_is_no_paragraph():
    for label in ("Exhibition News", "World News"):
        text = f"Cinema chain buys a rival\n\n{label}\n\n{STORY}\n\n{MORE}\n"
        article = article_from_text(text)
        assert paragraphs(article) == [STORY, MORE]
        assert reasons(article)[label] == "section label"
