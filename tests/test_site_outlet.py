"""The outlet an article's address names: for `dossier add --url`, and for a seed whose
sidecar gives its address while its text names no outlet."""

from __future__ import annotations

import pytest
from builders import MORE, STORY
from dossier.clean.cleaning import clean
from dossier.clean.metadata import outlets
from dossier.clean.outlet_lines import site_outlet
from dossier.clean.site_names import site_named
from dossier.model import Metadata

HEAD = "Two port cities open a joint office for small firms"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://en.yna.co.kr/view/AEN20250101000100315", "Yonhap News Agency"),
        ("https://www.segye.com/newsView/20180315018313", "Segye Ilbo"),
        ("https://m.ajunews.com/amp/20160928071945236", "Aju Business Daily"),
        ("https://e.vnexpress.net/news/news/x-4800000.html", "VnExpress International"),
        ("http://www.kyeongin.com/article/1667533", "경인일보"),
        ("https://m.nocutnews.co.kr/news/amp/5827176", "노컷뉴스"),
        ("https://baonghean.vn/x-post270071.html", "Báo Nghệ An"),
        ("https://asia.nikkei.com/Business/x", "Nikkei Asia"),
        # the regional, sports and trade papers of both countries, and broadcasters
        ("http://www.kwangju.co.kr/article.php?aid=1714391000", "광주일보"),
        ("https://www.jejunews.com/news/articleView.html?idxno=1", "제주일보"),
        ("https://www.ichannela.com/news/main/news_detailPage.do", "채널A"),
        ("https://baoquangngai.vn/x-26.htm", "Báo Quảng Ngãi"),
        ("https://dangcongsan.vn/x-1.html", "Báo điện tử Đảng Cộng sản Việt Nam"),
        ("https://www.itv.com/news/2019-02-24/x", "ITV News"),
        ("https://example.com/news/1", None),
        ("http://[::1", None),  # no address at all
    ],
)
def test_an_addresss_site_names_its_outlet_when_listed(url, outlet):
    assert site_outlet(url, outlets()) == outlet


def test_a_sidecars_address_names_the_outlet_the_text_does_not_name():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n"
    url = "https://en.yna.co.kr/view/AEN20250101000100315"
    article = clean(text, "seeds/x.txt", Metadata(url=url))
    assert article.metadata.outlet == "Yonhap News Agency"
    assert "outlet" in article.metadata.detected  # for the editor to confirm
    assert clean(text, "seeds/x.txt", Metadata()).metadata.outlet is None


def test_the_outlet_the_text_names_wins_over_the_addresss_site():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n— VNS\n"
    url = "https://en.yna.co.kr/view/AEN20250101000100315"
    assert (
        clean(text, "seeds/x.txt", Metadata(url=url)).metadata.outlet == "Việt Nam News"
    )


def test_the_sidecars_own_outlet_wins_over_both():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n— VNS\n"
    metadata = Metadata(url="https://en.yna.co.kr/view/1", outlet="Example Daily")
    assert clean(text, "seeds/x.txt", metadata).metadata.outlet == "Example Daily"


# An address whose site outlets.yml does not list: the page's own spelling of its name
@pytest.mark.parametrize(
    ("url", "text", "outlet"),
    [
        (
            "https://www.examplesociety.org/read/7",
            "Published by Example Society on its own pages.",
            "Example Society",
        ),
        (  # the address's words with and without the Vietnamese marks
            "https://baolongdinh.example.vn/a-1.html",
            "Theo Báo Long Định, hai tỉnh đã ký kết.",
            "Báo Long Định",
        ),
        (  # a name glued to the Hangul after it is the name as the page writes it
            "http://kvn.example/news/1",
            "[KVN뉴스통신 김하나 기자] 협약을 맺었다.",
            "KVN뉴스통신",
        ),
        (  # initials, and the name they stand for in brackets before them
            "https://vkit.example.edu.vn/en/news/3",
            "On March 3, 2024, the Vietnam Korea Institute of Trades (VKIT) signed it.",
            "Vietnam Korea Institute of Trades",
        ),
        (  # Vietnamese syllables after a capital are the name's
            "https://tmx.example.edu.vn/tin/3",
            "Đoàn công tác Trường Đại học Thương mại Xanh (TMX) đã đến.",
            "Trường Đại học Thương mại Xanh",
        ),
        (  # no bracket: the initials
            "https://vkit.example.edu.vn/en/news/3",
            "VKIT and its partner signed it.",
            "VKIT",
        ),
    ],
)
def test_an_unlisted_sites_name_as_the_page_spells_it(url, text, outlet):
    assert site_named(url, text) == outlet


@pytest.mark.parametrize(
    ("url", "text"),
    [
        # a province's portal: its address names the province, not the outlet
        ("https://bacninh.gov.vn/news/1", "Bac Ninh signed it."),
        ("https://www.bacninh.example.vn/news/1", "Leaders of Bac Ninh signed it."),
        # common words in lower case ("thanh niên": the young) name no paper
        ("https://thanhnienx.example.vn/1", "Các bạn thanh niên x tham gia."),
        # words apart, a full stop between them
        ("https://asiasociety.example/1", "In Asia. Society changed."),
        # a platform's name is not its blogger's outlet
        ("https://someone.blogspot.com/2019/08/a.html", "Blogspot is free."),
        ("https://example.com/1", "Example texts are short."),  # the site's name unsaid
        # a country's name is no outlet's
        ("https://www.korea.kr/news/1", "Exports from Vietnam to Korea rose."),
        ("http://[::1", "Anything."),
    ],
)
def test_an_address_names_no_outlet_the_page_does_not_spell(url, text):
    assert site_named(url, text) is None


