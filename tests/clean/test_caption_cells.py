"""A picture's caption set in a table of one cell ("| … |"), between a page's paragraphs.
Every text is invented; each test keeps only the shape of one rule."""

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

# a long caption, two sentences told in full, in its cell under the picture's
CELL = (
    "| Tổng công ty phát triển khu đô thị phía bắc, Công ty cổ phần khu công nghiệp "
    "ven biển và một công ty điện tử của Hàn Quốc ký kết hợp đồng nguyên tắc thuê đất "
    "với diện tích 12 ha, thuộc giai đoạn hai của khu công nghiệp. Lễ ký diễn ra tại "
    "trụ sở ban quản lý các khu công nghiệp của thành phố vào sáng thứ Hai. |"
)


def test_a_caption_in_a_table_cell_is_no_paragraph():
    text = f"{VI_HEAD}\n{VI_STORY}\n![]() |\n{CELL}\n{VI_MORE}\n{VI_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]
    assert CELL in captions(article)


def test_a_row_of_cells_is_not_read_as_a_caption():
    row = "| Năm 2024 | 1.200 lao động | Sản xuất chế tạo |"
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{row}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert row not in captions(article)
