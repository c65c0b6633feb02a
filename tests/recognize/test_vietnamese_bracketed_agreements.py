"""A Vietnamese agreement that gives its short form in brackets between its head and its
topic is one name with them: "Biên bản ghi nhớ (MOU) về …" (on …), "… (MOU) giữa A và B"
(between two parties); the brackets no longer cut it off after the head."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hai bộ đồng ý gia hạn biên bản ghi nhớ (MOU) về hợp tác nghề cá, nhằm mở "
            "rộng phạm vi hợp tác.",
            "biên bản ghi nhớ (MOU) về hợp tác nghề cá",
        ),
        (
            "Hai bên rà soát Thỏa thuận (MoU) về trao đổi sinh viên mà hai trường đã ký "
            "năm 2015.",
            "Thỏa thuận (MoU) về trao đổi sinh viên",
        ),
        (
            "Lễ ký Biên bản Ghi nhớ (MOU) về việc thành lập Trung tâm Minh Khai và Hợp "
            "tác đào tạo đã diễn ra sáng nay.",
            "Biên bản Ghi nhớ (MOU) về việc thành lập Trung tâm Minh Khai",
        ),
        (
            "Lễ ký Biên bản ghi nhớ (MOU) giữa trường Kyunghan và Tổng lãnh sự quán Lào "
            "tại Busan đã diễn ra hôm qua.",
            "Biên bản ghi nhớ (MOU) giữa trường Kyunghan và Tổng lãnh sự quán Lào tại "
            "Busan",
        ),
    ],
)
def test_agreement_with_its_short_form_inside(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "agreements"


@pytest.mark.parametrize(
    "text",
    [
        # the short form after the whole name: no topic follows the brackets
        "Hai bên ký Biên bản ghi nhớ (MOU) vào sáng 4/5.",
        # one party only: the line broke off
        "Lễ ký kết Biên bản ghi nhớ (MOU) giữa Hanmi",
    ],
)
def test_no_topic_no_name(matcher, text):
    assert not any("(MOU)" in name for name in proposed_names(matcher, text))
