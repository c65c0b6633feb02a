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
        # the topic ends where the clause goes on: a verb, a time, a number
        (
            "Hai bên đã ký Biên bản ghi nhớ (MOU) về hợp tác thể thao vừa ký kết hôm "
            "7/4 tại Busan.",
            "Biên bản ghi nhớ (MOU) về hợp tác thể thao",
        ),
        (
            "Bộ nhắc lại biên bản ghi nhớ (MOU) về lao động hai nước ký kết từ năm 2016.",
            "biên bản ghi nhớ (MOU) về lao động",
        ),
        # two topic nouns joined by "và" stay one topic
        (
            "Hai bộ gia hạn Bản ghi nhớ (MoU) về hợp tác văn hóa và du lịch đến năm "
            "2030.",
            "Bản ghi nhớ (MoU) về hợp tác văn hóa và du lịch",
        ),
        # the parties, long ones whole, without the place of signing
        (
            "Lễ ký Biên bản ghi nhớ (MOU) giữa Trường Đại học Kỹ thuật Đà Nẵng và "
            "Trường Đại học Kỹ thuật Busan diễn ra hôm qua.",
            "Biên bản ghi nhớ (MOU) giữa Trường Đại học Kỹ thuật Đà Nẵng và Trường "
            "Đại học Kỹ thuật Busan",
        ),
        (
            "Lễ ký thỏa thuận (MOU) giữa trường Kyunghan và công ty Daewon tại Hà Nội "
            "sáng 5/3 thu hút nhiều khách.",
            "thỏa thuận (MOU) giữa trường Kyunghan và công ty Daewon",
        ),
        (  # an embassy placed in its country: a party's own "tại"
            "Lễ ký thỏa thuận (MOU) giữa trường Kyunghan và Đại sứ quán Lào tại Hàn "
            "Quốc diễn ra sáng nay.",
            "thỏa thuận (MOU) giữa trường Kyunghan và Đại sứ quán Lào tại Hàn Quốc",
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
        # many agreements counted: no one agreement's name
        "Tại hội nghị, 12 thỏa thuận (MOU) về đầu tư và logistics đã được ký.",
        "Hiện có nhiều biên bản ghi nhớ (MOU) về du lịch chưa được thực hiện.",
    ],
)
def test_no_topic_no_name(matcher, text):
    assert not any("(MOU)" in name for name in proposed_names(matcher, text))


def test_a_party_of_an_agreement_is_proposed_too(matcher):
    text = "Lễ ký thỏa thuận (MOU) giữa trường Kyunghan và công ty Daewon tại Hà Nội."
    assert "Daewon" in proposed_names(matcher, text)


def test_a_verb_syllable_inside_a_topic_noun(matcher):
    text = "Biên bản ghi nhớ (MOU) về đào tạo kỹ sư bán dẫn cho các trường Busan."
    names = proposed_names(matcher, text)
    assert names.get("Biên bản ghi nhớ (MOU) về đào tạo kỹ sư bán dẫn") == "agreements"
