"""Where a page seems to name its outlet but does not: a paper cited by name and date
between the story's paragraphs, a compiler's tag naming the agency it worked from, a
firm's or a festival's name that holds an outlet's name, a readers' invitation to follow
anything but the site."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.clean.metadata import outlets
from dossier.model import Metadata


def _read(text: str, url: str | None = None):
    return clean(text, "seeds/x.txt", Metadata(url=url))


def test_a_paper_cited_by_name_and_date_inside_the_story_is_a_subheading():
    text = (
        "How the region's papers saw the new port\n\n"
        "Tuesday, April 8, 2025 07:30\n\n"
        "Papers in three countries wrote this week about the container port that "
        "opened near Hai Phong, and most of them praised its size and its speed.\n\n"
        "The Korea Times April 3, 2025\n"
        "The paper said the port could take the largest ships now sailing between "
        "Busan and Singapore, and that two Korean lines had booked berths.\n\n"
        "VnExpress April 5, 2025\n"
        "The site wrote that trucks still queue for hours on the road to the gate, "
        "and that a second road would not open before next year.\n\n"
        "The port's operator plans to double its cranes by the end of 2026.\n"
    )
    article = _read(text)
    kept = [p.text for p in article.passages if p.kind != "headline"]
    assert article.metadata.outlet is None
    assert kept[0].startswith("Papers in three countries")
    assert "The Korea Times April 3, 2025" in kept
    assert "VnExpress April 5, 2025" in kept


def test_a_compiler_s_tag_naming_the_agency_leaves_the_masthead_the_outlet():
    text = (
        "Báo Quốc tế\n\nThứ Tư, 9/4/2025 10:20\n\n"
        "Hai nước mở thêm tuyến tàu biển chở hàng\n\n"
        "Ngày 8/4, hai bộ giao thông cho biết tuyến tàu mới sẽ chạy mỗi tuần một "
        "chuyến giữa hai cảng lớn từ tháng Sáu.\n\n"
        "Các doanh nghiệp vận tải cho rằng tuyến mới giúp giảm chi phí chở hàng.\n\n"
        "HL (theo Reuters)\n"
    )
    assert _read(text).metadata.outlet == "Báo Quốc tế"


def test_a_firm_or_a_festival_named_like_an_outlet_names_no_outlet():
    firm = (
        "Quỹ ngoại mua cổ phần chuỗi siêu thị\n\nThứ Hai, 7/4/2025, 09:00\n\n"
        "Một quỹ nước ngoài vừa mua 15% cổ phần của một chuỗi siêu thị tại Hà Nội.\n\n"
        "Buổi ký kết ngày 6/4. Ảnh: Quỹ Đầu tư Chứng khoán Phương Nam cung cấp\n\n"
        "Quỹ sẽ cử một thành viên vào hội đồng quản trị của chuỗi siêu thị.\n"
    )
    assert _read(firm).metadata.outlet is None
    festival = (
        "Bands from two countries play a night by the sea\n\n"
        "Posted : 2025-04-07 11:00\n\n"
        "About 3,000 people came to the beach on Saturday for a night of music from "
        "Korean and Vietnamese bands, the organisers said.\n\n"
        "A band plays on the main stage, Saturday. Courtesy of Good Morning Vietnam Fair\n\n"
        "The organisers plan to hold the night again next year.\n"
    )
    assert _read(festival).metadata.outlet is None
    # where the name stands alone it is the paper's
    assert outlets().find("Good Morning Vietnam") == "굿모닝베트남"
    assert outlets().find("Đầu tư Chứng khoán") == "Đầu tư Chứng khoán"


def test_one_paper_one_name_whatever_its_tag():
    story = (
        "Một tập đoàn nước ngoài vừa được cấp phép mở rộng nhà máy tại Long An "
        "với số vốn thêm 200 triệu USD.\n\n"
        "Nhà máy mở rộng sẽ tuyển thêm khoảng 1.000 lao động trong năm tới.\n"
    )
    for tag in ("TBKTSG", "KTSG Online"):
        text = (
            f"Nhà máy ở Long An mở rộng\n\nThứ Ba, 8/4/2025, 08:00\n\n({tag}) - {story}"
        )
        assert _read(text).metadata.outlet == "Kinh tế Sài Gòn"
    assert outlets().find("Thời báo Kinh tế Sài Gòn") == "Kinh tế Sài Gòn"


def test_an_invitation_to_follow_a_match_names_no_outlet():
    text = (
        "Hai đội bóng gặp nhau tối thứ Bảy\n\nThứ Sáu, 11/4/2025 - 17:00\n\n"
        "Hai đội sẽ gặp nhau trên sân Thống Nhất vào tối thứ Bảy trong trận đấu "
        "quyết định ngôi đầu bảng, ban tổ chức cho biết.\n\n"
        "Vé được bán tại sân từ sáng thứ Sáu.\n\n"
        "Mời bạn đọc theo dõi diễn biến trận đấu trên Facebook\n"
    )
    assert _read(text).metadata.outlet is None


def test_a_listed_outlet_and_its_date_as_the_page_s_last_line_name_the_outlet():
    text = (
        "Two provinces open a training centre\n\n"
        "The two provinces agreed on Monday to open a joint training centre for young "
        "farmers next spring, officials said after the signing.\n\n"
        "The centre will take forty trainees a year, the agreement says.\n\n"
        "The Korea Times 2025.04.03\n"
    )
    article = _read(text)
    assert article.metadata.outlet == "The Korea Times"
    assert article.metadata.published == "2025-04-03"