def test_an_unlisted_sites_name_in_the_text_is_the_outlet_to_confirm():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nPhoto: Example Society\n"
    url = "https://www.examplesociety.org/read/7"
    article = clean(text, "seeds/x.txt", Metadata(url=url))
    assert article.metadata.outlet == "Example Society"
    assert "outlet" in article.metadata.detected


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("http://www.Example-Daily.com:8080/a", "Example Daily"),
        ("https://www.dodsondigest.com/2024/x", "Dodson Digest"),
        ("https://www.nhipcaudautu.vn/a-1.html", "Nhip Cau Dau Tu"),
        ("https://m.kollo.kr/news/1", "Kollo"),  # one word: whole
        ("https://tcn.vn/a", "TCN"),  # a short label: initials
        ("https://www.evertiq.com/news/1", "Evertiq"),  # no "Evert Iq"
        ("https://gcaptain.com/a", "Gcaptain"),  # no "G Captain"
    ],
)
def test_an_unlisted_site_the_page_never_names_is_the_outlet_by_its_address(
    url, outlet
):
    """Neither listed nor spelt by the page: the site's own label read as a name, in
    common English words or Vietnamese syllables where it splits so, for the editor to
    confirm."""
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n"
    article = clean(text, "seeds/x.txt", Metadata(url=url))
    assert article.metadata.outlet == outlet
    assert "outlet" in article.metadata.detected


def test_no_address_no_outlet():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n"
    assert (
        clean(text, "seeds/x.txt", Metadata(url="http://[::1")).metadata.outlet is None
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://blog.naver.com/someone/1",
        "https://someone.tistory.com/192",
        "https://web.archive.org/web/2020/https://example.com/x",
        "https://bit.ly/abc",
        "https://news.google.com/articles/x",
        "http://203.0.113.7/news/1",
        "http://localhost/x",
        "https://example.gov.vn/news/1",  # a government site no province owns
        "http://<b>x</b>/",
    ],
)
def test_a_platform_an_archive_or_a_bare_address_is_no_outlet(url):
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n"
    assert clean(text, "seeds/x.txt", Metadata(url=url)).metadata.outlet is None


def test_a_sidecars_outlet_spares_reading_the_address(monkeypatch):
    """The sidecar overrules: its outlet stands, and the address is not read for one (the
    label's word list need not load for a dossier whose sidecars name their outlets)."""
    from dossier.clean import cleaning

    def unread(*_):
        raise AssertionError("the address was read for an outlet")

    monkeypatch.setattr(cleaning, "address_outlet", unread)
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n"
    meta = Metadata(url="https://www.apparelresources.com/a", outlet="Port Ledger")
    article = clean(text, "seeds/x.txt", meta)
    assert article.metadata.outlet == "Port Ledger"


@pytest.mark.parametrize(
    ("url", "line", "outlet"),
    [
        (  # the name the label spells, with the institution word after it
            "https://lhss.duytan.edu.vn/en/events/1",
            "Delegates met at Duy Tan University on Monday.",
            "Duy Tan University",
        ),
        (  # a label's "uni": the word spelt out
            "https://hueuni.edu.vn/portal/en/1",
            "Hue University renewed the memorandum on Monday.",
            "Hue University",
        ),
        (  # the label is the name's initials
            "https://en.tvu.edu.vn/1",
            "(TVU) – On July 13, Tra Vinh University held a signing ceremony.",
            "Tra Vinh University",
        ),
        (  # initials over a small word, then the institution word
            "https://ksif.or.kr/news/1",
            "The King Sejong Institute Foundation announced its support on Monday.",
            "King Sejong Institute Foundation",
        ),
        (
            "https://tbd.edu.vn/?p=12023",
            "On March 19th, Thai Binh Duong University held a signing ceremony.",
            "Thai Binh Duong University",
        ),
        (  # a company's own site: its name and the institution word after it
            "https://www.vinmec.com/vi/tin-tuc/1",
            "Vinmec Hospital signed a cooperation agreement with a Korean clinic.",
            "Vinmec Hospital",
        ),
        (  # a research institute's site
            "https://www.kdi.re.kr/news/1",
            "Researchers of the Korea Development Institute presented the study.",
            "Korea Development Institute",
        ),
    ],
)
def test_an_institutions_site_is_named_in_full_as_the_page_writes_it(url, line, outlet):
    text = f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n"
    article = clean(text, "seeds/x.txt", Metadata(url=url))
    assert article.metadata.outlet == outlet


def test_initials_of_a_place_name_no_site():
    """ "Ho Chi Minh" spells hcm's initials, but a place is no site's name."""
    text = f"{HEAD}\n\nLeaders of Ho Chi Minh visited.\n\n{STORY}\n"
    article = clean(text, "seeds/x.txt", Metadata(url="https://hcm.edu.vn/1"))
    assert article.metadata.outlet != "Ho Chi Minh"


@pytest.mark.parametrize(
    ("url", "line", "body"),
    [
        (  # a news site's label as a body's initials: the body is no outlet
            "https://htv.com.vn/sinh-vien-123",
            "Chiều 5/3, Hanoi Tourism Vocational College đã ký kết thỏa thuận.",
            "Hanoi Tourism Vocational College",
        ),
        (  # a news site named after a place: the place's bank is no outlet
            "https://www.jeonbuk.com/news/articleView.html?idxno=1234",
            "Jeonbuk Bank opened a representative office in Ho Chi Minh City on Monday.",
            "Jeonbuk Bank",
        ),
    ],
)
def test_a_body_the_story_names_is_no_news_sites_name(url, line, body):
    text = f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n"
    article = clean(text, "seeds/x.txt", Metadata(url=url))
    assert article.metadata.outlet not in (body, None)
