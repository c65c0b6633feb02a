"""A story's sentence that lost its full stop between paragraphs that end theirs: one that
reports who said it or where a figure comes from, or opens on a date to come, is story
text; a caption shows what its picture shows (a site's, with what will be built there),
and a line over its picture's credit is one. Every text here is invented."""

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
        "hơn 3.000 đơn vị, theo các số liệu của sở công thương thành phố",
        # what will happen, opening on a date to come
        "Vào ngày 15/6 tới, văn phòng sẽ tiếp tục đón đoàn doanh nghiệp thứ hai gồm "
        "30 đơn vị từ thành phố cảng",
        # a source without the comma
        "Kim ngạch thương mại giữa hai thành phố đạt khoảng 120 triệu USD trong năm "
        "ngoái theo báo cáo của cục hải quan khu vực",
        # a speaker by a verb of speech the project already reads
        "Ông Choi Min-su, Giám đốc văn phòng, nhấn mạnh doanh nghiệp nhỏ của hai nước "
        "cần thêm kênh gặp gỡ trực tiếp mỗi quý",
        "Bà Trần Thu Hà, Phó Giám đốc sở, chia sẻ thành phố đã dành riêng một khu đất "
        "cho các nhà đầu tư đến từ Hàn Quốc",
    ],
)
def test_a_vietnamese_sentence_reported_stays_a_paragraph(line: str) -> None:
    article = article_from_text(
        f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{line}\n\n{VI_LATER}\n"
    )
    assert paragraphs(article) == [VI_STORY, VI_MORE, line, VI_LATER]
    assert not captions(article)


@pytest.mark.parametrize(
    "said",
    [
        "사무소 관계자는 “문을 연 지 한 달 만에 기업 마흔 곳이 상담을 신청한 것은 "
        "지역 사무소 가운데 처음”이라고 말했다",
        # the quote closed right before "고", the commonest form
        "시장은 이날 개소식에서 “두 도시 기업이 서로의 시장에 더 쉽게 들어갈 수 있도록 "
        "사무소 운영을 늘리겠다”고 말했다",
        # "했다": said, the verb left short
        "사무소 관계자는 “상담 신청이 예상보다 많아 다음 달부터 통역 인력을 두 배로 "
        "늘릴 계획”이라고 했다",
        # the day between the report and its verb
        "시는 하노이 사무소를 통해 지역 기업 스무 곳의 현지 판로 개척을 돕기로 "
        "했다고 4일 밝혔다",
    ],
)
def test_a_korean_quote_and_its_speaker_without_a_full_stop_stay_a_paragraph(
    said: str,
) -> None:
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{said}\n\n{KO_LATER}\n"
    )
    assert paragraphs(article) == [KO_STORY, KO_MORE, said, KO_LATER]


@pytest.mark.parametrize(
    "caption",
    [
        # what the picture shows, now: no source, nobody reported ("theo dõi": watching)
        "Đông đảo người dân và du khách đứng hai bên đường, theo dõi đoàn diễu hành "
        "của các doanh nghiệp trước văn phòng mới",
        # a site or a render, with what will be built there
        "Bãi đất trống cạnh cảng cá của thành phố, nơi hai bên sẽ dựng nhà kho lạnh "
        "đầu tiên cho hàng thủy sản xuất khẩu",
        "Phối cảnh nhà ga hành khách mới của cảng biển, công trình sẽ được khởi công "
        "vào ngày 15/6 tới với vốn vay ưu đãi",
        # "theo sau" (followed by), "theo hướng dẫn" (guided by): no source
        "Đội trống hội mở màn buổi lễ trước cổng văn phòng, theo sau là đoàn doanh "
        "nghiệp của hai thành phố kết nghĩa",
        "Các sinh viên Hàn Quốc thử làm nón lá trong xưởng của làng nghề, theo hướng "
        "dẫn của những thợ lành nghề địa phương",
    ],
)
def test_a_vietnamese_caption_without_a_full_stop_is_still_a_caption(
    caption: str,
) -> None:
    article = article_from_text(
        f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{caption}\n\n{VI_LATER}\n"
    )
    assert captions(article) == [caption]
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LATER]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_line_over_its_picture_credit_is_a_caption_whatever_it_reports(
    gap: str,
) -> None:
    # a chart's caption with its source, and the page's own credit under it
    caption = (
        "Biểu đồ kim ngạch xuất khẩu nông sản sang Hàn Quốc qua các năm, theo số liệu "
        "của cục hải quan khu vực"
    )
    article = article_from_text(
        f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{caption}{gap}Ảnh: Thu Trang\n\n"
        f"{VI_LATER}\n"
    )
    assert captions(article) == [caption]
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LATER]
