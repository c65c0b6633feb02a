"""A wire's caption under its story, signed with the wire's tag like the story's last
paragraph ("… on March 3, in this photo provided by the ministry. (Yonhap)"), says what
its picture is: a caption. A last paragraph signed the same way, no picture named, stays
story. Every text is invented."""

from __future__ import annotations

from builders import HEAD, MORE, STORY, article_from_text, captions, paragraphs

LAST = "Trade between the two countries reached a record high last year, data showed."
PICTURED = (
    "Vice Minister Park Ji-hoon (R) talks with Tran Van Minh, a deputy head of the"
    " Central Economic Commission of Vietnam, on March 3, 2024, in this photo provided"
    " by the Prime Minister's Office. (Yonhap)"
)


def test_a_signed_caption_naming_its_picture_under_the_story_is_a_caption():
    text = "\n".join([HEAD, STORY, MORE, LAST, PICTURED]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert len(captions(article)) == 1


def test_a_signed_last_paragraph_naming_no_picture_stays_story():
    signed = (
        "Vice Minister Park Ji-hoon (R) is expected to visit Hanoi next month to sign"
        " the deal, the ministry said. (Yonhap)"
    )
    text = "\n".join([HEAD, STORY, MORE, signed]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article)[:2] == [STORY, MORE]
    assert len(paragraphs(article)) == 3


def test_a_last_paragraph_naming_a_picture_mid_sentence_stays_story():
    last = (
        "Police said the van was last seen heading toward the Seohaean Expressway,"
        " in this photo taken from a traffic camera and released on Monday, and urged"
        " anyone with dashboard footage to come forward."
    )
    text = "\n".join([HEAD, STORY, MORE, f"{last} (Yonhap)"]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, last]  # the wire's sign-off comes off
    assert captions(article) == []
