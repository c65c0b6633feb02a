"""The copy cut off where the page's excerpt ends, and a page that prints its story twice.
Every text here is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import (
    KO_MORE,
    KO_STORY,
    MORE,
    STORY,
    article_from_text,
    paragraphs,
    reasons,
    story_text,
)

HEAD = "Two port cities open a joint office for small firms"
KO_HEAD = "한국과 베트남, 항만 협력 사무소 개설"


def test_a_korean_line_cut_off_below_a_line_holding_a_space_alone_is_kept():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n \n\n항만공사는 베트"
    assert story_text(article_from_text(text)) == [KO_STORY, KO_MORE, "항만공사는 베트"]


def test_three_words_cut_off_under_an_unmarked_caption_are_story():
    caption = "Port Authority Director Nguyen Van Minh"
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{caption}\n\nAs the off"
    assert story_text(article_from_text(text))[-1] == "As the off"


def test_a_story_printed_twice_and_cut_in_the_second_printing_is_told_once():
    third = "그는 “두 도시의 기업이 함께 일할 수 있도록 사무소가 다리를 놓을 것”이라고 말했다."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{third}\n\n{KO_MORE}\n\n그는 “두 도시의 기업이 함께 일할 수"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE, third]


def test_a_short_line_a_paragraph_opens_with_is_no_repeat_of_it():
    lead = "양측은 내년 봄까지"  # a phrase, not the copy cut off
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{lead} 새 사무소를 연다."
    assert paragraphs(article_from_text(text))[-1] == f"{lead} 새 사무소를 연다."


VI_SUMMARY = (
    "Với việc ký kết hợp tác mới, hai tỉnh sẽ đẩy mạnh trao đổi đoàn, giao lưu nhân dân và "
    "chia sẻ kinh nghiệm trong các lĩnh vực kinh tế, thương mại, du lịch cũng như tạo cơ hội "
    "đầu tư cho doanh nghiệp hai bên trong thời gian tới ..."
)
VI_STORY = (
    "Ngày 3/12, Ủy ban nhân dân tỉnh tổ chức lễ ký kết bản ghi nhớ hợp tác hữu nghị với "
    "một tỉnh của Hàn Quốc."
)
VI_MORE = (
    "Hai bên thống nhất sẽ trao đổi đoàn mỗi năm và mở văn phòng đại diện tại hai tỉnh."
)


def test_a_summary_ending_in_dots_run_on_after_an_archives_date_is_paragraph_one():
    text = f" date 2025-12-04 {VI_SUMMARY}\n\n{VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_SUMMARY, VI_STORY, VI_MORE]
    assert str(article.metadata.published) == "2025-12-04"


def test_an_archives_cut_title_after_its_date_is_still_no_paragraph():
    text = f" date 2025-12-04 Hai tỉnh ký kết bản ghi nhớ hợp tác ...\n\n{VI_STORY}\n\n{VI_MORE}\n"
    assert paragraphs(article_from_text(text)) == [VI_STORY, VI_MORE]


def test_a_word_cut_to_its_first_letter_on_the_last_line_is_no_reporters_name():
    text = f"Hai tỉnh ký kết hợp tác\n\n{VI_STORY}\n\n{VI_MORE}\n\nLãnh đ"
    article = article_from_text(text)
    assert article.author is None
    assert story_text(article)[-1] == "Lãnh đ"


def test_a_title_printed_over_and_under_its_deck_is_the_headline():
    title = "Port cities pact"  # three words: read alone, a section's name
    deck = "Two port cities have agreed to open a joint office for small firms by next spring"
    text = f"{title}\n\n{deck}\n\n{title}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == title
    assert paragraphs(article) == [STORY, MORE]


def test_a_korean_headline_of_three_words_shown_twice_is_the_headline():
    title = "베트남 하노이에서 의료봉사"
    text = (
        f"뉴스\n\n{title}\n\n- 작성자 : 홍보실\n\n{title}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == title
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_section_printed_over_and_under_the_headline_is_no_headline():
    title = "Vietnam, South Korea agree to deepen defence ties"
    text = f"Politics & Diplomacy\n\n{title}\n\nPolitics & Diplomacy\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).title == title


def test_a_subheading_that_opens_like_a_paragraph_above_is_kept_away_from_the_cut():
    lead = "Semiconductor training programmes run by Korean firms will double next year, the ministry said."
    heading = "Semiconductor training programmes"
    text = f"{HEAD}\n\n{lead}\n\n{heading}\n\n{STORY}\n\n{MORE}\n"
    assert "repeats a paragraph above" not in reasons(article_from_text(text)).get(
        heading, ""
    )


def test_a_markdown_picture_cut_off_inside_its_address_is_no_paragraph():
    picture = "![항만 협력 사무소 개소식…두 도시 시장 참석 [지역 줌人]](https://img.example.kr/make.php?"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{picture}")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[picture] == "markdown or inline image"
