"""A broadcaster's speaker label ("Name / role") over the words said, a picture's alt text
stripped of its marks over its caption, and a few page feet (a feedback box, a Vietnamese
paper's no-copy notice, an app's promotion). Every text is invented; each test keeps only
the shape of one rule."""

from __future__ import annotations

from builders import (
    HEAD,
    LAST,
    MORE,
    STORY,
    VI_HEAD,
    VI_LAST,
    VI_MORE,
    VI_STORY,
    article_from_text,
    paragraphs,
)
from dossier.clean.alt_texts import stripped_twins
from dossier.clean.lines import Line
from dossier.clean.speaker_labels import is_speaker_label
from dossier.clean.units import Unit

QUOTE = "We wanted to show how two families can share one kitchen and one story."


def test_a_speaker_label_opens_the_paragraph_of_the_words_said():
    label = "Pham Thu Ha / Stage designer"
    text = f"{HEAD}\n\n{STORY}\n\n{label}\n\n{QUOTE}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, f"{label} {QUOTE}", MORE, LAST]


def test_a_slashed_line_that_names_no_speaker_stays_apart():
    assert not is_speaker_label(Unit([Line(1, "Seoul / Hanoi")]))
    assert not is_speaker_label(Unit([Line(1, "Kim Min-ji / Reporter.")]))
    assert is_speaker_label(Unit([Line(1, "Jang Do-yun / Festival organiser")]))


def test_a_speaker_label_under_the_headline_is_left_to_the_byline_reader():
    label = "Pham Thu Ha / Stage designer"
    text = f"{HEAD}\n\n{label}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert f"{label} {STORY}" not in paragraphs(article)


def test_a_caption_with_its_alt_text_stripped_of_marks_above_is_no_paragraph():
    caption = (
        "Thứ trưởng Lê Văn Khải trong buổi làm việc với đoàn doanh nghiệp ngày 15/1 "
        "tại trụ sở Bộ Công Thương ở Hà Nội, sau lễ ký kết biên bản hợp tác. "
        "[Ảnh=XYZ Kim Min-su, minsu123@xyzpress.com]"
    )
    alt = (
        "Thứ trưởng Lê Văn Khải trong buổi làm việc với đoàn doanh nghiệp ngày 151 "
        "tại trụ sở Bộ Công Thương ở Hà Nội sau lễ ký kết biên bản hợp tác "
        "ẢnhXYZ Kim Min-su minsu123xyzpresscom"
    )
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n \n{alt}\n{caption}\n{VI_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


def test_stripped_twins_take_a_captions_length_and_the_same_letters():
    assert stripped_twins(
        "Hai bên ký kết tại Huế ngày 15/1.", "Hai bên ký kết tại Huế ngày 151"
    )
    assert not stripped_twins(
        "Hai bên ký kết tại Huế ngày 15/1.", "Hai bên ký kết tại Huế ngày 16/1"
    )
    assert not stripped_twins("A-B.", "AB")  # too short to tell


def test_lines_longer_than_a_caption_are_no_twins():
    line = "Hà Nội, 15/1 " * 4000  # 52,000 characters
    assert not stripped_twins(line, line.replace(",", ""))


def test_a_feedback_box_under_the_story_is_no_paragraph():
    text = (
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n\n\n"
        "Send Feedback\nHow can we improve?\nThanks for your feedback!\n"
    )
    assert paragraphs(article_from_text(text)) == [STORY, MORE, LAST]


def test_a_vietnamese_papers_no_copy_notice_is_no_paragraph():
    notice = (
        "(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản "
        "của Báo Thủ Đô Mới."
    )
    text = f"{VI_HEAD}\n{VI_STORY}\n{VI_MORE}\n{VI_LAST}\n{notice}\n"
    assert paragraphs(article_from_text(text)) == [VI_STORY, VI_MORE, VI_LAST]


def test_an_app_promotion_with_a_long_channel_link_is_no_paragraph():
    promo = (
        "Download our app or subscribe to our Telegram channel for the latest updates "
        "on the typhoon season across the region: https://example.asia/telegram"
    )
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n\n{promo}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE, LAST]
