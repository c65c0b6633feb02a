"""Where the run-on rules must not cut, and where they must: a stop glued to a capital after an
abbreviation, an initial or a name is no paragraph's end; a wire's name with its particle
after it is a story's word, no caption's credit; an English caption's credit parts from
the lead in the layouts Vietnamese English papers print; a Korean label that ends in 다
may still be a label; welcoming a delegation is a story's act, no caption's. Every text is
invented."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_HEAD,
    KO_LAST,
    KO_MORE,
    KO_STORY,
    MORE,
    STORY,
    VI_HEAD,
    VI_MORE,
    VI_STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
)
from dossier.clean.glued_paragraphs import glued_breaks


@pytest.mark.parametrize(
    "told",
    [
        "Prof.Park Min-jae of a Busan university and Prof.Tran Van Binh of a Hue "
        "college opened the joint lab on Friday.",
        "Mrs.Choi Eun-mi and Mrs.Le Thi Hoa opened the clinic in Hue on Friday, the "
        "hospital said.",
        "In the final, Laos vs.Cambodia ended 3-1 and Japan vs.Korea ended 1-1.",
        "The pact was signed, Gen.Do Van Minh and Gen.Kang Tae-won told reporters later.",
        "The suppliers are registered as Daewon.Vina and Kumho.Vina with the province.",
    ],
)
def test_a_stop_after_an_abbreviation_or_a_name_parts_no_paragraph(told):
    text = f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, told, MORE]
    assert not article.dropped


def test_a_vietnamese_city_written_short_parts_no_paragraph():
    told = (
        "Hội chợ sẽ được tổ chức tại tp.Cần Thơ và tp.Nha Trang trong tháng tới, với sự "
        "tham gia của nhiều doanh nghiệp hai nước."
    )
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{told}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, told, VI_MORE]
    assert not article.dropped


def test_a_small_accented_letter_after_a_stop_is_no_capital():
    text = "bản đồ số.ứng dụng mới.ưu đãi thuế.đường sắt cao tốc"
    assert glued_breaks(text) == []


def test_a_glued_copy_is_parted_but_a_name_in_it_is_not():
    text = (
        f"{HEAD}\n\nThe delegation from the city of Hue met the board of Daewon.Vina "
        "on Monday, the city said.Talks will resume in Seoul next month, officials "
        "added.Yonhap\n"
    )
    assert paragraphs(article_from_text(text)) == [
        "The delegation from the city of Hue met the board of Daewon.Vina on Monday, "
        "the city said.",
        "Talks will resume in Seoul next month, officials added.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "정부는 이번 합의가 양국 투자를 늘릴 것이라고 밝혔다. 뉴스1과의 인터뷰에서 장관은 "
        "이같이 말했다.",
        "업계는 수출이 늘고 있다. 연합뉴스와의 통화에서 한 관계자는 이렇게 설명했다.",
        "협력 논의가 이어지고 있다. 연합뉴스가 입수한 문서에 따르면 교역은 늘었다.",
        "시장은 빠르게 커지고 있다. 뉴시스는 이 소식을 처음 보도했다.",
    ],
)
def test_a_wire_named_with_its_particle_is_the_story_s_word(sentence):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{sentence}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    assert paragraphs(article_from_text(text)) == [
        KO_STORY,
        sentence,
        KO_MORE,
        KO_LAST,
    ]


LEAD = (
    "The People's Committee of Quang Nam Province signed a deal with two Korean "
    "shipbuilders on Monday."
)


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        ("Officials at the signing ceremony. — VNA/VNS Photo Thanh Tung", LEAD),
        ("Officials at the signing ceremony. - VNA/VNS Photo", LEAD),
        (
            "Officials at the signing ceremony. — VNA/VNS Photo",
            "Korean and Vietnamese officials signed a deal on training harbour pilots "
            "in the port city on Monday.",
        ),
    ],
)
def test_an_english_caption_credit_parts_from_the_lead_after_it(caption, lead):
    text = f"{HEAD}\n\n{STORY}\n\n{caption} {lead}\n\n{MORE}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, lead, MORE]


def test_a_lead_opening_on_its_dateline_after_the_credit_is_the_story():
    caption = "Officials at the signing ceremony. — VNS Photo"
    text = f"{HEAD}\n\n{caption} ĐÀ NẴNG — {LEAD}\n\n{MORE}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert paragraphs(article) == [LEAD, MORE]
    assert reasons(article)["ĐÀ NẴNG —"] == "dateline"


def test_two_credits_on_one_line_leave_no_break_inside_a_passage():
    second = "The two sides will meet again in Seoul in June to review the progress."
    text = (
        f"{HEAD}\n\n{STORY}\n\nOfficials at the ceremony. — VNA/VNS Photo {LEAD} "
        f"Delegates tour the port. — VNS Photo {second}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert second in paragraphs(article)
    assert all("\n" not in p.text for p in article.passages)


def test_a_korean_label_ending_in_da_under_the_last_paragraph_is_a_caption():
    label = "부산 해운대 앞바다"
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n\n{label}\n\n김민지 기자\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]
    assert captions(article) == [label]


def test_a_headless_lead_welcoming_a_delegation_stays_the_story():
    lead = (
        "Chủ tịch UBND tỉnh Trần Văn Bình đón đoàn doanh nghiệp Hàn Quốc tại sân bay "
        "Đà Nẵng và cùng đoàn thăm khu công nghệ cao."
    )
    more = (
        "Đoàn gồm 25 doanh nghiệp trong lĩnh vực điện tử và cơ khí, làm việc tại tỉnh "
        "trong ba ngày."
    )
    last = "Lãnh đạo tỉnh cho biết sẵn sàng hỗ trợ các nhà đầu tư mở rộng sản xuất."
    article = article_from_text(f"{lead}\n\n{more}\n\n{last}\n")
    assert paragraphs(article) == [lead, more, last]
