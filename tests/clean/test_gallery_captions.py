"""Captions printed with neither credit nor mark, known by their place and their form: a photo
story's run of short present-tense sentences between long paragraphs, people named with a
participle ("X welcomed by Y"), the wires' placing letters ("X (L) and Y (R) pose …"), a
gesture of mourning, a post embedded in the page, an act on stage named in Vietnamese.
Sentences written for the shape, never a page's."""

from __future__ import annotations

from builders import article_from_text, captions, paragraphs, reasons

HEAD = "Tasting Korean street food in Da Nang"
LEAD = (
    "A fair of Korean street food opened in Da Nang last weekend, drawing thousands of "
    "residents and visitors to the riverside square, where dozens of stalls served dishes "
    "from several provinces of Korea until late in the evening."
)
MIDDLE = (
    "The fair was organised by the Korean consulate and the city's tourism department, "
    "which said they wanted to bring the two countries' kitchens closer together and to "
    "help small Korean food firms find distributors in central Vietnam."
)
CLOSE = (
    "Organisers said more than forty firms had taken part, and that a second fair was "
    "planned in Hue in the spring if the city agreed to lend them the old citadel square "
    "for the three days they needed."
)
GALLERY = [
    "Cooks fry rice cakes in a large iron pan at the fair.",
    "A stall selling grilled squid is crowded with young visitors.",
    "Seaweed rolls are a favourite snack of the fair's guests.",
    "Local green tea is sold beside the Korean stalls.",
]


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_a_run_of_present_captions_between_long_paragraphs_is_a_photo_story():
    article = article_from_text(_page(HEAD, LEAD, MIDDLE, *GALLERY, CLOSE))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    assert captions(article) == GALLERY


def test_a_plot_told_in_short_present_paragraphs_stays_the_story():
    plot = [
        "Minh finds a winning ticket in the pocket of a borrowed coat.",
        "His neighbour Lan claims the coat and the ticket as her own.",
        "The quarrel spreads to the whole street within a day.",
        "An old judge from the market agrees to settle the matter.",
    ]
    opening = "A comedy about a lottery ticket opened in cinemas on Friday."
    closing = "It earned VND5 billion in its first three days, its producer said."
    article = article_from_text(_page(HEAD, opening, *plot, closing))
    assert paragraphs(article) == [opening, *plot, closing]


def test_a_participle_names_the_picture_even_as_the_last_line():
    caption = "Governor Park Min-ho greeted by Vice Chairman Le Van Son at the airport."
    article = article_from_text(_page(HEAD, LEAD, MIDDLE, CLOSE, caption))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    assert captions(article) == [caption]


def test_a_sentence_with_its_verb_is_no_participle_caption():
    told = (
        "Governor Park Min-ho was greeted by Vice Chairman Le Van Son at the airport."
    )
    article = article_from_text(_page(HEAD, LEAD, told, MIDDLE, CLOSE))
    assert paragraphs(article) == [LEAD, told, MIDDLE, CLOSE]


def test_the_wires_placing_letters_make_a_long_last_line_a_caption():
    caption = (
        "Kim Ji-won (L), chief executive of a Seoul news agency, Tran Thi Mai (C), head of "
        "a Hanoi broadcaster, and Lee Sang-hoon, director of a business institute, pose for "
        "a photo during a ceremony at the agency's offices in Seoul on May 3, 2024, to sign "
        "a pact on sharing reports about the charity work of companies operating abroad."
    )
    article = article_from_text(_page(HEAD, LEAD, MIDDLE, CLOSE, caption))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    assert captions(article) == [caption]


def test_one_named_in_a_gesture_of_mourning_over_the_story_is_its_caption():
    caption = (
        "Tran Van Loc prays in front of a memorial in Binh Dinh Province for villagers "
        "killed in the war."
    )
    article = article_from_text(_page(HEAD, caption, LEAD, MIDDLE, CLOSE))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    assert captions(article) == [caption]


def test_fans_viewing_the_concert_between_paragraphs_is_a_caption():
    caption = "Young fans view the concert on their tablets."
    article = article_from_text(_page(HEAD, LEAD, MIDDLE, caption, CLOSE))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    assert captions(article) == [caption]


def test_an_embedded_post_is_taken_out_of_the_story():
    post = "The girls are coming to DA NANG on 3 May for the very first time!"
    signature = "— Star Events Asia (@star_events_asia) April 2, 2024"
    article = article_from_text(_page(HEAD, LEAD, MIDDLE, post, signature, CLOSE))
    assert paragraphs(article) == [LEAD, MIDDLE, CLOSE]
    assert captions(article) == [post]
    assert reasons(article)[signature] == "embedded post's signature"


def test_a_vietnamese_act_on_stage_ending_on_its_quoted_name_is_a_caption():
    lead = (
        "Sáng 5/6, tại thành phố Huế, Ủy ban nhân dân tỉnh phối hợp với Tổng lãnh sự quán "
        "khai mạc chuỗi hoạt động giao lưu văn hóa kéo dài ba ngày với nhiều gian hàng."
    )
    caption = "Tiết mục múa quạt chào mừng “Tuần lễ giao lưu văn hóa Huế”."
    more = (
        "Phát biểu tại buổi lễ, ông Trần Văn Nam cho biết tỉnh mong muốn mở rộng hợp tác "
        "với các địa phương bạn trong lĩnh vực du lịch, giáo dục và văn hóa trong thời gian tới."
    )
    article = article_from_text(_page(lead, caption, more))
    assert caption in captions(article)
    assert caption not in paragraphs(article)
