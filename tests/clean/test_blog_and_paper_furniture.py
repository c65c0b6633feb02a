"""Round 28 of issue 10: a blog's byline and pictographs, a Korean paper's account links,
share buttons, disclaimer and sign-off with its name, a site named with a date, and a
publication's name in brackets before the story. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import (
    KO_MORE,
    KO_STORY,
    MORE,
    STORY,
    article_from_text,
    paragraphs,
    reasons,
)

KO_HEAD = "한국과 베트남, 항만 협력 사무소 개설"
HEAD_EN = "Two cities open a joint office for small firms"
VI_STORY = (
    "Có thể nói, chuyến khảo sát của đoàn doanh nghiệp tại các cảng lớn của Hàn Quốc đã "
    "mở ra nhiều cơ hội hợp tác mới cho ngành dịch vụ hậu cần."
)
VI_MORE = (
    "Sau chuyến bay đêm, đoàn đến sân bay quốc tế và bắt đầu ngay lịch làm việc với đại "
    "diện cảng vụ địa phương."
)


@pytest.mark.parametrize(
    "line",
    [
        "(0) 로그아웃",
        "로그인 | 회원가입",
        "반응형",
        "트위터로 보내기카카오톡 네이버 밴드 공유",
        "* 본 콘텐츠는 <한빛&>의 의견과 다를 수 있으며, 해당 기관이 제공한 자료입니다.",
        "한빛뉴스 기사보기",
    ],
)
def test_a_korean_pages_account_links_share_buttons_and_notes_are_no_story(line):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{line}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert line in reasons(article)


CREDIT = "한빛 플라자 인턴 기자 – 외국어 대학교 Le Thu (하나) 번역"


@pytest.mark.parametrize(
    "foot", [[CREDIT, "로그인해주세요"], ["로그인이 필요합니다."], [CREDIT]]
)
def test_a_translators_credit_and_a_login_prompt_at_the_foot_are_no_story(foot):
    article = article_from_text("\n\n".join([KO_HEAD, KO_STORY, KO_MORE, *foot]) + "\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert all(line in reasons(article) for line in foot)


def test_a_headline_crosshead_or_list_item_ending_on_translation_stays():
    head = "한-베 정상 공동기자회견 전문 번역"
    crosshead = "베트남 기자 출신 작가의 첫 한국어 번역"
    items = "▲ 2019년 하노이 기자협회와 공동으로 한국 단편소설 20편 번역"
    text = "\n\n".join([head, KO_STORY, crosshead, KO_MORE, items, KO_STORY[:40] + "."])
    article = article_from_text(text + "\n")
    assert article.title == head
    why = reasons(article)
    assert not any(line in why for line in (head, crosshead, items))


def test_a_login_prompt_the_story_quotes_above_its_last_paragraph_stays():
    quoted = "로그인이 필요합니다."
    text = "\n\n".join([KO_HEAD, KO_STORY, quoted, KO_MORE]) + "\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, quoted, KO_MORE]


def test_a_long_run_of_account_links_is_read_at_once():
    links = "로그인 " * 40 + "로그아웃"
    other = "로그인 " * 30 + "x"  # no link at its end: read, and kept, as quickly
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{links}\n\n{other}\n\n{KO_MORE}\n"
    )
    assert reasons(article)[links] == "login links"
    assert reasons(article).get(other) != "login links"


def test_a_story_sentence_about_logging_in_or_translating_is_story():
    """A sentence of the story that tells of logging in is no login box's prompt."""
    said = "주민들은 앱에 로그인해 주세요라는 안내를 받은 뒤 신청서를 냈다."
    # nor a sentence that tells of a reporter's translation
    told = "한빛일보 기자들은 베트남어 기사를 한국어로 번역했다."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{said}\n\n{told}\n\n{KO_MORE}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, said, told, KO_MORE]


def test_share_buttons_under_the_headline_leave_it_the_headline():
    """The date the story entered and its reporter on one line, the share buttons under it:
    neither takes the headline's place."""
    text = (
        f"{KO_HEAD}\n\n입력 2024년03월05일 10시20분 김하늘\n"
        f"트위터로 보내기카카오톡 네이버 밴드 공유\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert article.byline == "김하늘"
    assert str(article.metadata.published) == "2024-03-05"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_blogs_byline_gives_the_date_and_is_no_paragraph():
    article = article_from_text(
        f"{KO_HEAD}\n\nby hanbit77 2025. 3. 4.\n반응형\n\n{KO_STORY}\n"
    )
    assert str(article.metadata.published) == "2025-03-04"
    assert paragraphs(article) == [KO_STORY]


def test_a_sentence_closed_by_pictographs_is_a_paragraph_not_a_heading():
    closed = "설렘으로 가득했던 그들의 여정은 작은 공장에서부터 어려움으로 바뀌기 시작했습니다. 🚧"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{closed}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, closed, KO_MORE]


