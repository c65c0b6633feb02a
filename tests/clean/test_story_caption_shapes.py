"""Captions and furniture that read like story paragraphs, across outlets: a caption framed
by its picture above and its credit below, however long; a Vietnamese line naming people
with their roles and nothing else; a Korean sentence telling what is planned (never a
caption); related headlines set over the headline's picture; a site's motto and address in
angle brackets under the byline; a caption shown twice at a page's end; a bracketed
abbreviation over the line its sentence goes on in. Every text is invented; each test keeps
only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_HEAD,
    KO_LAST,
    KO_MORE,
    KO_STORY,
    LAST,
    MORE,
    STORY,
    VI_HEAD,
    VI_LAST,
    VI_MORE,
    VI_STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
)

# a caption of a caption's words but a lead's length in syllables
VI_LONG_CAPTION = (
    "Phó Chủ tịch Ủy ban nhân dân thành phố Trần Văn Khoa đón Thị trưởng thành phố "
    "Gimhae cùng đoàn đại biểu doanh nghiệp và các nghệ sĩ tại sân bay quốc tế Đà Nẵng "
    "chiều qua."
)


def test_a_long_line_between_a_picture_file_and_its_credit_is_a_caption():
    text = "\n\n".join(
        [
            VI_HEAD,
            VI_STORY,
            "anh-don-doan-gimhae-2025.jpg\n" + VI_LONG_CAPTION + "\nẢnh: Minh Khang",
            VI_MORE,
            VI_LAST,
        ]
    )
    article = article_from_text(text + "\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]
    assert any(VI_LONG_CAPTION in c for c in captions(article))


def test_a_long_line_between_a_numbered_picture_and_its_credit_blank_lines_apart():
    text = "\n\n".join(
        [
            VI_HEAD,
            VI_STORY,
            VI_MORE,
            f"{VI_HEAD} - Ảnh 1.",
            VI_LONG_CAPTION,
            "ẢNH: MINH KHANG",
            VI_LAST,
        ]
    )
    article = article_from_text(text + "\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]
    assert VI_LONG_CAPTION in captions(article)


# a story's closing paragraph of a caption's length, under a picture with no caption
VI_CLOSING = (
    "Khép lại chuyến thăm, đoàn Gimhae đã mời lãnh đạo Đà Nẵng sang dự lễ hội mùa thu, "
    "khi thành phố khai trương bảo tàng gốm với sự góp mặt của nhiều nghệ nhân hai nước."
)


@pytest.mark.parametrize("closing", ["Minh Khang/TTXVN", "Ảnh: Minh Khang"])
def test_a_last_paragraph_under_a_picture_over_the_closing_signature_is_story(closing):
    text = "\n\n".join(
        [
            VI_HEAD,
            VI_STORY,
            VI_MORE,
            "doan-gimhae-tham-da-nang.jpg",
            VI_CLOSING,
            closing,
        ]
    )
    article = article_from_text(text + "\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_CLOSING]


def test_a_paragraph_under_a_picture_over_a_signature_line_mid_page_is_story():
    text = "\n\n".join(
        [
            VI_HEAD,
            VI_STORY,
            "doan-gimhae-tham-da-nang.jpg",
            VI_CLOSING,
            "Minh Khang/TTXVN",
        ]
    )
    article = article_from_text(text + "\n\n" + VI_LAST + "\n")
    assert VI_CLOSING in paragraphs(article)


def test_a_line_between_a_picture_and_its_credit_counts_syllables_not_words():
    # the picture's number glued to the caption, its credit on the next line
    caption = (
        "Du khách xếp hàng làm thủ tục cho chuyến bay thẳng đầu tiên từ Busan "
        "đến thành phố Đà Nẵng (Việt Nam)."
    )
    text = "\n\n".join(
        [
            VI_HEAD,
            VI_STORY,
            VI_MORE,
            f"{VI_HEAD} - ảnh 1{caption}\nẢnh tư liệu: Minh Khang/Hanbit",
        ]
    )
    article = article_from_text(text + "\n\n" + VI_LAST + "\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


@pytest.mark.parametrize(
    "people",
    [
        "Ngài Park Min Jae, Đại sứ Đặc mệnh toàn quyền Hàn Quốc tại Việt Nam.",
        "Ca sĩ Lee Ha Na, TS. Trần Thu Hà - Chủ tịch VKCA và ông Kim Dong Woo - "
        "Phó Giám đốc điều hành của Liên hoan phim quốc tế Gimhae.",
    ],
)
def test_a_vietnamese_line_naming_only_people_and_their_roles_is_a_caption(people):
    text = "\n\n".join([VI_HEAD, VI_STORY, VI_MORE, people, VI_LAST])
    article = article_from_text(text + "\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]
    assert people in captions(article)


@pytest.mark.parametrize(
    "told",
    [
        "Ông Park Min Jae, Giám đốc công ty Hanbit, cho biết sẽ mở thêm nhà máy.",
        "Ông Park Min Jae, Giám đốc công ty Hanbit tại Việt Nam đề nghị hai bên "
        "và các doanh nghiệp tăng cường hợp tác.",
    ],
)
def test_a_line_where_the_person_named_says_or_does_stays_a_paragraph(told):
    text = "\n\n".join([VI_HEAD, VI_STORY, VI_MORE, told, VI_LAST])
    article = article_from_text(text + "\n")
    assert told in paragraphs(article)


@pytest.mark.parametrize(
    "told",
    [
        # a verb no list names, after the last body
        "Ông Park Min Jae, Phó Thị trưởng Gimhae và bà Lê Thu Hà, Giám đốc Sở Du lịch "
        "Đà Nẵng trò chuyện cùng phóng viên.",
        # a copula: the part after the title is a sentence about a country
        "Bà Kim Soo Yeon, Giám đốc Hanbit tại Việt Nam, Hàn Quốc luôn xem Đà Nẵng là "
        "điểm đến hàng đầu.",
        # a meeting's verb between the title and the body met
        "Ông Park Min Jae, Phó Thị trưởng Gimhae, Trưởng đoàn Gimhae hội kiến Chủ tịch "
        "UBND Đà Nẵng.",
    ],
)
def test_a_line_about_officials_with_any_verb_stays_a_paragraph(told):
    text = "\n\n".join([VI_HEAD, VI_STORY, VI_MORE, told, VI_LAST])
    article = article_from_text(text + "\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE, told, VI_LAST]


KO_LONG = [
    "한빛시 대표단은 이날 오전 시청에서 다낭시 인민위원회 부위원장과 만나 항만 물류와 관광, "
    "청년 교류 등 세 분야에서 협력을 넓히기로 뜻을 모았으며, 양측은 특히 두 도시를 잇는 "
    "직항 노선을 늘리고 대학 사이의 교환학생 규모를 두 배로 키우는 방안을 놓고 구체적인 "
    "일정과 예산을 함께 검토하기로 했다고 시 관계자가 전했다. 대표단은 또 현지에 진출한 "
    "중소기업 열 곳의 대표들과 간담회를 열고 통관 절차와 인력 채용의 어려움을 들었다.",
    '부위원장은 "두 도시가 지난 십 년 동안 쌓아 온 신뢰를 바탕으로 새로운 협력의 장을 '
    '열어 가자"고 말했고, 대표단장은 "한빛시의 항만 운영 경험을 다낭과 나누고 싶다"고 '
    "답했으며, 두 사람은 회담이 끝난 뒤 시청 앞 광장에서 열린 문화 공연을 함께 관람하고 "
    "현지 예술가들과 인사를 나누었다. 양측은 이어 실무 협의체를 꾸려 분기마다 한 차례씩 "
    "만나 진행 상황을 점검하기로 했으며 첫 회의는 한빛시에서 열기로 했다.",
    "시는 이번 방문을 계기로 다낭에 진출한 지역 기업의 애로 사항을 정리해 정부에 전달하고, "
    "현지 대학과 함께 한국어 교육 과정을 개설하는 방안도 검토하고 있다고 밝혔으며, 내년에는 "
    "다낭시 대표단을 초청해 항만 시설과 산업단지를 함께 둘러보는 일정도 마련할 방침이라고 "
    "덧붙였다. 관계자는 두 도시의 교역 규모가 해마다 늘고 있어 협력의 폭이 더 넓어질 "
    "것으로 기대한다고 말했다.",
]


def test_a_short_korean_sentence_telling_what_is_planned_is_no_caption():
    planned = (
        "대표단은 이날 오후 다낭 항만 관리청장도 만나 물류 협력을 논의할 예정이다."
    )
    text = "\n\n".join([KO_HEAD, KO_LONG[0], KO_LONG[1], planned, KO_LONG[2]])
    article = article_from_text(text + "\n")
    assert planned in paragraphs(article)


def test_related_headlines_over_the_headlines_picture_are_no_paragraphs():
    related = [
        "Tăng cường giao lưu nhân dân giữa hai địa phương kết nghĩa",
        "Doanh nghiệp Hàn Quốc tìm hiểu cơ hội đầu tư tại miền Trung",
    ]
    block = "\n".join([*related, VI_HEAD, "Một góc văn phòng mới. (Nguồn: Minh Khang)"])
    text = "\n\n".join([VI_HEAD, VI_STORY, block, VI_MORE, VI_LAST])
    article = article_from_text(text + "\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]
    assert all(reasons(article)[line] == "related headline" for line in related)


def test_one_crosshead_over_the_headlines_picture_stays_in_the_story():
    crosshead = "항만 협력 10년, 새로운 시작"
    block = "\n".join([crosshead, KO_HEAD, KO_MORE])
    article = article_from_text("\n\n".join([KO_HEAD, KO_STORY, block, KO_LAST]) + "\n")
    assert crosshead not in reasons(article)
    assert crosshead in [p.text for p in article.passages]
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]


def test_a_lead_over_the_headlines_picture_stays_a_paragraph():
    block = "\n".join([VI_STORY, VI_HEAD, VI_MORE])
    article = article_from_text("\n\n".join([VI_HEAD, block, VI_LAST]) + "\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


def test_a_sites_motto_and_address_in_angle_brackets_is_no_paragraph():
    footer = "<아시아 한인들의 대표신문 한빛저널, hanbitjournal.net>"
    byline = "한빛저널 이도윤 기자"
    text = "\n".join([KO_HEAD, "", KO_STORY, KO_MORE, byline, footer]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert footer in reasons(article)


def test_a_caption_shown_twice_signed_by_the_wire_at_the_end_is_no_paragraph():
    caption = (
        "Visitors look at paintings on display at the opening of a joint exhibition "
        "in central Busan on May 2, 2025. The show runs until June 30. (Yonhap)"
    )
    text = "\n".join([HEAD, STORY, MORE, "", caption, LAST, "", caption]) + "\n"
    article = article_from_text(text)
    assert caption.replace("\n", " ") not in paragraphs(article)
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_an_abbreviation_in_brackets_runs_on_into_the_lower_case_line_below():
    first = "Both cities have been working under the Joint Port Programme (JPP)"
    second = (
        "aimed at doubling the freight handled between them by the end of the decade, "
        "and officials said the first results were already visible in the port's books."
    )
    text = "\n\n".join([HEAD, f"{first}\n{second}", MORE, LAST]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [f"{first} {second}", MORE, LAST]


def test_a_credit_in_brackets_over_a_lower_case_brand_still_ends_its_paragraph():
    first = "The group's new album tops the charts in both countries (Hanbit)"
    second = "aespa will perform in Hanoi next month, the agency said on Monday."
    text = "\n\n".join([HEAD, STORY, f"{first}\n{second}", LAST]) + "\n"
    article = article_from_text(text)
    assert second in paragraphs(article)
