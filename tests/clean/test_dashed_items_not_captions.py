"""An item of a run of dashed items, each set apart by blank lines ("- Hỗ trợ …", "- Xây
dựng …", "- Phát triển …"), is story however short: the dash marks it as the list's, not a
picture's caption. A short line with no dash among them is read as before. Every text here
is made up."""

from __future__ import annotations

from builders import (
    VI_HEAD,
    VI_LAST,
    VI_MORE,
    VI_STORY,
    article_from_text,
    captions,
    paragraphs,
)

ITEMS = [
    "- Hỗ trợ các xã vùng cao xây trường học và trạm y tế cho người dân.",
    "- Đào tạo cán bộ quản lý cho các khu công nghiệp mới của tỉnh.",
    "- Phát triển nông nghiệp và nông thôn.",
]


def test_the_short_last_item_of_a_dashed_run_is_no_caption():
    text = "\n\n".join([VI_HEAD, VI_STORY, *ITEMS, VI_MORE, VI_LAST]) + "\n"
    article = article_from_text(text)
    story = paragraphs(article)
    assert [p for p in story if "nông thôn" in p] == [
        "Phát triển nông nghiệp và nông thôn."
    ]
    assert not [p for p in article.passages if p.kind == "caption"]


def test_a_caption_without_a_dash_under_the_run_is_still_a_caption():
    caption = "Quang cảnh buổi lễ ký kết tại trụ sở Ủy ban nhân dân tỉnh."
    text = "\n\n".join([VI_HEAD, VI_STORY, *ITEMS, caption, VI_MORE, VI_LAST]) + "\n"
    article = article_from_text(text)
    captions = [p.text for p in article.passages if p.kind == "caption"]
    assert captions == [caption]


def test_captions_each_led_by_a_camera_sign_stay_captions():
    pictures = [
        "📸 Đại sứ Hàn Quốc phát biểu tại buổi lễ.",
        "📸 Các đại biểu cắt băng khánh thành phòng siêu âm.",
    ]
    text = "\n\n".join([VI_HEAD, VI_STORY, VI_MORE, *pictures, VI_LAST]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]
    assert captions(article) == pictures
