"""Where a page names its outlet: a headline shown twice is no masthead, a wire agency
signing the story, a known outlet and its date on one line, a follow prompt's outlet, a
government body's site, an aggregator's "Nguồn" line."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.model import Metadata

STORY = (
    "The two provinces agreed on Monday to open a joint training centre for "
    "young farmers next spring, officials said after the signing.\n\n"
    "The centre will take forty trainees a year and share its teachers between "
    "the two sides, the agreement says.\n"
)


def _read(text: str, url: str | None = None):
    return clean(text, "seeds/x.txt", Metadata(url=url))


def test_a_headline_shown_above_itself_is_no_masthead():
    headline = "Ferry Operator Envisions New Routes for Island Towns"
    text = f"{headline}\n\n{headline}\n\n{STORY}"
    article = _read(text, "https://harbour-b2b.com/listing/ferry-operator-routes/")
    assert article.metadata.outlet != headline
    assert article.title == headline


def test_a_wire_agency_signing_the_byline_is_the_outlet_over_the_carrier_s_masthead():
    text = (
        "The Korea Herald\n\nProvinces open a training centre for young farmers\n\n"
        f"By Yonhap\n\nPublished : May 4, 2022 - 10:15\n\n{STORY}"
    )
    assert _read(text).metadata.outlet == "Yonhap News Agency"


def test_a_reporter_s_byline_leaves_the_masthead_the_outlet():
    text = (
        "The Korea Herald\n\nProvinces open a training centre for young farmers\n\n"
        f"By Kim Min-ji\n\nPublished : May 4, 2022 - 10:15\n\n{STORY}"
    )
    assert _read(text).metadata.outlet == "The Korea Herald"


def test_a_listed_outlet_and_its_date_on_one_line_name_the_outlet():
    text = (
        "Provinces open a training centre for young farmers\n\n"
        "Farm schools spread across the delta\n\n\n"
        f"Reuters March 06, 2020\nHANOI: {STORY}"
    )
    article = _read(text, "https://tribune.example.pk/story/2170573/farm-schools")
    assert article.metadata.outlet == "Reuters"
    assert article.metadata.published == "2020-03-06"


VIET_STORY = (
    "Sáng 12/3, hai tỉnh đã ký thỏa thuận mở trung tâm đào tạo nông dân trẻ vào "
    "mùa xuân tới, các quan chức cho biết sau lễ ký.\n\n"
    "Trung tâm sẽ nhận bốn mươi học viên mỗi năm và chia sẻ giáo viên giữa hai "
    "bên, theo thỏa thuận.\n"
)


def test_a_readers_invitation_to_follow_the_site_names_it():
    text = (
        "Hai tỉnh mở trung tâm đào tạo nông dân trẻ\n\n"
        f"{VIET_STORY}\nMời quý độc giả theo dõi VOV.VN trên\n\nFacebook Zalo\n"
    )
    article = _read(text, "https://copies.example.org/society/post1205962.vov")
    assert article.metadata.outlet == "Voice of Vietnam"


def test_follow_the_paper_and_a_row_of_media_tabs_name_no_outlet():
    text = (
        "Theo dõi báo trên\nYoutube Facebook Tiktok Zalo\n\nVideo Podcast Magazine\n\n"
        f"Hai tỉnh mở trung tâm đào tạo nông dân trẻ\n\n{VIET_STORY}"
    )
    article = _read(text, "https://thanhnien.vn/hai-tinh-mo-trung-tam-185250811.htm")
    assert article.metadata.outlet == "Thanh Niên"


def test_an_outlet_s_tag_and_its_names_in_other_spellings_are_listed():
    from dossier.clean.metadata import outlets
    from dossier.editorial.evaluate import _outlet_key

    english = (
        "PSNews - The province opened a training centre for young farmers on Monday."
    )
    assert _read(f"{english}\n\n{STORY}").metadata.outlet == "Công an Nhân dân"
    tagged = f"TQO - The province opened a training centre on Monday.\n\n{STORY}"
    assert _read(tagged).metadata.outlet == "Báo Tuyên Quang"
    assert _outlet_key("Tuyen Quang Newspaper") == _outlet_key("Báo Tuyên Quang")
    assert outlets().find("Good Morning Vietnam") == "굿모닝베트남"
    assert outlets().find("Thời báo Kinh tế Sài Gòn") == "Kinh tế Sài Gòn"
    assert outlets().find("한경닷컴") == "The Korea Economic Daily"
    assert outlets().find("tinnhanhchungkhoan.vn") == "Đầu tư Chứng khoán"
