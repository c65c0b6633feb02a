"""Where a page's words name no outlet after all: a ministry's own release retelling a
paper's report (its rebuttal) is the ministry's; an aggregator's source line with only
tags and share buttons under it still names the paper it copied; a speaker's name in
brackets opening a paragraph is the speaker's, not an outlet's tag."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.model import Metadata


def _cleaned(text: str, url: str | None = None):
    return clean(text, "seeds/x.txt", Metadata(url=url))


RELEASE = (
    "Explanatory Note on a Press Report About Port Investment\n"
    "Date: 2026-03-02\n"
    "According to The Korea Times's report: the ministry will cancel the port loan.\n"
    "The ministry explains that the loan has not been cancelled and that talks with "
    "the partner province go on as planned this spring.\n"
)


def test_a_ministry_s_rebuttal_of_a_paper_s_report_is_the_ministry_s():
    url = "https://www.mof.go.kr/eng/view.do?seq=77"
    outlet = _cleaned(RELEASE, url).metadata.outlet
    assert outlet == "Ministry of Oceans and Fisheries of the Republic of Korea"
    # a portal's copy of the same retelling is the paper's
    portal = _cleaned(RELEASE, "https://n.news.naver.com/article/001/0000100")
    assert portal.metadata.outlet == "The Korea Times"


def test_a_speaker_s_name_in_brackets_opening_the_lead_stays_and_names_no_outlet():
    for opener in ("(Choi Dahye) —", "(Nguyen Thi Ngoc) —", "(Interpreter) —"):
        text = (
            "Four cooks on the noodle street\n\n"
            f"{opener} We opened the stall in a rented garage in 2019, and by the second "
            "winter the queue reached the corner most evenings.\n\n"
            "The other cooks tell a similar story about rents and long hours.\n"
        )
        cleaned = _cleaned(text)
        assert cleaned.metadata.outlet is None
        assert any(p.text.startswith(opener) for p in cleaned.passages)
    # an outlet's tag still opens the lead: its initials, or a listed name
    for tag, outlet in (("(VNA) –", "Vietnam News Agency"), ("(Dân trí) -", "Dân Trí")):
        text = (
            "Four cooks on the noodle street\n\n"
            f"{tag} Cooks on the noodle street opened their stalls in rented garages, and "
            "the queues reached the corner most evenings.\n"
        )
        cleaned = _cleaned(text)
        assert not any(p.text.startswith(tag) for p in cleaned.passages)
        assert cleaned.metadata.outlet == outlet


AGGREGATED = (
    "Xưởng gốm mới mở cửa đón khách Hàn Quốc\n\n"
    "Sáng 2/6, một xưởng gốm ven sông đã mở cửa đón đoàn du khách Hàn Quốc đầu tiên, "
    "chủ xưởng cho biết sau buổi đón khách kéo dài cả buổi sáng.\n\n"
    "Theo kế hoạch, xưởng sẽ mở thêm lớp nặn gốm cho khách nước ngoài vào cuối tuần, "
    "chủ xưởng cho biết thêm.\n\n"
    "Nguồn Tiền Phong: https://tienphong.vn/xuong-gom-moi-post160000.tpo\n"
)


def test_an_aggregator_s_source_line_over_its_tags_names_the_paper():
    url = "https://www.tinnhanh24.example.vn/xuong-gom-moi-a77.html"
    for foot in ("Từ khóa: Hàn Quốc, gốm\n", "Từ khóa: gốm\n\nChia sẻ\n"):
        cleaned = _cleaned(AGGREGATED + foot, url)
        assert cleaned.metadata.outlet == "Tiền Phong"
        assert not any("Nguồn Tiền Phong" in p.text for p in cleaned.passages)
    # story text under it: a reference the story cites, which stays
    story_under = AGGREGATED + (
        "\nChủ xưởng cũng cho biết đã đặt thêm hai lò nung mới để kịp phục vụ khách "
        "trong mùa cao điểm sắp tới.\n"
    )
    cleaned = _cleaned(story_under, url)
    assert any("Nguồn Tiền Phong" in p.text for p in cleaned.passages)