@pytest.mark.parametrize("mark", ["⭐", "⬆️", "✨"])
def test_a_sentence_closed_by_a_star_or_an_arrow_is_a_paragraph_too(mark: str) -> None:
    closed = f"현지 직원들은 새 공장의 첫 제품을 받아 들고 함께 기뻐했습니다. {mark}"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{closed}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, closed, KO_MORE]


def test_a_sign_off_with_the_reporter_the_paper_and_the_address():
    sign = "김하늘 한빛이코노믹 기자 sky@example.com"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{sign}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == "김하늘"


def test_a_papers_lead_with_its_section_before_the_reporter():
    lead = "한빛일보 서울포커스 김하늘 기자 | "
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == "김하늘"
    assert article.metadata.outlet == "한빛일보"


def test_a_pictures_zoom_button_run_into_the_story_is_taken_off():
    article = article_from_text(
        f"{KO_HEAD}\n\n이미지 확대보기{KO_STORY}\n\n{KO_MORE}\n"
    )
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)["이미지 확대보기"] == "picture button"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Vnexpress.vn 2022.12.01", "VnExpress"),  # the site as the page spells it
        ("hanbitnews.kr 2022.12.01", "hanbitnews.kr"),  # a site the list does not know
    ],
)
def test_a_site_and_a_date_under_a_translated_copy_give_its_source(line, outlet):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n{line}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == outlet
    assert str(article.metadata.published) == "2022-12-01"


def test_a_publications_name_in_brackets_opens_the_story():
    head = "Từ Busan đến Seoul: chuỗi cung ứng đáng nhớ"
    text = f"{head}\n\n(Hanbit Logistics Review) {VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert article.metadata.outlet == "Hanbit Logistics Review"


def test_a_place_in_brackets_before_the_story_is_no_publication():
    """ "(Seoul City) …" names no publication: no word a publication's name ends in."""
    article = article_from_text(
        f"Seoul and Hanoi open an office\n\n(Seoul City) {STORY}\n\n{MORE}\n"
    )
    assert article.metadata.outlet != "Seoul City"


