"""The last item of a list at the page's end is whole, short and unended as items are,
only in a list a story sentence introduces with a colon: a few words under numbered or
dashed paragraphs no lead-in introduces (an interview's turns), or an item cut inside a
word or unended under items that end, is the copy cut where the text ends. Every text is
invented."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_HEAD,
    KO_MORE,
    KO_STORY,
    MORE,
    STORY,
    VI_HEAD,
    VI_MORE,
    VI_STORY,
    article_from_text,
    paragraphs,
    story_text,
)

EN = (HEAD, [STORY, MORE])
VI = (VI_HEAD, [VI_STORY, VI_MORE])
KO = (KO_HEAD, [KO_STORY, KO_MORE])


def _page(head: str, body: list[str], lead: str, items: list[str]) -> str:
    return "\n\n".join([head, *body, lead + "\n" + "\n".join(items)]) + "\n"


N1 = (
    "1. Flights: the two cities will ask airlines to add routes between Hanoi and "
    "Busan, with the first new service planned for the spring."
)
N2 = (
    "2. Training: a joint centre will open in the port district to train technicians "
    "for the factories Korean firms are building."
)
VQ = (
    "– Thưa ông, hợp tác giữa hai thành phố sẽ tập trung vào những lĩnh vực nào trong "
    "thời gian tới?"
)
VA = (
    "– Chúng tôi ưu tiên thương mại, du lịch và đào tạo nghề, vì đây là những lĩnh vực "
    "mà doanh nghiệp hai bên đều có nhu cầu lớn."
)


@pytest.mark.parametrize(
    ("page", "lines", "cut", "newline"),
    [
        (EN, [N1, N2], "3. The mayors will also", "\n"),
        (EN, [N1, N2], "3. The forum will be held again", ""),
        (VI, [VQ, VA], "– Hai bên cũng sẽ mở rộng", "\n"),
        (
            VI,
            [
                "+ Hai bên sẽ mở rộng các chuyến bay giữa Hà Nội và Busan trong năm nay, "
                "theo kế hoạch đã được thống nhất."
            ],
            "+ Trung tâm đào tạo chung sẽ",
            "\n",
        ),
        (
            KO,
            [
                "1. 양측은 하노이와 부산 간 항공편을 늘리기 위해 항공사들과 협의하기로 했다."
            ],
            "2. 공동 교육센터는 내년 상반기",
            "\n",
        ),
    ],
)
def test_a_copy_cut_under_items_no_lead_in_introduces_is_still_cut(
    page, lines, cut, newline
):
    """Numbered or dashed paragraphs (an interview's questions and answers) and then a
    few words where the text ends: the copy cut there, not a list's last item."""
    head, body = page
    text = "\n\n".join([head, *body, *lines, cut]) + newline
    article = article_from_text(text)
    assert story_text(article)[-1] == cut
    assert cut not in paragraphs(article)


@pytest.mark.parametrize(
    ("items", "body"),
    [
        (
            [
                "- expand flights between Hanoi and Busan;",
                "- open a joint training cen",
            ],
            [STORY, MORE],
        ),
        (
            ["- expand flights between Hanoi and Busan", "- open a joint training cen"],
            [
                STORY,
                MORE,
                "Both sides will also open a joint training centre in Busan.",
            ],
        ),
    ],
)
def test_a_listed_item_cut_short_is_still_cut(items, body):
    """Under a lead-in, the last item unended under items that end ("…;"), or stopping
    inside a word the story used ("cen" of "centre"), is the copy cut there."""
    lead = "The two sides agreed on three steps:"
    article = article_from_text(_page(HEAD, body, lead, items))
    assert story_text(article)[-1] == items[-1]
    assert items[-1] not in paragraphs(article)
