"""A picture's caption run on after an archive copy's date, with its photo credit, is no
headline where the page's address spells another one in the page's own language and
words; the line stays among the article's dropped lines. A line without a credit is kept
as the headline (an edited headline, one whose address was cut short)."""

from __future__ import annotations

from dossier.clean.address_title import address_words, spells_start
from dossier.clean.cleaning import clean
from dossier.model import Metadata

LEAD = (
    "The festival is co-hosted by the provincial Department of Culture and the Korean "
    "Cultural Center, with the support of the People's Committee of Tam Ky."
)
SECOND = (
    "Nearly 300 artists from Quang Nam and the Republic of Korea take part in the "
    "festival, which opens on Friday and runs for a week."
)
URL = (
    "https://news.example.vn/culture/korean-festival-week-opens-in-quang-nam-91234.html"
)
CAPTION = "A lantern dance troupe performs at the festival (Photo: VNA)"


def _page(first: str, foot: str = "") -> str:
    return f" date 2021-04-07 {first}\n\n{LEAD}\n\n\n\n{SECOND}\n\n{foot}\n"


def _title(text: str, url: str | None = URL) -> str | None:
    return clean(text, "x", Metadata(url=url)).metadata.title


def test_a_credited_caption_run_on_after_the_archive_date_is_no_headline():
    article = clean(_page(CAPTION), "x", Metadata(url=URL))
    assert article.metadata.title is None
    assert [p.text for p in article.passages if p.kind == "paragraph"] == [LEAD, SECOND]
    # nothing lost: the caption is among the dropped lines
    assert any(d.line == 1 and d.text == CAPTION for d in article.dropped)


def test_a_credited_caption_run_on_is_no_headline_under_a_numbered_address():
    url = "https://en.example.vn/korean-festival-week-opens-in-quang-nam/245123.vnp"
    text = _page("Performance of a lantern dance at the festival (Photo: VNA)")
    assert _title(text, url) is None


def test_an_uncredited_line_run_on_stays_the_headline_and_is_not_lost():
    # a short line without a caption's credit is more often a reworked headline
    assert _title(_page("The lantern troupes of Tam Ky dance for Korea")) == (
        "The lantern troupes of Tam Ky dance for Korea"
    )
    edited = "Samsung picks Tam Ky for its new lantern factory"
    url = "https://news.example.vn/biz/samsung-to-build-new-plant-in-quang-nam-a88.html"
    assert _title(_page(edited), url) == edited


def test_a_headline_its_address_cut_short_stays():
    line = "Korea, Vietnam agree to expand cooperation in film, music and dance by 2030"
    url = "https://news.example.vn/culture/korea-vietnam-agree-to-expand-4471.html"
    assert _title(_page(line), url) == line
    assert spells_start(address_words(url), line)
    assert not spells_start(address_words(url), "Tam Ky hosts Korea, Vietnam week")


def test_a_headline_under_an_address_in_another_language_stays():
    # an English page under a Vietnamese address: the address's words are not the page's
    url = "https://news.example.vn/le-hoi-han-quoc-khai-mac-tai-quang-nam-91234.html"
    text = _page("Quang Nam hosts the lantern festival of Korean artists")
    assert _title(text, url) == "Quang Nam hosts the lantern festival of Korean artists"
    # the address printed on the page is no word of it
    printed = _page("Quang Nam hosts the lantern festival of Korean artists", url)
    assert _title(printed, url) == (
        "Quang Nam hosts the lantern festival of Korean artists"
    )
    # nor are the Vietnamese names of an English page: "Hoi An", "Le Han", "Da Nang"
    named = _page(
        "Quang Nam hosts the lantern festival of Korean artists",
        "Le Han Quoc of Da Nang said the festival will go to Hoi An, Tai Khai and Mac.",
    )
    assert (
        _title(named, url) == "Quang Nam hosts the lantern festival of Korean artists"
    )


def test_without_an_address_the_run_on_line_is_the_headline():
    assert _title(_page("The lantern dance troupe Moonrise"), None) == (
        "The lantern dance troupe Moonrise"
    )


def test_a_section_before_a_story_number_is_no_headline():
    url = "https://province.example.gov.vn/tin-tuc-su-kien/12345"
    text = (
        "Trang chủ | Tin tức sự kiện\n\nSáng 18/3, UBND tỉnh tiếp đoàn công tác của "
        "tỉnh bạn do ông Phó Tỉnh trưởng làm trưởng đoàn.\n\nTại buổi làm việc, hai bên "
        "trao đổi về hợp tác giáo dục và du lịch.\n"
    )
    assert _title(text, url) != "Tin tức sự kiện"
    headline = "Đoàn công tác tỉnh bạn thăm và làm việc tại Quảng Nam"
    url = "https://province.example.gov.vn/tin-tuc-hoat-dong-doi-ngoai/12345.html"
    page = f" date 2024-03-18 {headline}\n\nTrang chủ | Tin tức hoạt động đối ngoại\n\n"
    assert _title(page + text.split("\n\n", 1)[1], url) == headline


def test_a_numbered_last_part_leaves_the_words_before_it_when_asked():
    url = "https://en.example.vn/rok-city-hosts-lantern-week/247901.vnp"
    assert address_words(url, numbered=True) == [
        "rok",
        "city",
        "hosts",
        "lantern",
        "week",
    ]
    assert address_words("https://example.vn/news/247901", numbered=True) == ["news"]
    assert "hosts" not in address_words(url)  # a headline is not looked for by it
