"""Other stories listed at a page's foot under a heading ("NEWS SAME CATEGORY"), each a
headline and its teaser cut short, blank lines between them all: the list's, to the
page's end. Every text is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import HEAD, LAST, MORE, STORY, article_from_text, paragraphs, reasons

LISTED = [
    "NEWS SAME CATEGORY",
    "Busan port opens a new berth for Vietnamese container lines",
    "The port authority said on Friday that the new berth would take its first ships"
    " from Haiphong and Da Nang in the spring, doubling...",
    "Seoul fair draws coffee makers from the Central Highla",
]


def test_headlines_and_cut_teasers_by_turns_to_the_page_end_are_the_list():
    text = "\n\n".join([HEAD, STORY, MORE, LAST, *LISTED]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    why = reasons(article)
    assert all(why[line] == "related list" for line in LISTED[1:])


# a story paragraph that ends on "…" under a related box, the story going on below it
LISTING = "… Taekwondo shows, K-pop dance contests, Korean cooking classes…"
EXTRA = "Organisers expect about 20,000 visitors over the festival's three days."


def test_a_paragraph_ending_on_dots_under_a_box_stays_when_the_story_goes_on():
    aside = f"The festival will offer food stalls, crafts, {LISTING}"
    text = (
        "\n\n".join([HEAD, STORY, "Related news", LISTED[1], aside, MORE, EXTRA, LAST])
        + "\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, aside, MORE, EXTRA, LAST]


# a "Related news" box inside the story, its headlines one under another: the story
# goes on below it in a list cut with "..." and a short quote
BOXED = ["Port city signs a sister deal with Ulsan", "Two airlines add night flights"]
GOODS = "The new line will carry rice, coffee, pepper, cashew nuts, dragon fruit..."
QUOTE = "Tran Van Minh, the port's director, said: “The first ship leaves in June.”"


def test_the_story_under_a_box_of_headlines_stays_though_it_ends_on_dots():
    text = "\n\n".join([HEAD, STORY, "Related news", "\n".join(BOXED), GOODS, QUOTE])
    article = article_from_text(text + "\n")
    assert paragraphs(article) == [STORY, GOODS, QUOTE]


def test_a_quote_or_a_sign_off_under_a_last_paragraph_on_dots_is_no_listed_headline():
    # the box's one headline set apart, the story's last paragraph on "…", then a quote
    # that closes a sentence, or the writer's name: the story's, not a list's turns
    for tail in (QUOTE, "Minh Chau"):
        text = "\n\n".join([HEAD, STORY, "Related news", BOXED[0], GOODS, tail])
        article = article_from_text(text + "\n")
        assert GOODS in paragraphs(article)
        assert reasons(article).get(tail) != "related list"


def test_captions_under_a_read_also_box_with_one_headline_stay():
    # the box's one headline, then the story's pictures, their captions on no stop
    captions = [
        "The groundbreaking ceremony at the Nhon Hoi industrial zone (Photo: VNA)",
        "Binh Dinh leaders and Hanbit executives press the button (Photo: VNA)",
        "Workers prepare the site for the first assembly line (Photo: VNA)",
    ]
    listed = "Korea and Vietnam sign renewable energy cooperation pact"
    text = "\n\n".join(["Hanbit breaks ground", STORY, "Read also", listed, *captions])
    why = reasons(article_from_text(text + "\n"))
    assert all(why.get(line) != "related list" for line in captions)