def test_a_korean_headline_wrapped_after_its_particle_is_one_headline():
    head = "KF-베트남 내무부 <한빛교류사업>으로\n한국 청년 공무원 15명 베트남 방문"
    article = article_from_text(f"{head}\n{KO_STORY}\n{KO_MORE}\n")
    assert (
        article.title
        == "KF-베트남 내무부 <한빛교류사업>으로 한국 청년 공무원 15명 베트남 방문"
    )
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_korean_headline_ending_on_a_noun_keeps_its_deck_apart():
    """ "협의" (consultation) ends as the particle 의 does: the line under it is a deck."""
    head = "계절근로자 도입 방안 심도 협의\n농촌 인력난 대응, 청소년 교류까지 협력 확대"
    article = article_from_text(f"{head}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == "계절근로자 도입 방안 심도 협의"


VI_HEAD = "Xuất khẩu lô thanh long đầu tiên sang Hàn Quốc"


@pytest.mark.parametrize(
    "line",
    [
        "Comments are closed.",
        "(Unofficial Translation)",
        "Tổng lượt truy cập2,846,448",
        "Đang truy cập5",
        "Hôm nay1,956",
        "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập.",
        "Chung sức xây dựng nông thôn mới_top",
    ],
)
def test_a_sites_counters_notices_and_labels_are_no_story(line):
    article = article_from_text(f"{VI_HEAD}\n\n{VI_STORY}\n\n{line}\n\n{VI_MORE}\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert line in reasons(article)


def test_a_banners_label_above_the_headline_does_not_take_its_place():
    article = article_from_text(
        f"Chung sức xây dựng nông thôn mới_top\n\n{VI_HEAD}\n\n{VI_STORY}\n"
    )
    assert article.title == VI_HEAD


def test_the_writer_and_the_source_under_a_vietnamese_copy():
    tail = "Tác giả bài viết: TRẦN VĂN AN\n\nNguồn tin: Báo Hanbit, ngày 9/3/2011"
    article = article_from_text(f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{tail}\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert article.byline == "TRẦN VĂN AN"
    assert article.metadata.outlet == "Báo Hanbit"
    assert reasons(article)["Nguồn tin: Báo Hanbit, ngày 9/3/2011"] == "source line"


def test_a_korean_source_line_with_the_address_names_the_outlet():
    line = (
        "출처 : Hanbit IT Times(https://www.example.com/news/articleView.html?idxno=1)"
    )
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "Hanbit IT Times"


def test_a_sites_initials_and_date_in_brackets_open_the_story():
    article = article_from_text(f"{HEAD_EN}\n\n(HBU, 30/11/2020) - {STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert str(article.metadata.published) == "2020-11-30"
    assert article.metadata.outlet == "HBU"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_quoted_headline_broken_in_two_is_one_headline(gap):
    head = f"“한국 진출 기업이 수출 25% 차지{gap}투자 개방적이나 사전준비 필수”"
    article = article_from_text(f"{head}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert (
        article.title
        == "“한국 진출 기업이 수출 25% 차지 투자 개방적이나 사전준비 필수”"
    )
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_blogs_sentence_left_open_on_a_clause_is_no_heading():
    """A clause left open ("…있었는데"): a sentence, not a heading, with no full stop."""
    line = "행운 추첨으로 직접 사인 받고 포옹하는 시간이 있었는데"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{line}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, line, KO_MORE]


@pytest.mark.parametrize(
    "heading", ["환전은 현지에서 하세요", "유심은 미리 사 두면 편해요"]
)
def test_a_blogs_heading_in_the_polite_style_stays_a_heading(heading):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{heading}\n\n{KO_MORE}\n")
    assert heading not in paragraphs(article)


def test_a_heading_ending_on_a_noun_like_a_polite_ending_stays_a_heading():
    heading = "무자격 유학원과 허위 정보 주의 필요"  # 필요 (need) is a noun
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{heading}\n\n{KO_MORE}\n")
    assert heading not in paragraphs(article)


@pytest.mark.parametrize(
    "line",
    [
        "About Cookies on This Site",
        "Functional Cookies",
        "We use cookies, including cookies from third parties, to enhance your user "
        "experience and the effectiveness of our marketing.",
        "These cookies enable us to show you ads that we think match your interests.",
    ],
)
def test_a_sites_cookie_banner_is_no_story(line):
    article = article_from_text(f"{HEAD_EN}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert line in reasons(article)


@pytest.mark.parametrize(
    "told",
    [
        "Korean cookies and snacks sold well in Hanoi this year, traders said.",
        "The company used cookies to follow visitors around its website and sold the "
        "data to third parties without consent.",
        "Its rice cookies are now the best-selling snack in Vietnam, helped by heavy "
        "advertising on television.",
    ],
)
def test_a_story_about_cookies_is_story(told):
    article = article_from_text(f"{HEAD_EN}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, told, MORE]


@pytest.mark.parametrize(
    "line",
    [
        "<이 기사는 2016년 10월 17일 18시 07분부터 사용할 수 있습니다.",
        "고객사의 제작 편의를 위해 미리 송고하는 것으로, 그 이전에는 절대로 사용해서는 안됩니다.",
        "Số người đang online: 25",
        "Số lượt truy cập: 27189375",
    ],
)
def test_a_wires_embargo_note_and_a_portals_counters_are_no_story(line):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{line}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_clock_icons_label_run_into_the_date_names_no_author():
    article = article_from_text(
        f"ClockThứ Bảy, 30/12/2017 09:51\n\n{VI_HEAD}\n\n{VI_STORY}\n"
    )
    assert article.byline is None
    assert str(article.metadata.published) == "2017-12-30"


def test_a_papers_tag_with_spaces_inside_its_brackets():
    article = article_from_text(
        f"{KO_HEAD}\n\n[ 한빛저널 김하늘 기자 ] {KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.byline == "김하늘"
    assert article.metadata.outlet == "한빛저널"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_sites_address_in_brackets_opens_the_story():
    article = article_from_text(
        f"{HEAD_EN}\n\n(news.hanbit.com.vn) {STORY}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == "news.hanbit.com.vn"
