"""A list the story introduces with a sentence ending in a colon ("The two sides agreed
on three steps:" / "- expand flights …;") is story text, at the page's foot as anywhere:
its short dashed lines are not furniture under the story. A list under a related-stories
heading ("Related news:", "Tin liên quan:", "관련기사") or a heading that invites more
reading is still the page's foot. Every text is invented."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_HEAD,
    KO_MORE,
    KO_STORY,
    LAST,
    MORE,
    STORY,
    VI_HEAD,
    VI_MORE,
    VI_STORY,
    article_from_text,
    paragraphs,
    reasons,
    story_text,
)

EN_LEAD = "The two sides agreed on three steps:"
EN_ITEMS = [
    "- expand flights between Hanoi and Busan;",
    "- open a joint training centre;",
    "- hold the forum again next year.",
]
VI_LEAD = "Hai bên thống nhất ba bước:"
VI_ITEMS = [
    "- mở rộng các chuyến bay giữa Hà Nội và Busan;",
    "- mở một trung tâm đào tạo chung;",
    "- tổ chức lại diễn đàn vào năm sau.",
]
KO_LEAD = "양측은 세 가지 조치에 합의했다:"
KO_ITEMS = [
    "- 하노이와 부산 간 항공편 확대;",
    "- 공동 교육센터 개설;",
    "- 내년에 포럼 재개최.",
]
EN_FOOT = "Tags: Hanoi, Busan, flights\n\nShare\n\n© 2026 The Daily Example. All rights reserved."
VI_FOOT = (
    "Tags: Hà Nội, Busan\n\nChia sẻ\n\n© 2026 Báo Ví Dụ. Bản quyền thuộc về Báo Ví Dụ."
)
KO_FOOT = "태그: 하노이, 부산\n\n공유하기\n\n© 2026 예시신문. 무단전재 및 재배포 금지."

STORIES = [
    (HEAD, STORY, MORE, EN_LEAD, EN_ITEMS, EN_FOOT),
    (VI_HEAD, VI_STORY, VI_MORE, VI_LEAD, VI_ITEMS, VI_FOOT),
    (KO_HEAD, KO_STORY, KO_MORE, KO_LEAD, KO_ITEMS, KO_FOOT),
]


def _page(head: str, body: list[str], lead: str, items: list[str], gap: str) -> str:
    return "\n\n".join([head, *body, lead + "\n" + gap.join(items)]) + "\n"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("head", "story", "more", "lead", "items", "foot"), STORIES)
def test_a_list_after_a_colon_is_the_story_s_end(
    head, story, more, lead, items, foot, gap
):
    article = article_from_text(_page(head, [story, more], lead, items, gap))
    assert paragraphs(article) == [story, more, lead, *items]


@pytest.mark.parametrize(("head", "story", "more", "lead", "items", "foot"), STORIES)
def test_the_foot_under_such_a_list_still_goes(head, story, more, lead, items, foot):
    text = _page(head, [story, more], lead, items, "\n") + "\n" + foot + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [story, more, lead, *items]
    assert set(foot.replace("\n\n", "\n").split("\n")) <= set(reasons(article))


@pytest.mark.parametrize(
    ("head", "story", "more", "heading", "links"),
    [
        (
            HEAD,
            STORY,
            MORE,
            "Related news:",
            ["- Port city signs pact with Korean partner", "- New flights to Busan"],
        ),
        (
            VI_HEAD,
            VI_STORY,
            VI_MORE,
            "Tin liên quan:",
            ["- Hải Phòng đón đoàn doanh nghiệp", "- Mở đường bay mới tới Busan"],
        ),
        (
            KO_HEAD,
            KO_STORY,
            KO_MORE,
            "관련기사",
            ["- 부산시, 베트남 대표단 맞아", "- 하노이 직항 노선 확대"],
        ),
    ],
)
def test_a_related_list_at_the_foot_still_goes(head, story, more, heading, links):
    article = article_from_text(_page(head, [story, more], heading, links, "\n"))
    assert paragraphs(article) == [story, more]


@pytest.mark.parametrize(
    "heading",
    [
        "Readers who liked this story may also like:",
        "Mời bạn đọc xem thêm các bài viết:",
        "You might also like these stories:",
    ],
)
def test_a_sentence_inviting_more_reading_is_no_lead_in(heading):
    """A sentence-long heading over other stories' headlines says it with a related
    list's words ("also like", "xem thêm"): the list under it is the foot."""
    links = ["- Port city signs pact with Korean partner", "- New flights to Busan"]
    article = article_from_text(_page(HEAD, [STORY, MORE], heading, links, "\n"))
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize("mark", ["- ", "• ", "1. "])
def test_a_list_s_unended_last_item_is_no_cut_copy(mark):
    """The page's last line, a short item that ends no sentence ("open a joint training
    centre"), is the list's last item, not a paragraph the copy cut a few words in."""
    numbered = mark == "1. "
    first = "expand flights between Hanoi and Busan"
    last = "open a joint training centre"
    items = [f"{mark}{first}", f"{'2. ' if numbered else mark}{last}"]
    article = article_from_text(_page(HEAD, [STORY, MORE], EN_LEAD, items, "\n"))
    assert story_text(article) == paragraphs(article)
    assert paragraphs(article)[-1].endswith(last)


def test_a_copy_cut_under_a_single_dashed_line_is_still_cut():
    """One dashed line above the cut is no list: the sentence cut short under it is."""
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n- {LAST}\n\nThe mayors will also"
    assert story_text(article_from_text(text))[-1] == "The mayors will also"
    assert "The mayors will also" not in paragraphs(article_from_text(text))


@pytest.mark.parametrize(
    ("head", "story", "more", "lead", "items"),
    [
        (
            HEAD,
            STORY,
            MORE,
            "Follow us for the latest news on our channels:",
            ["- Facebook", "- YouTube", "- Zalo"],
        ),
        (
            HEAD,
            STORY,
            MORE,
            "Subscribe to our newsletter and receive:",
            ["- daily headlines", "- weekly analysis"],
        ),
        (
            VI_HEAD,
            VI_STORY,
            VI_MORE,
            "Theo dõi chúng tôi trên các nền tảng:",
            ["- Facebook", "- YouTube"],
        ),
    ],
)
def test_a_site_s_prompt_over_its_channels_still_goes(head, story, more, lead, items):
    """A sentence ending in a colon over the site's channels or its newsletter's offer is
    the page's foot, the list under it its menu."""
    article = article_from_text(_page(head, [story, more], lead, items, "\n"))
    assert paragraphs(article) == [story, more]
