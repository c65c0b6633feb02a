"""Pages that never print their outlet's masthead: a ministry's, a public body's or a news
portal's site named from the table of official sites, a department's site under a
province's portal, a paper a city runs at a government address; and where the page says
it: an aggregator's "Nguồn X: https://…" line, a copyright line spelling the site's
address over a made-up masthead, a section's common words no outlet, a tag's initials
choosing how the address's label splits, a date glued to an agency's byline."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.model import Metadata

STORY = (
    "The two sides agreed on Monday to open a joint laboratory for young "
    "researchers next spring, officials said after the signing.\n\n"
    "The laboratory will take forty fellows a year and share its staff between "
    "the two sides, the agreement says.\n"
)
VIET_STORY = (
    "Sáng 12/3, hai bên đã ký thỏa thuận mở phòng thí nghiệm chung cho các nhà "
    "nghiên cứu trẻ vào mùa xuân tới, các quan chức cho biết sau lễ ký.\n\n"
    "Phòng thí nghiệm sẽ nhận bốn mươi nghiên cứu viên mỗi năm và chia sẻ nhân sự "
    "giữa hai bên, theo thỏa thuận.\n"
)
KOREAN_STORY = (
    "양국은 내년 봄 젊은 연구자를 위한 공동 연구소를 열기로 12일 합의했다고 밝혔다.\n\n"
    "연구소는 해마다 마흔 명의 연구원을 받고 두 나라가 인력을 나눠 맡는다.\n"
)


def _outlet(text: str, url: str | None = None) -> str | None:
    return clean(text, "seeds/x.txt", Metadata(url=url)).metadata.outlet


def test_a_ministry_s_site_is_named_in_the_page_s_language():
    english = f"Press Releases\n\nJoint laboratory for young researchers\n\n{STORY}"
    url = "https://www.msit.go.kr/eng/bbs/view.do?sCode=eng&nttSeqNo=12"
    assert (
        _outlet(english, url) == "Ministry of Science and ICT of the Republic of Korea"
    )
    korean = f"한-베 공동 연구소 연다\n\n{KOREAN_STORY}"
    assert _outlet(korean, "https://www.mofa.go.kr/www/brd/m_4080/view.do") == "외교부"
    viet = f"Mở phòng thí nghiệm chung cho nhà nghiên cứu trẻ\n\n{VIET_STORY}"
    url = "https://bvhttdl.gov.vn/mo-phong-thi-nghiem-chung-618000.htm"
    assert _outlet(viet, url) == "Bộ Văn hóa, Thể thao và Du lịch"
    url = "https://www.most.gov.vn/en/news/741/joint-laboratory.aspx"
    assert _outlet(english, url) == "Ministry of Science and Technology of Vietnam"


def test_a_news_portal_s_view_of_a_story_is_the_portal_s():
    text = f"한-베 공동 연구소 연다\n\n{KOREAN_STORY}"
    assert _outlet(text, "https://v.daum.net/v/20221219060402000") == "Daum"


def test_a_government_site_keeps_the_outlet_its_page_names():
    text = f"Joint laboratory for young researchers\n\n{STORY}\nSource: VNA\n"
    url = "https://www.most.gov.vn/en/news/742/joint-laboratory.aspx"
    assert _outlet(text, url) == "Vietnam News Agency"


def test_every_official_site_has_two_names():
    from dossier.clean.official_sites import official_sites

    sites = official_sites()
    assert sites["caa.gov.vn"] == ("Civil Aviation Authority of Vietnam",
                                   "Cục Hàng không Việt Nam")  # fmt: skip
    assert all(len(names) == 2 and all(names) for names in sites.values())


def test_a_department_s_site_under_a_listed_portal_is_the_department():
    text = f"Mở phòng thí nghiệm chung tại Hà Nội\n\n{VIET_STORY}"
    url = "https://sovhtt.hanoi.gov.vn/mo-phong-thi-nghiem-chung"
    assert _outlet(text, url) == "Sở Văn hóa và Thể thao thành phố Hà Nội"


def test_a_paper_a_city_runs_at_a_government_address_is_named_by_its_label():
    text = f"Hai Phong opens a joint laboratory\n\n{STORY}"
    url = "https://haiphongnews.gov.vn/foreign-activities/joint-laboratory-ct3000.html"
    assert _outlet(text, url) == "Hai Phong News"
    # the portal itself stays the province's
    url = "https://yenbai.gov.vn/en/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx"
    assert _outlet(f"Yen Bai opens a joint laboratory\n\n{STORY}", url) != "Yen Bai"


def test_an_aggregator_s_source_line_names_the_paper_it_copied():
    text = (
        f"Mở phòng thí nghiệm chung tại Bình Dương\n\n{VIET_STORY}\nMinh An\n\n"
        "Nguồn Bình Dương: https://baobinhduong.vn/mo-phong-thi-nghiem-a290000.html\n"
    )
    url = "https://baomoi.zadn.vn/mo-phong-thi-nghiem-chung-c45540000.epi"
    assert _outlet(text, url) == "Báo Bình Dương"
    # a name the address does not spell is no short name of its paper
    other = text.replace("Nguồn Bình Dương:", "Nguồn Tin Nhanh:")
    assert _outlet(other, url) != "Báo Bình Dương"


def test_a_copyright_line_spelling_the_site_beats_a_made_up_masthead():
    text = (
        "Image: City of Mokpo\nNewsMokpo News\n\n"
        "Harbour Council Welcomes Visiting Envoy\n\nHarbour Staff\n\n"
        f"{STORY}\nAbout Us | Advertise\n©2022 Harbour Korea Magazine\n"
    )
    url = "https://www.harbourkorea.com/harbour-council-welcomes-visiting-envoy/"
    assert _outlet(text, url) == "Harbour Korea Magazine"


def test_a_section_s_common_words_are_no_outlet_over_the_story_s_tag():
    text = (
        "Lao động\n\nTuyển người làm việc tại phòng thí nghiệm chung\n\nMinh An\n\n"
        f"(NLĐO) - {VIET_STORY}"
    )
    assert _outlet(text) == "Người Lao Động"
    assert _outlet(text, "https://nld.com.vn/tuyen-nguoi-196250000.htm") == (
        "Người Lao Động"
    )
    # the paper's own name, capitalised as the paper writes it, stays its masthead
    masthead = text.replace("Lao động\n", "Lao Động\n").replace("(NLĐO) - ", "")
    assert _outlet(masthead) == "Lao Động"


def test_a_tag_s_initials_choose_how_the_address_s_label_splits():
    text = (
        "Phòng thí nghiệm chung thu hút nhà nghiên cứu trẻ\n\nMINH AN\n\n"
        f"(PNTĐ) - {VIET_STORY}"
    )
    url = "https://baophunuthudo.vn/khoa-hoc/phong-thi-nghiem-chung-113000.html"
    assert _outlet(text, url) == "Báo Phu Nu Thu Do"
    from dossier.clean.tag_initials import split_by_initials

    assert split_by_initials("baophunuthudo", "pntd") == "Báo Phu Nu Thu Do"
    assert split_by_initials("nguoilaodong", "nld") == "Nguoi Lao Dong"
    # initials that are no split of the label, or two splits, say nothing
    assert split_by_initials("langngheviet", "tbv") is None


def test_a_date_glued_to_an_agency_s_byline_leaves_it_the_outlet():
    text = (
        "Joint laboratory for young researchers\n\n"
        "by VNA31 May 2023 Last updated at 17:00 PM\n\n"
        "At the signing (Photo: VNA)\n\n"
        f"VTV.vn - {STORY}"
    )
    url = "https://english.vtv.vn/news/joint-laboratory-20230602000000000.htm"
    assert _outlet(text, url) == "Vietnam News Agency"
