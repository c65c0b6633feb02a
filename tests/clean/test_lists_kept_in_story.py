"""Story text shaped like a list of other stories or of a page's parts, which the list
rules must leave alone: a paragraph broken at dashes, a schedule after its lead-in, a
headline under a ticker, a quoted sentence, a numbered programme after its lead-in, a
series' part as the page's headline, wrapped lines under a table of contents, and a run
of hyphenated brand names. Every text is invented; each test keeps only one shape."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    LAST,
    STORY,
    VI_HEAD,
    VI_MORE,
    VI_STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
)

TICKER = (
    "Tỉnh ký kết hợp tác phát triển cảng biển với đối tác -\n"
    "Khởi công cầu vượt sông trị giá hơn 2.000 tỷ đồng -\n"
    "Đà Nẵng: Đề xuất thông xe tuyến đường ven biển vào tháng 9 -\n"
)


def _dropped(text: str, reason: str) -> list[str]:
    return [
        line for line, why in reasons(article_from_text(text)).items() if why == reason
    ]


@pytest.mark.parametrize(
    ("head", "story", "after"),
    [
        (
            HEAD,
            "On Monday the mission - headed by Park Ji-hoon, head of the Korea -\n"
            "Vietnam Trade Council, and envoys from Incheon -\n"
            "toured the new logistics park and the container terminal -\n"
            "where Korean firms already run six warehouses",
            LAST,
        ),
        (
            VI_HEAD,
            "Sáng 3/3, đoàn doanh nghiệp gồm các tập đoàn -\n"
            "Hanwha, CJ, Posco và GS -\n"
            "đã đến thăm cảng container mới -\n"
            "theo lời mời của thành phố",
            VI_MORE,
        ),
    ],
)
def test_a_paragraph_broken_at_dashes_is_story_text(head, story, after):
    text = f"{head}\n\n{story}\n\n{after}\n"
    assert _dropped(text, "related list") == []
    assert paragraphs(article_from_text(text))[0] == " ".join(story.split("\n"))


def test_a_schedule_after_its_lead_in_is_story_text():
    schedule = (
        "The mission's programme:\n"
        "Morning - a tour of the container terminal -\n"
        "Noon - lunch with the port's board -\n"
        "Afternoon - talks on the logistics park -\n"
        "Evening - a reception hosted by the governor"
    )
    text = f"{HEAD}\n\n{STORY}\n\n{schedule}\n\n{LAST}\n"
    assert _dropped(text, "related list") == []


def test_a_headline_under_a_ticker_is_the_title():
    text = f"{TICKER}{VI_HEAD}\n{VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert article.title == VI_HEAD
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_a_quoted_sentence_under_a_ticker_is_story_text():
    quote = "Ông Park cho biết: “Chúng tôi sẽ mở thêm kho hàng tại cảng trong năm nay.”"
    text = f"{VI_HEAD}\n\n-\n{TICKER}{quote}\n{VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert quote in paragraphs(article)
    assert _dropped(text, "related list")[-1].startswith("Đà Nẵng:")


def test_a_numbered_programme_after_its_lead_in_is_story_text():
    programme = (
        "Hội thảo gồm bốn phần:\n\n"
        "Phần 1: Khai mạc và phát biểu của đại diện hai tỉnh\n\n"
        "Phần 2: Thảo luận về đầu tư vào cảng container mới\n\n"
        "Phần 3: Ký kết thỏa thuận giữa các doanh nghiệp\n\n"
        "Phần 4: Tham quan khu công nghiệp"
    )
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{programme}\n\n{VI_MORE}\n"
    assert _dropped(text, "series' parts") == []


def test_episodes_after_their_lead_in_are_story_text():
    episodes = (
        "The drama follows two families over three episodes:\n\n"
        "Episode 1: A Korean nurse arrives in Hue to open a clinic\n"
        "Episode 2: She meets a Vietnamese cook who runs a night market stall\n"
        "Episode 3: The two families share the harvest festival"
    )
    text = f"{HEAD}\n\n{STORY}\n\n{episodes}\n\n{LAST}\n"
    assert _dropped(text, "series' parts") == []


def test_a_series_part_as_the_pages_headline_is_the_title():
    series = (
        "Kỳ 2: Văn phòng chung giữa hai tỉnh\n\n"
        "Kỳ 1: Những chuyến tàu đầu tiên\n\n"
        "Kỳ 3: Doanh nghiệp nhỏ tìm đối tác"
    )
    article = article_from_text(f"{series}\n\n{VI_STORY}\n\n{VI_MORE}\n")
    assert article.title == "Kỳ 2: Văn phòng chung giữa hai tỉnh"
    assert reasons(article)["Kỳ 3: Doanh nghiệp nhỏ tìm đối tác"] == "series' parts"


def test_wrapped_story_lines_under_a_table_of_contents_are_story_text():
    contents = "Table of Contents\n1. Ports\n2. Schools\n3. Farms"
    wrapped = (
        "On Monday the mission, headed by Park Ji-hoon, head of the Korea\n"
        "Vietnam Trade Council, and envoys from Incheon, toured the\n"
        "new logistics park."
    )
    text = f"{HEAD}\n\n{STORY}\n{contents}\n{wrapped}\n\n{LAST}\n"
    article = article_from_text(text)
    assert _dropped(text, "table of contents") == [
        "Table of Contents",
        "1. Ports",
        "2. Schools",
        "3. Farms",
    ]
    assert any(p.startswith("On Monday the mission,") for p in paragraphs(article))
    assert captions(article) == []


def test_hyphenated_brand_names_opening_a_sentence_are_no_file_name():
    sentence = (
        "Hanwha-CJ-GS-Posco-SamKwang group opens a cold store in Incheon, "
        "the ministry said."
    )
    text = f"{HEAD}\n\n{STORY}\n\n{sentence}\n\n{LAST}\n"
    article = article_from_text(text)
    assert sentence in paragraphs(article)
    assert captions(article) == []
