"""A Vietnamese paper's web edition tags its lead with its initials and the "O" of
"Online", the dash glued on both sides ("HGO-Sáng 3/3, …"): the tag comes off the lead.
A name joined by a dash ("EXO-SC", "WHO-Việt Nam") stays. Every text is invented."""

from __future__ import annotations

from builders import VI_HEAD, VI_MORE, VI_STORY, article_from_text, paragraphs, reasons

LEAD = (
    "Tối 3/3, tại Nhà văn hóa tỉnh đã diễn ra chương trình giao lưu giữa thanh niên "
    "hai nước với sự tham gia của hơn 200 đoàn viên."
)


def test_an_online_tag_glued_to_a_vietnamese_lead_comes_off():
    text = f"{VI_HEAD}\n\nHGO-{LEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [LEAD, VI_STORY, VI_MORE]
    assert reasons(article)["HGO-"] == "outlet tag"


def test_a_name_joined_by_a_dash_stays():
    for joined in ("EXO-SC", "WHO-Việt Nam", "UNESCO-Hàn Quốc"):
        lead = (
            f"{joined} đã ký kết biên bản ghi nhớ về hợp tác văn hóa trong ba năm tới."
        )
        text = f"{VI_HEAD}\n\n{lead}\n\n{VI_STORY}\n\n{VI_MORE}\n"
        assert paragraphs(article_from_text(text))[0] == lead


def test_the_tag_comes_off_a_lead_under_a_teaser_line():
    teaser = "Tại buổi giao lưu, thanh niên hai nước đã cùng nhau trồng cây và nấu ăn."
    text = f"{VI_HEAD}\n\n{teaser}\n\nHGO-{LEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [teaser, LEAD, VI_STORY, VI_MORE]


def test_a_third_paragraph_opening_on_such_a_name_keeps_it():
    joined = f"BGO-Tối qua, nhóm nhạc đã biểu diễn trước hàng nghìn khán giả tại {LEAD}"
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{joined}\n"
    assert paragraphs(article_from_text(text))[2] == joined
