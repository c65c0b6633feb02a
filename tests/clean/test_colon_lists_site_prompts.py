"""A sentence ending in a colon leads a story's list only when it speaks of the story's
matter: the site's prompts over other stories, its contacts, services, tags, app and
channels stay the page's foot with their lists, though shaped as a lead-in and items. A
story's lead-in that opens with words a related list's heading also uses keeps its list.
Every text is invented."""

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
    paragraphs,
)

EN = (HEAD, [STORY, MORE, LAST])
VI = (VI_HEAD, [VI_STORY, VI_MORE, VI_LAST])
KO = (KO_HEAD, [KO_STORY, KO_MORE, KO_LAST])
EN_LINKS = [
    "- Oh Se-hoon meets Lee Jae-myung on housing",
    "- To Lam to visit Busan in June",
]
VI_LINKS = [
    "- Hải Phòng đón đoàn doanh nghiệp Hàn Quốc",
    "- Mở đường bay mới tới Busan",
]
KO_LINKS = ["- 부산시, 베트남 대표단 맞아", "- 하노이 직항 노선 확대"]


def _page(head: str, body: list[str], lead: str, items: list[str]) -> str:
    return "\n\n".join([head, *body, lead + "\n" + "\n".join(items)]) + "\n"


@pytest.mark.parametrize(
    ("page", "lead", "items"),
    [
        (EN, "Other stories from our Seoul bureau:", EN_LINKS),
        (
            EN,
            "Other stories from our Seoul bureau:",
            [f"{n}. {t[2:]}" for n, t in enumerate(EN_LINKS, 1)],
        ),
        (
            EN,
            "Other stories from our Seoul bureau:",
            [f"- [Video] {t[2:]}" for t in EN_LINKS],
        ),
        (EN, "Read our other coverage of the summit:", EN_LINKS),
        (
            EN,
            "Other articles by the same author:",
            [f"{t} (12/03/2026)" for t in EN_LINKS],
        ),
        (VI, "Bạn đọc quan tâm có thể tham khảo thêm:", VI_LINKS),
        (VI, "Các bài viết cùng tác giả trên báo:", [f"{t}…" for t in VI_LINKS]),
        (KO, "함께 읽으면 좋은 기사 모음:", KO_LINKS),
        (KO, "이 기자의 다른 기사 보기:", KO_LINKS),
    ],
)
def test_the_site_s_other_stories_still_go(page, lead, items):
    head, body = page
    assert paragraphs(article_from_text(_page(head, body, lead, items))) == body


@pytest.mark.parametrize(
    ("page", "lead", "items"),
    [
        (
            VI,
            "Để biết thêm thông tin, vui lòng liên hệ:",
            [
                "- Bà Nguyễn Thị Hoa, Phòng Truyền thông, điện thoại 0912 345 678",
                "- Ông Trần Minh Khoa, email khoa.tm@vidu.vn",
            ],
        ),
        (
            EN,
            "Contact us for more information:",
            ["- Phone: +84 24 3825 1234", "- Email: newsroom@dailyexample.com"],
        ),
        (
            VI,
            "Mọi thông tin chi tiết xin liên hệ:",
            [
                "- Hotline: 1900 1234",
                "- Email: toasoan@baovidu.vn",
                "- Địa chỉ: 12 Tràng Tiền",
            ],
        ),
        (
            EN,
            "The reporter can be reached at:",
            ["- Email: jsmith@dailyexample.com", "- Twitter: @jsmith"],
        ),
        (
            EN,
            "Officials at the two city halls can be reached at:",
            ["- Hanoi office: +84 24 3825 1234", "- Busan office: +82 51 888 1234"],
        ),
    ],
)
def test_contacts_still_go(page, lead, items):
    head, body = page
    assert paragraphs(article_from_text(_page(head, body, lead, items))) == body


def test_a_long_prompt_s_contacts_still_go():
    """A prompt of a paragraph's length to write to the newsroom: its channels go."""
    lead = (
        "Bạn đọc có thể gửi ý kiến, phản hồi về bài viết cho Ban biên tập qua các "
        "kênh sau đây:"
    )
    items = ["- Email: bandoc@baovidu.vn", "- Hotline: 1900 5678"]
    kept = paragraphs(article_from_text(_page(VI_HEAD, VI[1], lead, items)))
    assert kept[:3] == VI[1]
    assert not set(items) & set(kept)


@pytest.mark.parametrize(
    ("page", "lead", "items"),
    [
        (
            EN,
            "The Daily Example offers the following services:",
            ["- Advertising", "- Events and conferences", "- Translation"],
        ),
        (VI, "Báo Ví Dụ cung cấp các dịch vụ sau:", ["- Quảng cáo", "- Đặt báo"]),
        (
            EN,
            "The Korea Herald has been publishing since 1953 in:",
            ["- Seoul", "- Busan"],
        ),
        (
            EN,
            "This article was filed under the following topics:",
            ["- Trade", "- Hanoi"],
        ),
        (VI, "Bài viết thuộc các chủ đề sau:", ["- Thương mại", "- Hà Nội"]),
        (
            EN,
            "Download the Daily Example app on your phone:",
            ["- App Store", "- Google Play"],
        ),
        (VI, "Tải ứng dụng Báo Ví Dụ tại:", ["- App Store", "- Google Play"]),
        (KO, "공식 SNS 채널에서 만나보세요:", ["- 유튜브", "- 인스타그램"]),
        (
            EN,
            "Here is what other readers wrote below:",
            ["- Great news", "- About time"],
        ),
    ],
)
def test_the_site_s_services_tags_and_channels_still_go(page, lead, items):
    head, body = page
    assert paragraphs(article_from_text(_page(head, body, lead, items))) == body


@pytest.mark.parametrize(
    ("page", "lead"),
    [
        (EN, "The working group recommended three steps:"),
        (EN, "The most popular proposals at the forum were:"),
        (EN, "Officials said the latest plan includes:"),
        (EN, "The two sides signed documents related to:"),
        (EN, "The city expects more from Korean investors in three areas:"),
        (VI, "Bộ đề nghị các địa phương cung cấp thông tin liên quan gồm:"),
        (VI, "Ngoài ra, hai bên trao đổi thông tin khác như:"),
    ],
)
def test_a_story_lead_in_with_a_heading_s_words_keeps_its_list(page, lead):
    """Words a related list's heading opens with ("most popular", "related", "khác"),
    inside a story's sentence, make it no heading."""
    head, body = page
    items = [
        "- expand flights between Hanoi and Busan;",
        "- open a joint training centre.",
    ]
    assert paragraphs(article_from_text(_page(head, body, lead, items))) == [
        *body,
        lead,
        *items,
    ]


def test_a_reporter_s_other_stories_under_her_bio_still_go():
    bio = (
        "Jane Park is the paper's Hanoi correspondent. She covers trade and diplomacy."
    )
    lead = "Her latest reports from the city include:"
    body = [*EN[1], bio]
    kept = paragraphs(article_from_text(_page(HEAD, body, lead, EN_LINKS)))
    assert not set(EN_LINKS) & set(kept)
