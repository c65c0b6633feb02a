"""Names above a headline that are no masthead: a section's name on a site the address
names (listed, or spelt out by the page), a writer's name; an outlet's name there stays."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.clean.masthead_sites import site_over_masthead
from dossier.clean.metadata import outlets
from dossier.clean.people import is_writer_name
from dossier.model import Metadata

HEADLINE = "Provinces open a training centre for young farmers"
STORY = (
    "The two provinces agreed on Monday to open a joint training centre for "
    "young farmers next spring, officials said after the signing.\n\n"
    "The centre will take forty trainees a year and share its teachers between "
    "the two sides, the agreement says.\n"
)


def _read(text: str, url: str):
    return clean(text, "seeds/x.txt", Metadata(url=url))


def test_a_section_s_name_over_the_headline_gives_way_to_the_listed_site():
    text = f"Harbour Notes\n\n{HEADLINE}\n\n{STORY}"
    article = _read(text, "https://www.eastasiaforum.org/2021/03/04/training/")
    assert article.metadata.outlet == "East Asia Forum"


def test_a_section_s_name_gives_way_to_the_site_the_page_spells_out():
    text = (
        f"Harbour Notes\n\n{HEADLINE}\n\n{STORY}\n"
        "The Mekong Forum holds its next meeting on farming in June.\n"
    )
    article = _read(text, "https://mekongforum.org/notes/training-centre/")
    assert article.metadata.outlet == "Mekong Forum"


def test_a_paper_s_name_over_the_headline_stays_the_outlet():
    # a copy another paper published first, carried by a listed site
    text = f"Delta Farming Daily\n\n{HEADLINE}\n\n{STORY}"
    article = _read(text, "https://www.eastasiaforum.org/2021/03/04/training/")
    assert article.metadata.outlet == "Delta Farming Daily"


def test_a_shorter_spelling_of_the_listed_site_s_name_stays():
    text = f"Hai Phong Portal\n\n{HEADLINE}\n\n{STORY}"
    article = _read(text, "https://en.haiphong.gov.vn/news/training-centre-1234")
    assert article.metadata.outlet == "Hai Phong Portal"


def test_a_source_line_still_names_the_publisher():
    text = f"Harbour Notes\n\n{HEADLINE}\n\n{STORY}\nSource: Delta Farming Weekly\n"
    article = _read(text, "https://www.eastasiaforum.org/2021/03/04/training/")
    assert article.metadata.outlet == "Delta Farming Weekly"


def test_a_writer_s_name_over_the_headline_is_the_author_not_the_outlet():
    text = (
        "Tiền Bạc Hôm Nay\nTải ứng dụng\n\nTrần Minh Khoa\nĐã kiểm duyệt\n\n"
        "Hai tỉnh mở trung tâm đào tạo nông dân trẻ\n\n"
        "Hai tỉnh đã thống nhất mở một trung tâm đào tạo chung cho nông dân trẻ vào "
        "mùa xuân tới, các quan chức cho biết sau lễ ký kết.\n\n"
        "Trung tâm sẽ nhận bốn mươi học viên mỗi năm và hai bên cùng chia sẻ giáo "
        "viên, theo thỏa thuận.\n"
    )
    article = _read(text, "https://tienbac.example.vn/news/trung-tam-a123.html")
    assert article.metadata.outlet != "Trần Minh Khoa"
    assert article.byline == "Trần Minh Khoa"


def test_a_writer_s_name_is_a_vietnamese_full_name_with_its_marks():
    assert is_writer_name("Nguyễn Thị Lan")
    assert is_writer_name("Lê Văn Hùng")
    assert not is_writer_name("Le Monde Diplomatique")  # no marks: a paper's name
    assert not is_writer_name("Nguyễn")
    assert not is_writer_name("Nguyễn Thị Lan 2024")
    assert not is_writer_name("Hà Nội Mới")


def test_a_korean_paper_s_site_names_it_when_its_page_does_not():
    text = (
        "두 도시, 청년 농민 훈련센터 공동 개설\n\n"
        "두 도시는 월요일 청년 농민을 위한 공동 훈련센터를 내년 봄에 열기로 "
        "합의했다고 밝혔다.\n\n"
        "센터는 해마다 40명을 받아 양측이 교사를 나눠 맡는다.\n"
    )
    for url, outlet in (
        ("https://www.kyeonggi.com/article/2024", "경기일보"),
        ("https://www.naeil.com/news/read/1", "내일신문"),
        ("http://www.ksg.co.kr/news/view.jsp?n=1", "Korea Shipping Gazette"),
    ):
        assert _read(text, url).metadata.outlet == outlet


def test_an_outlet_s_name_without_a_paper_word_stays_over_a_listed_site():
    # another outlet's copy the site carries: two capitalised words, no section's word
    for name in ("Mekong Sentinel", "Delta Voices", "Harbour Chronicle"):
        text = f"{name}\n\n{HEADLINE}\n\n{STORY}"
        article = _read(text, "https://www.eastasiaforum.org/2021/03/04/training/")
        assert article.metadata.outlet == name


def test_a_korean_outlet_s_name_without_a_paper_word_stays():
    # (the cleaner reads no single Hangul word over a headline as a masthead; were it
    # read as one, a weekly's or a portal's name is no section's)
    text = "시사바다\n\n두 도시, 청년 농민 훈련센터 공동 개설\n"
    for name in ("시사바다", "위키바다"):
        url = "https://www.kyeonggi.com/article/2024"
        assert site_over_masthead(name, url, text, outlets()) == name


def test_a_column_s_name_over_the_headline_gives_way_to_the_site():
    for name in ("Mekong Beat", "Asia Desk", "Delta Diary"):
        text = f"{name}\n\n{HEADLINE}\n\n{STORY}"
        article = _read(text, "https://www.eastasiaforum.org/2021/03/04/training/")
        assert article.metadata.outlet == "East Asia Forum"


def test_the_headline_s_opening_read_for_a_masthead_gives_way_to_the_site():
    # the headline over the page's details, then in full over the story
    text = (
        "Farmers Training Centre Opens in Delta\n\n  • Event\n  • Period\n\n"
        "Farmers Training Centre Opens in Delta with Two Provinces\n\n"
        f"{STORY}"
    )
    article = _read(text, "https://www.eastasiaforum.org/2021/03/04/training/")
    assert article.metadata.outlet == "East Asia Forum"


def test_a_place_over_a_vietnamese_headline_is_no_writer():
    for place in ("Hoàng Sa", "Lý Sơn", "Hoàng Mai"):
        assert not is_writer_name(place)
        text = (
            f"{place}\n\nHai tỉnh mở trung tâm đào tạo nông dân trẻ\n\n"
            "Hai tỉnh đã thống nhất mở một trung tâm đào tạo chung cho nông dân trẻ "
            "vào mùa xuân tới, các quan chức cho biết sau lễ ký kết.\n\n"
            "Trung tâm sẽ nhận bốn mươi học viên mỗi năm và hai bên cùng chia sẻ "
            "giáo viên, theo thỏa thuận.\n"
        )
        article = _read(text, "https://tienbac.example.vn/news/trung-tam-a123.html")
        assert article.byline != place
    assert not is_writer_name("Lý Sơn Island")


def test_a_subject_over_the_headline_gives_way_to_a_listed_site():
    # a listed site's subject or menu item ("Thermal Power", "Live Scores")
    for name in ("Thermal Power", "Live Scores", "Farm Business"):
        text = f"{name}\n\n{HEADLINE}\n\n{STORY}"
        article = _read(text, "https://www.eastasiaforum.org/2021/03/04/training/")
        assert article.metadata.outlet == "East Asia Forum"


def test_an_outlet_s_name_ending_on_a_subject_stays_the_outlet():
    # the provider's name over an aggregator's copy, and an outlet's own printed name
    # on an unlisted site whose address spells something else
    for name, url in (
        ("Harbour Business", "https://www.msn.com/en-us/money/markets/ar-AA1xQz"),
        ("Harbour Business", "https://finance.yahoo.com/news/training-centre.html"),
        ("Harbour Business", "https://baomoi.com/training-centre/c/4812.epi"),
        ("Coastal Finance", "https://cfinmag.com/training-centre/"),
        ("Delta Energy", "https://nangluongdelta.vn/training-centre-41.html"),
        ("Lagoon Power", "https://tideinsight.asia/training-centre/"),
    ):
        article = _read(f"{name}\n\n{HEADLINE}\n\n{STORY}", url)
        assert article.metadata.outlet == name, (name, url)


def test_a_tag_of_places_over_the_headline_gives_way_to_a_listed_site():
    # the countries or cities a story is filed under, the site's label before them or not
    for name in (
        "Vietnam Korea",
        "EASTASIAFORUM Laos",
        "Da Nang Busan",
        "Ha Noi Seoul",
    ):
        text = f"{name}\n\n{HEADLINE}\n\n{STORY}"
        article = _read(text, "https://www.eastasiaforum.org/2021/03/04/training/")
        assert article.metadata.outlet == "East Asia Forum", name


def test_a_tag_of_places_on_an_unlisted_site_stays():
    text = f"Vietnam Korea\n\n{HEADLINE}\n\n{STORY}"
    article = _read(text, "https://www.msn.com/en-us/news/world/ar-AA1xQz")
    assert article.metadata.outlet == "Vietnam Korea"
