"""Round two of issue 10: shapes that real pages from unseen outlets share. Every text
here is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import LAST, MORE, STORY, article_from_text, captions, paragraphs, reasons


def test_image_file_name_makes_the_block_below_a_caption_not_the_one_above():
    text = (
        "Two cities open a joint office\n24/09/2025 17:21\n"
        f"{STORY}\n{MORE}\nimg-2093-ab12.jpg\n"
        "The two mayors shake hands. (Photo: Example)\n"
        f"{LAST}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article)[:2] == [STORY, MORE]
    assert captions(article) == ["The two mayors shake hands. (Photo: Example)"]
    assert paragraphs(article)[-1] == LAST


def test_reporters_filing_from_two_places_are_a_byline():
    text = (
        "Two cities open a joint office\n\n"
        "Jane Roe in Hanoi and Kim Min-ji in Busan\nTue 3 Mar 2026 05.00 GMT\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.byline == "Jane Roe, Kim Min-ji"
    assert paragraphs(article) == [STORY, MORE]


def test_bylines_with_a_role_a_place_or_a_desk():
    for line, names in (
        ("By Honorary Reporter Le Thi Mai from Vietnam", "Le Thi Mai"),
        ("By Jane Roe for Example Radio", "Jane Roe"),
        (
            "JANE ROE and LE VAN AN, Example staff writers | Vietnam",
            "JANE ROE, LE VAN AN",
        ),
    ):
        text = f"Two cities open a joint office\n\n{line}\n\n{STORY}\n\n{MORE}\n"
        assert article_from_text(text).byline == names, line


def test_long_menu_of_one_word_items_does_not_hide_the_headline():
    menu = "\n".join(["Example News", "Menu"] + [f"Section{n}" for n in range(30)])
    text = f"{menu}\nU.S.\n\nTwo cities open a joint office for firms\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == "Two cities open a joint office for firms"
    assert paragraphs(article) == [STORY, MORE]


def test_deck_under_the_headline_without_a_full_stop_is_not_the_title_or_a_paragraph():
    deck = (
        "Officials hope the office will draw small firms from both countries, but "
        "business groups say the rules are still unclear"
    )
    for between in ("\n\n", "\nPosted on : Oct.7,2025 17:02 KST\n"):
        text = f"Section\n\nTwo cities open a joint office{between}{deck}\n\n{STORY}\n\n{MORE}\n"
        article = article_from_text(text)
        assert article.title == "Two cities open a joint office"
        assert paragraphs(article) == [STORY, MORE]
        assert reasons(article)[deck] == "deck"


def test_headline_stands_above_the_byline_not_the_caption_below_it():
    text = (
        "Portal\n\nTwo cities open a joint office for firms\n\nNov 20, 2024\n\n"
        "By Jane Roe\n\nThe mayors of both cities meet in the town hall (Example Hall)\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    assert article_from_text(text).title == "Two cities open a joint office for firms"


def test_courtesy_credit_in_brackets_marks_a_caption():
    caption = (
        "Visitors try the new app at a fair in the city. (courtesy of Example Co.)"
    )
    text = f"Two cities open a joint office\n\n{STORY}\n\n{caption}\n\n{MORE}\n"
    assert captions(article_from_text(text)) == [caption]


WIDGETS = {
    "We use cookies to improve your experience. See our Cookie Policy.": "cookie notice",
    "Accept & Continue": "cookie notice",
    "Subscribe now to keep reading this article.": "paywall",
    "This story is available to Example Plus subscribers only.": "paywall",
    "If you're new to Example, create an account to read this story.": "paywall",
    "Sponsored content: This article was paid for by Example Corp.": "sponsored notice",
    "Our reporting is funded by readers. Please consider supporting us.": "support appeal",
    "Follow Example News on Telegram for the latest updates.": "channel promo",
    "Privacy Notice: Newsletters may contain ads. See our Privacy Policy.": "privacy notice",
    "Translated by Le Van An. Edited by Jane Roe.": "translation credit",
    "Articles on this site may be reproduced with attribution.": "permission footer",
    "12 Example Road, Floor 3, Example City 10117": "postal address",
    "45 shares": "reactions",
    "Bình luận (0)": "comment count",
    "Bình luận 0": "comment count",
}


def test_widgets_of_web_pages_are_not_paragraphs():
    lines = "\n\n".join(WIDGETS)
    text = f"Two cities open a joint office\n\n{STORY}\n\n{lines}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    found = reasons(article)
    assert {line: found[line] for line in WIDGETS} == WIDGETS


def test_story_sentences_near_the_widget_words_stay():
    kept = [
        "The bakery sells Korean cookies, and its owners agree the policy works.",
        "Students download the app to learn Korean every evening, she said.",
        "The fund may be used to build schools in the two provinces, he said.",
        "300 workers, most of them from Nghe An, arrived in the city in 2024.",
        "Both sides will continue to support the organisation of language tests.",
        "Edited by Kim, the book became a bestseller in both countries last year.",
        "Some of the content may be reproduced in textbooks, the ministry said.",
        "Get ready: the new channel will launch in May, officials said on Monday.",
        "Reporting from the border, she said, was the hardest part of the job.",
        "This story was told to members of the committee on Friday, he added.",
        "Bình luận 3 lần trên truyền hình, ông An được khán giả nhớ tên.",
    ]
    text = "Two cities open a joint office\n\n" + "\n\n".join([STORY, *kept]) + "\n"
    assert paragraphs(article_from_text(text)) == [STORY, *kept]


def test_newsletter_box_between_paragraphs_is_dropped_to_the_blank_line():
    box = (
        "Sign up to Example Weekly\nFree weekly newsletter\n"
        "The best stories from our team, every Friday morning\n"
        "Privacy Notice: Newsletters may contain ads. See our Privacy Policy.\n"
        "after newsletter promotion"
    )
    long_story = STORY + " " + MORE  # the story's lines are long, as on a web page
    text = f"Two cities open a joint office\n\n{long_story}\n\n{box}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [long_story, LAST]
    assert reasons(article)["Free weekly newsletter"] == "newsletter box"


def test_sign_up_line_in_single_line_layout_does_not_eat_the_story():
    long_story = STORY + " " + MORE
    after = "Both cities will review the office's work after its first full year."
    text = f"Two cities open a joint office\n\n{long_story}\nSign up to Example Weekly\n{LAST}\n{after}\n"
    assert paragraphs(article_from_text(text)) == [long_story, LAST, after]


def test_author_card_and_short_bio_by_surname_after_the_story():
    long_story = STORY + " " + MORE
    text = (
        f"Two cities open a joint office\n\nBy JANE ROE and LE VAN AN\n\n{long_story}\n\n{LAST}\n\n"
        "___\n\nRoe covers Southeast Asia for Example News.\n\n"
        "Written by Jane Roe\n48 Followers\nTeacher in Busan. Writing about language.\nFollow\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [long_story, LAST]
    assert (
        reasons(article)["Teacher in Busan. Writing about language."] == "author card"
    )


def test_a_story_paragraph_starting_with_the_authors_surname_stays():
    text = f"Two cities open a joint office\n\nBy Jane Roe\n\n{STORY}\n\nRoe is confident the office will open in May.\n"
    assert paragraphs(article_from_text(text))[-1].startswith("Roe is confident")


def test_related_heading_is_not_a_byline_and_comments_after_reactions_are_dropped():
    text = (
        f"Two cities open a joint office\n\nBy Jane Roe\n\n{STORY}\n\n{MORE}\n\n"
        "Related Stories\nTwo more cities sign a deal\n\nAll reactions:\n1.2K\n"
        "Le Van An\nMong năm sau tổ chức ở Cần Thơ nhé!\n2d\n"
    )
    article = article_from_text(text)
    assert article.byline == "Jane Roe"
    assert paragraphs(article) == [STORY, MORE]


def test_comment_count_after_the_date_leaves_a_date_line():
    text = f"Two cities open a joint office\n\nPublished 15 Aug 2025 06:00    0 Comments\n\n{STORY}\n"
    assert article_from_text(text).metadata.published == "2025-08-15"


def test_flickr_style_credit_marks_a_caption():
    caption = "The river in the capital at dusk (Kim Min-ji/Flickr)"
    text = f"Two cities open a joint office\n\n{caption}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE]


def test_bare_name_under_a_caption_is_the_byline_and_its_wrapped_bio_is_dropped():
    text = (
        "Two cities open a joint office\n\nThe river at dusk (Kim Min-ji/Flickr)\n\n"
        "Jane Roe\n\n"
        "The two cities agreed on Monday to open a joint office for small firms,\n"
        "officials said, adding that the first projects would start next spring.\n\n"
        "Jane Roe is a research fellow in the Example Institute's Southeast Asia\n"
        "Program, where she works on trade.\n"
    )
    article = article_from_text(text)
    assert article.byline == "Jane Roe"
    assert paragraphs(article) == [STORY]


def test_two_lines_that_are_a_heading_and_a_paragraph_stay_apart():
    text = f"Two cities open a joint office\n\nWhy the office matters\n{STORY}\n"
    assert paragraphs(article_from_text(text)) == [STORY]


def test_bare_name_of_an_organisation_at_the_end_is_not_an_author():
    text = (
        f"Two cities open a joint office\n\nBy Jane Roe\n\n{STORY}\n\n{MORE}\n\n"
        "Example Culture and Information Service\n"
    )
    assert article_from_text(text).byline == "Jane Roe"


def test_outlet_named_in_the_byline_beats_a_wire_credit_on_a_picture():
    text = (
        "A worker checks modules on a line in the north.   © Reuters\n"
        "Two cities open a joint office for small firms\n"
        "JANE ROE and LE VAN AN, Nikkei staff writers | Vietnam\n"
        "December 3, 2024 16:05 JST\n"
        f"{STORY}\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.metadata.outlet == "Nikkei Asia"
    assert article.byline == "JANE ROE, LE VAN AN"


def test_summary_printed_again_as_the_opening_is_kept_once():
    text = (
        "Two cities open a joint office\nThursday - March 13, 2025 15:20\n"
        f"{STORY}\nHai thành phố mở văn phòng chung\nTwo cities open a joint office\n"
        f"{STORY}\n{MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    # the Vietnamese title line is dropped (a line in Vietnamese inside an English story)
    assert reasons(article)["Hai thành phố mở văn phòng chung"] in (
        "title line above the story",
        "line in Vietnamese (the story is in English)",
    )


def test_picture_agency_credit_line_marks_the_next_line_as_its_caption():
    text = (
        "Two cities open a joint office\n\n2 days ago\nShare\nJane Roe\nExample News, Hanoi\n"
        "Getty Images\nThe two mayors met in the town hall on Monday\n"
        f"{STORY}\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == "Two cities open a joint office"
    assert article.byline == "Jane Roe"
    assert captions(article) == ["The two mayors met in the town hall on Monday"]
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["Example News, Hanoi"] == "section label"


def test_trust_note_app_promo_and_more_from_list_are_not_the_story():
    text = (
        "Two cities open a joint office for small firms\n\nWhy you can trust Example Post\n"
        f"Jane Roe\nPublished: 6:00pm, 12 Oct 2025\n\n{STORY}\n\n{MORE}\n\n"
        "More from Example Post:\nThree more cities sign a deal\n\n"
        "For the latest news from Example Post download our mobile app.\n"
    )
    article = article_from_text(text)
    assert article.title == "Two cities open a joint office for small firms"
    assert paragraphs(article) == [STORY, MORE]


def test_wire_end_mark_after_the_last_sentence_is_taken_off():
    text = f"Two cities open a joint office\n\n{STORY}\n\n{MORE} Enditem\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["Enditem"] == "end mark"


def test_credit_line_under_a_lone_caption_sentence_and_a_tagged_dateline():
    text = (
        "Two cities open a joint office\n\nBy Jane Roe, CNN\n4 minute read\n\nLink Copied!\n\n"
        "A worker at a plant in the north on February 12, 2025.\nLe Van An/AFP/Getty Images\n\n"
        f"Hanoi, Vietnam CNN —\n{STORY}\n\n{MORE}\n\nRelated article\nThree more cities sign a deal\n\n"
        "Sign up for Example's Asia newsletter which explores the region every week.\n"
    )
    article = article_from_text(text)
    assert captions(article) == [
        "A worker at a plant in the north on February 12, 2025."
    ]
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == "Hanoi, Vietnam"
    assert article.metadata.outlet == "CNN"


def test_newspaper_web_page_furniture_around_the_byline_and_the_print_note():
    text = (
        "Two cities open a joint office\n\n"
        "Officials hope the office will draw small firms from both countries.\n\n"
        "Listen to this article · 6:12 min Learn more\nShare full article\n\n"
        "The two mayors in the town hall. Credit...Le Van An for Example Times\n\n"
        "By Jane Roe\nReporting from Hanoi\n\nMarch 4, 2025\nUpdated 5:00 a.m. ET\n\n"
        f"{STORY}\n\n{MORE}\n\n"
        "Jane Roe is the Southeast Asia correspondent for Example Times, based in Hanoi.\n\n"
        "A version of this article appears in print on March 5, 2025, Section A, Page 8.\n"
    )
    article = article_from_text(text)
    assert captions(article) == [
        "The two mayors in the town hall. Credit...Le Van An for Example Times"
    ]
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["Reporting from Hanoi"] == "reporting location"
    assert reasons(article)["Updated 5:00 a.m. ET"] == "time stamp"


def test_a_slash_between_two_section_names_is_not_a_picture_credit():
    text = f"Culture/Art\nScience/Technology\n\nTwo cities open a joint office\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == "Two cities open a joint office"
    assert paragraphs(article) == [STORY, MORE]


def test_headline_over_two_deck_lines_and_wire_notes_after_the_story():
    text = (
        "Technology\nTwo cities open a joint office for small firms\n"
        "Mayors in talks on a second office in the south\n"
        "Office would be the largest of its kind in years\n\n"
        f"By Jane Roe and Le Van An\nMarch 4, 2025 at 5:00 AM GMT+7\n\n{STORY}\n\n{MORE}\n\n"
        "— With assistance from Kim Min-ji\n\n(Updates with mayor's comment in second paragraph.)\n"
    )
    article = article_from_text(text)
    assert article.title == "Two cities open a joint office for small firms"
    assert paragraphs(article) == [STORY, MORE]


def test_bracketed_credit_with_a_pool_agency_marks_a_caption():
    caption = "The two mayors shake hands in the town hall [Kim Min-ji/Pool via AP]"
    text = f"Two cities open a joint office\n\n{caption}\n\n{STORY}\n\n{MORE}\n"
    assert captions(article_from_text(text)) == [caption]


def test_comments_under_the_buttons_of_a_social_page_are_not_the_story():
    text = (
        f"Two cities open a joint office\n\nJane Roe\nPublished Jan 5, 2025\n\n{STORY}\n\n{MORE}\n\n"
        "Like\nComment\nShare\n87\n12 Comments\nLe Van An\nGreat insights, thanks for sharing!\n"
    )
    assert paragraphs(article_from_text(text)) == [STORY, MORE]


def test_a_comment_count_in_a_share_strip_mid_story_keeps_the_story():
    text = f"Two cities open a joint office\n\n{STORY}\n\n12 Comments\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE]


def test_written_by_mid_page_without_a_follow_button_is_not_an_author_card():
    long_story = STORY + " " + MORE
    text = (
        f"Two cities open a joint office\n\n{long_story}\nWritten by Jane Roe\n{LAST}\n"
    )
    assert paragraphs(article_from_text(text))[-1] == LAST


def test_author_name_shown_twice_is_the_byline_not_a_caption():
    text = (
        "Two cities open a joint office\n\nJane Roe\nJane Roe\n"
        "Consultant | Korea and Vietnam | Speaker\nPublished Sep 3, 2024\n+ Follow\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.byline == "Jane Roe"
    assert captions(article) == []
    assert paragraphs(article) == [STORY, MORE]


def test_the_length_filter_gives_the_reason_the_first_matching_rule_gives():
    from dossier.clean.lines import clutter_rules

    rules = clutter_rules()
    lines = [*WIDGETS, STORY, MORE, "Share this article", "(END)", "© 2025 Example"]
    reasons = [rules.reason(line) for line in lines]
    assert reasons == [
        next((n for n, p, _, _ in rules.patterns if p.fullmatch(line)), None)
        for line in lines
    ]
    assert reasons.count(None) < len(lines) - 2  # the widgets and footers have reasons
    # a rule with a bounded length is skipped for longer lines, never for one it matches
    assert any(high < len(STORY) for _, _, _, high in rules.patterns)
