"""Where the page's own words name the outlet before the table of official sites does, and
where they do not: an aggregator's "Nguồn X: https://…" line names the paper only as the
page's closing line; a portal's page crediting a paper's report is that
paper's; a masthead in sentence case is a masthead unless a tag names another outlet;
the table holds no body renamed or merged away; a model number is no naming of an agency;
a tag's initials keep "Báo" spelt with its marks."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.model import Metadata

STORY = (
    "The two governments agreed on Tuesday to widen training for grid engineers, "
    "officials said after a meeting in Hanoi that took most of the afternoon.\n\n"
    "Under the plan, thirty engineers will spend a year at plants abroad, the "
    "statement released in the evening said.\n"
)
VIET_STORY = (
    "Chiều 9/4, hai bên đã ký biên bản hợp tác đào tạo thợ hàn cho các xưởng đóng tàu, "
    "đại diện hai công ty cho biết sau buổi làm việc kéo dài cả buổi chiều.\n\n"
    "Theo kế hoạch, ba mươi thợ hàn trẻ sẽ sang học nghề trong sáu tháng, đại diện "
    "phía công ty cho biết thêm tại buổi ký.\n"
)


def _cleaned(text: str, url: str | None = None):
    return clean(text, "seeds/x.txt", Metadata(url=url))


def test_an_aggregator_s_source_line_inside_the_story_is_story_text():
    text = (
        f"Đào tạo thợ hàn cho xưởng đóng tàu\n\nThu Hà\n\n{VIET_STORY}\n"
        "Nguồn Tiền Phong: https://tienphong.vn/dao-tao-tho-han-post150000.tpo\n\n"
        "Phía đối tác cam kết lo chỗ ở cho học viên trong suốt khóa học, đồng thời cử "
        "thợ cả sang hướng dẫn tại xưởng.\n"
    )
    for url in (
        "https://thanhnien.vn/dao-tao-tho-han-185230000.htm",
        "https://www.xuongmoi.vn/dao-tao-tho-han-a1200.html",
    ):
        cleaned = _cleaned(text, url)
        assert cleaned.metadata.outlet != "Tiền Phong"
        assert any("Nguồn Tiền Phong" in p.text for p in cleaned.passages)
    # as the page's last line, it names the paper the story was copied from
    closing = text.split("\nNguồn")[0] + (
        "\n\nNguồn Tiền Phong: https://tienphong.vn/dao-tao-tho-han-post150000.tpo\n"
    )
    url = "https://www.xuongmoi.vn/dao-tao-tho-han-a1200.html"
    assert _cleaned(closing, url).metadata.outlet == "Tiền Phong"


def test_a_report_the_page_credits_beats_the_table_of_official_sites():
    text = (
        "Grid engineers to train abroad\n\n"
        f"According to The Korea Herald's report — {STORY}"
    )
    url = "https://n.news.naver.com/article/044/0000270000"
    assert _cleaned(text, url).metadata.outlet == "The Korea Herald"


def test_a_masthead_in_sentence_case_names_its_paper_without_a_tag():
    for masthead in ("Nhân dân", "Quân đội nhân dân"):
        text = f"{masthead}\n\nĐào tạo thợ hàn cho xưởng đóng tàu\n\nThu Hà\n\n{VIET_STORY}"
        assert _cleaned(text).metadata.outlet is not None


def test_the_table_holds_no_body_renamed_or_merged_away():
    from dossier.clean.official_sites import official_sites

    sites = official_sites()
    for gone in ("mpi.gov.vn", "mard.gov.vn", "monre.gov.vn", "mic.gov.vn",
                 "mt.gov.vn", "molisa.gov.vn", "me.go.kr", "motie.go.kr",
                 "mogef.go.kr", "moef.go.kr", "opm.go.kr"):  # fmt: skip
        assert gone not in sites
    korean = [english for english, own in sites.values() if own.endswith("부")]
    assert korean and all(e.endswith("of the Republic of Korea") for e in korean)
    text = f"Hợp tác nuôi trồng thủy sản với đối tác\n\n{VIET_STORY}"
    url = "https://www.mard.gov.vn/Pages/hop-tac-nuoi-trong-thuy-san.aspx"
    assert _cleaned(text, url).metadata.outlet != (
        "Bộ Nông nghiệp và Phát triển nông thôn"
    )


def test_a_model_number_after_an_agency_s_short_name_is_no_naming_of_it():
    from dossier.clean.credited_outlets import only_in_credits
    from dossier.clean.metadata import outlets

    text = (
        "Welders at the yard on Tuesday. (Photo: AP)\n\n"
        "The two sides agreed on Monday to open a joint school for welders next "
        "spring, officials said after the signing.\n\n"
        "The talks also touched on the AP600 hull that a rival yard has offered, "
        "according to two people at the signing.\n"
    )
    assert only_in_credits("Associated Press", text, outlets())
    # a date glued after it still leaves the agency named
    dated = text.replace("AP600 hull", "hull AP12 March 2024 reported")
    assert not only_in_credits("Associated Press", dated, outlets())


def test_a_tag_with_the_kind_s_initial_keeps_bao_spelt_with_its_marks():
    from dossier.clean.tag_initials import split_by_initials

    assert split_by_initials("baohaiphong", "bhp") == "Báo Hai Phong"
    assert split_by_initials("baohaiphong", "hp") == "Báo Hai Phong"
