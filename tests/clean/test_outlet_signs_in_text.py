"""Where a page's own text names its outlet in a layout any site may use: a listed
outlet's tag glued to the first word by a hyphen ("ABC-Sáng 3/5, …"), a copyright line
naming the outlet before the address of the site that carries its copy, a credit line
alone over a retold story ("According to Example Wire,"), and a listed site that keeps
its own name where the text names another outlet only in its reporter's mail address.
Every text here is invented."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs
from dossier.clean.credited_outlets import carried
from dossier.clean.metadata import outlets

HEAD = "Two port cities open a joint office for small firms"
VI_HEAD = "Hai thành phố cảng mở văn phòng chung cho doanh nghiệp nhỏ"
VI_STORY = (
    "Tối 3/5, tại Nhà văn hóa tỉnh đã diễn ra buổi giao lưu giữa thanh niên hai nước."
)
VI_MORE = "Chương trình do Hội Chữ thập đỏ tỉnh tổ chức với sự tham gia của nhiều tình nguyện viên."


def test_a_listed_outlets_tag_glued_to_the_first_word_by_a_hyphen_is_the_outlet():
    # "LSO": Báo Lạng Sơn's tag, listed in outlets.yml
    article = article_from_text(f"{VI_HEAD}\n\nLSO-{VI_STORY}\n\n{VI_MORE}\n")
    assert article.metadata.outlet == "Báo Lạng Sơn"
    assert paragraphs(article) == [VI_STORY, VI_MORE]


@pytest.mark.parametrize(
    "opening",
    [
        "COVID-19 cases rose in the two cities last week, officials said on Monday.",
        "KBS-MBC joint coverage of the port opening drew viewers in both countries.",
        "VNA-style captions were printed under the photographs in the exhibition.",
    ],
)
def test_a_hyphenated_word_opening_a_story_is_no_tag(opening):
    article = article_from_text(f"{HEAD}\n\n{opening}\n\n{MORE}\n")
    assert paragraphs(article)[0] == opening
    assert article.metadata.outlet is None


@pytest.mark.parametrize("lead", ["Sáng 3/5, tại", "Ngày 12/11, tại", "12/11, tại"])
def test_a_listed_tag_glued_to_a_lead_s_time_is_the_outlet(lead):
    story = (
        f"{lead} Nhà văn hóa tỉnh đã diễn ra buổi giao lưu giữa thanh niên hai nước."
    )
    article = article_from_text(f"{VI_HEAD}\n\nLSO-{story}\n\n{VI_MORE}\n")
    assert article.metadata.outlet == "Báo Lạng Sơn"
    assert paragraphs(article) == [story, VI_MORE]


@pytest.mark.parametrize(
    "opening",
    [
        # a listed tag and a hyphen before a name: two parties, a title's pair, a
        # sponsor's cup, a place heading the story; never the outlet's tag
        "VNA-Hàn Quốc hợp tác trao đổi tin tức: hai hãng thông tấn ký thỏa thuận mới "
        "về chia sẻ ảnh và video trong năm tới.",
        "TTXVN-Việt Nam và Hàn Quốc ký bản ghi nhớ về đào tạo phóng viên trẻ tại Hà Nội "
        "trong tuần này.",
        "VOV-Hà Nội: Sáng 3/5, tại thủ đô đã diễn ra buổi giao lưu giữa thanh niên hai "
        "nước với nhiều hoạt động văn hóa.",
        "VOV-Việt Nam là đài phát thanh quốc gia đầu tiên mở chương trình tiếng Hàn "
        "dành cho cộng đồng người Hàn Quốc.",
    ],
)
def test_a_listed_tag_glued_to_a_name_stays_in_the_vietnamese_story(opening):
    article = article_from_text(f"{VI_HEAD}\n\n{opening}\n\n{VI_MORE}\n")
    assert paragraphs(article)[0] == opening


@pytest.mark.parametrize(
    "opening",
    [
        "KBS-Samsung joint coverage of the port opening drew viewers in both countries.",
        "MBC-Hyundai Cup matches will be played in Hanoi and Busan next spring.",
        "AP-Norc polls show that most voters in the two cities back the new office.",
        "ANN-Korea forum opened in Seoul on Monday with editors from ten countries.",
        "FT-Korea summit ended on Tuesday with a pledge to open a joint office.",
    ],
)
def test_a_listed_tag_glued_to_a_name_stays_in_the_english_story(opening):
    article = article_from_text(f"{HEAD}\n\n{opening}\n\n{MORE}\n")
    assert paragraphs(article)[0] == opening


def test_a_copyright_line_names_the_outlet_before_its_carriers_address():
    rights = "Copyrights(C) Edaily examplekorea.jp 12"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{rights}\n")
    assert article.metadata.outlet == "Edaily"
    assert paragraphs(article) == [STORY, MORE]


def test_a_story_line_after_a_copyright_word_and_an_address_is_kept():
    line = (
        "Copyright Yonhap examplewire.co.kr was cited in the lawsuit the cities filed."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, line, MORE]
    assert article.metadata.outlet is None


def test_words_after_a_carriers_address_name_no_outlet():
    line = (
        "(c) Yonhap example-partner.com reposts and other stories shared by partners."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert article.metadata.outlet is None


def test_a_copyright_holder_written_as_an_address_stays_whole():
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n© 2024 vietnamnews.vn\n"
    )
    assert article.metadata.outlet == "Việt Nam News"


def test_a_credit_line_alone_over_a_retold_story_names_its_outlet():
    text = f"{HEAD}\n\nAccording to Yonhap News,\n\n{STORY}\n\n{MORE}\n"
    url = "https://www.invest-example.org/news/detail.do?id=7"
    article = article_from_text(text, url=url)
    assert article.metadata.outlet == "Yonhap News Agency"
    assert paragraphs(article)[-2:] == [STORY, MORE]


def test_a_sourced_fact_in_a_sentence_names_no_outlet_of_the_page():
    sentence = "According to Yonhap, the two cities will sign the deal next month."
    text = f"{HEAD}\n\n{sentence}\n\n{STORY}\n\n{MORE}\n"
    url = "https://www.invest-example.org/news/detail.do?id=7"
    assert article_from_text(text, url=url).metadata.outlet != "Yonhap News Agency"


UNLISTED = "https://www.vinaexample.com/news/1"


def test_a_credit_wrapped_inside_a_story_names_no_outlet_of_the_page():
    story = (
        "The two cities agreed on Monday to open a joint office.\n"
        "According to Yonhap,\n"
        "the first projects would start next spring, officials said."
    )
    article = article_from_text(f"{HEAD}\n\n{story}\n\n{MORE}\n", url=UNLISTED)
    assert article.metadata.outlet != "Yonhap News Agency"


def test_a_credit_over_a_quoted_opinion_names_no_outlet_of_the_page():
    quoted = '"The office will open next spring," the mayor said on Monday.'
    opinion = "The board believes the plan comes late, but it is welcome all the same."
    for credit in ("According to Yonhap:", "According to Yonhap,"):
        text = (
            f"{HEAD}\n\nVinaexample Editorial Board\n\n{credit}\n\n{quoted}\n\n"
            f"{opinion}\n\n{MORE}\n"
        )
        outlet = article_from_text(text, url=UNLISTED).metadata.outlet
        assert outlet != "Yonhap News Agency"


def test_a_listed_site_keeps_its_name_over_a_reporters_mail_at_another_listed_site():
    # The Investor's reporters write from their group's mail, the Herald's
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nBy Jane Roe (jroe@heraldcorp.com)\n"
    url = "http://theinvestor.co.kr/view.php?ud=20160101000001"
    assert article_from_text(text, url=url).metadata.outlet == "The Investor"
    # with no address, the mail's site names the outlet
    assert article_from_text(text).metadata.outlet == "The Herald Business"


@pytest.mark.parametrize(
    "url", ["https://asianews.network/view/1", "https://www.korea.net/news/view?id=1"]
)
def test_a_reporters_mail_names_the_outlet_on_a_site_carrying_others_stories(url):
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nBy Jane Roe (jroe@koreaherald.com)\n"
    assert article_from_text(text, url=url).metadata.outlet == "The Korea Herald"


def test_a_mail_address_between_long_runs_of_letters_is_found():
    # (its time on such a text: scripts/bench, "hostile lines")
    run = "a" * 100_000
    text = f"{STORY}\n{run}\nBy Jane Roe (jroe@heraldcorp.com)\n{run}@"
    assert carried("The Herald Business", "The Investor", text, outlets())


def test_a_reporters_mail_names_the_outlet_on_an_unlisted_site():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nBy Jane Roe (jroe@heraldcorp.com)\n"
    url = "https://copies.example.com/view/1"
    assert article_from_text(text, url=url).metadata.outlet == "The Herald Business"


KO_HEAD = "두 도시, 자매도시 협정 맺고 교류 확대"
KO_STORY = "시는 베트남 항구도시와 자매도시 협정을 맺고 민간단체 교류와 산업 교류를 추진한다고 밝혔다."
KO_MORE = "부시장은 공무원 상호 파견 등 다양한 분야로 교류를 확대할 계획이라고 말했다."


def test_a_listed_outlet_in_square_brackets_closing_the_story_signs_it_off():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE} [연합뉴스]\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "Yonhap News Agency"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "closing", ["[사진=연합뉴스]", "[연합뉴스 자료사진]", "[관련기사]"]
)
def test_other_brackets_closing_the_story_sign_nothing(closing):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE} {closing}\n"
    assert article_from_text(text).metadata.outlet != "Yonhap News Agency"


def test_capitals_before_a_dash_that_the_paragraph_names_again_are_its_subject():
    opening = (
        "HXT – Hai Phong Technology Park will make televisions and phones for both "
        "markets, and it is HXT's largest factory in the region."
    )
    article = article_from_text(f"{HEAD}\n\n{opening}\n\n{MORE}\n")
    assert paragraphs(article) == [opening, MORE]
    assert article.metadata.outlet is None


def test_an_unlisted_outlets_tag_in_capitals_opens_the_story():
    article = article_from_text(f"{HEAD}\n\nHXT – {STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == "HXT"


@pytest.mark.parametrize(
    ("opening", "story"),
    [
        # a dateline's time after the dash: the capitals are the outlet's tag, however
        # often its reporters are named in the story
        (
            "HXT – Sáng 3/5, tại thành phố, hai bên đã ký thỏa thuận hợp tác. Trao đổi "
            "với PV HXT, ông Nguyễn Văn An cho biết dự án sẽ khởi công trong năm nay.",
            "Sáng 3/5, tại thành phố, hai bên đã ký thỏa thuận hợp tác. Trao đổi "
            "với PV HXT, ông Nguyễn Văn An cho biết dự án sẽ khởi công trong năm nay.",
        ),
        # the paper's name again only after the word for its reporters
        (
            "HXT – The two cities agreed on Monday to open a joint office for small "
            "firms, the mayor told HXT reporters after the meeting.",
            "The two cities agreed on Monday to open a joint office for small "
            "firms, the mayor told HXT reporters after the meeting.",
        ),
        (
            "HXT – Hai bên đã ký thỏa thuận hợp tác về đào tạo nghề cho thanh niên, "
            "ông Nguyễn Văn An nói với phóng viên HXT sau buổi lễ.",
            "Hai bên đã ký thỏa thuận hợp tác về đào tạo nghề cho thanh niên, "
            "ông Nguyễn Văn An nói với phóng viên HXT sau buổi lễ.",
        ),
    ],
)
def test_an_unlisted_tag_its_story_names_as_its_reporters_paper_is_the_outlet(
    opening, story
):
    article = article_from_text(f"{HEAD}\n\n{opening}\n\n{MORE}\n")
    assert paragraphs(article) == [story, MORE]
    assert article.metadata.outlet == "HXT"
