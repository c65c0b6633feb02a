"""A story's sentence that lost its full stop between paragraphs that end theirs: one that
reports who said it or where a figure comes from, or tells what will happen, is story
text; a caption shows what its picture shows. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import (
    KO_HEAD,
    KO_MORE,
    KO_STORY,
    VI_HEAD,
    VI_MORE,
    VI_STORY,
    article_from_text,
    captions,
    paragraphs,
)

KO_LATER = "두 도시는 다음 달 부산에서 열리는 박람회에 공동 홍보관을 열고 지역 기업 스무 곳을 소개한다."
VI_LATER = (
    "Văn phòng cũng sẽ tổ chức các buổi gặp gỡ trực tuyến hằng tháng để doanh nghiệp "
    "hai nước trao đổi nhu cầu hợp tác."
)


@pytest.mark.parametrize(
    "line",
    [
        # a figure and where it comes from, after a comma
        "Hai thành phố đứng đầu cả nước về số doanh nghiệp nhỏ tham gia chương trình, "
        "hơn 3.000 đơn vị, theo số liệu của sở công thương thành phố",
        # what will happen, on a date to come
        "Vào ngày 15/6 tới, văn phòng sẽ tiếp tục đón đoàn doanh nghiệp thứ hai gồm "
        "30 đơn vị từ thành phố cảng",
    ],
)
def test_a_vietnamese_sentence_reported_or_to_come_stays_a_paragraph(line: str) -> None:
    article = article_from_text(
        f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{line}\n\n{VI_LATER}\n"
    )
    assert paragraphs(article) == [VI_STORY, VI_MORE, line, VI_LATER]
    assert not captions(article)


def test_a_korean_quote_and_its_speaker_without_a_full_stop_stay_a_paragraph() -> None:
    said = (
        "사무소 관계자는 “문을 연 지 한 달 만에 기업 마흔 곳이 상담을 신청한 것은 "
        "지역 사무소 가운데 처음”이라고 말했다"
    )
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{said}\n\n{KO_LATER}\n"
    )
    assert paragraphs(article) == [KO_STORY, KO_MORE, said, KO_LATER]


def test_a_vietnamese_caption_without_a_full_stop_is_still_a_caption() -> None:
    # what the picture shows, now: no source, nothing to come ("theo dõi": watching)
    caption = (
        "Đông đảo người dân và du khách đứng hai bên đường, theo dõi đoàn diễu hành "
        "của các doanh nghiệp trước văn phòng mới"
    )
    article = article_from_text(
        f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{caption}\n\n{VI_LATER}\n"
    )
    assert captions(article) == [caption]
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LATER]
