"""An article's outlet, date, author and title where a page names another outlet in a
picture's credit, retells another outlet's report, copies a publisher's release, or
carries its site's own clock, link or dateline line where a reader might take them for
the article's."""

from __future__ import annotations

from builders import LAST, MORE, STORY, article_from_text
from dossier.clean.datelines import bare_dateline
from dossier.clean.metadata import byline, outlets
from dossier.clean.outlet_lines import outlet_line

HEAD = "Two port cities open a joint office for small firms"


def test_an_outlet_named_only_in_a_pictures_credit_gives_way_to_the_address():
    text = (
        f"{HEAD}\n\n{STORY}\n\n"
        "The mayors shake hands after the signing. —Photo tienphong.vn\n\n"
        f"{MORE}\n\n{LAST}\n"
    )
    article = article_from_text(text, url="https://vietnamnet.vn/en/x-1.html")
    assert article.metadata.outlet == "VietNamNet"
    # an unlisted site: the name its address spells
    article = article_from_text(text, url="https://www.portwatcher.com/2024/05/x/")
    assert article.metadata.outlet == "Port Watcher"
    # without an address, the credit is all the page says
    assert article_from_text(text).metadata.outlet == "Tiền Phong"
    # named outside the credit too ("Source: …"): the story's outlet
    sourced = f"{text}\nSource: Tien Phong\n"
    article = article_from_text(sourced, url="https://vietnamnet.vn/en/x-1.html")
    assert article.metadata.outlet == "Tiền Phong"


HERALD = "https://www.koreaherald.com/view.php?ud=20240503000123"


def test_a_wires_tag_closing_its_copy_names_the_storys_source():
    # a wire's copy on a paper's site, its tag after the last paragraph: the wire's
    for tagged in (f"{LAST} (Yonhap)", f"{LAST}\n\n(Yonhap)"):
        text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{tagged}\n\nMost popular\n"
        assert article_from_text(text, url=HERALD).metadata.outlet == (
            "Yonhap News Agency"
        )
    # the same tag under a picture, the paper's story going on below it: the paper's
    text = (
        f"{HEAD}\n\nThe mayors shake hands after the signing on Monday. (Yonhap)\n\n"
        f"{STORY}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article_from_text(text, url=HERALD).metadata.outlet == "The Korea Herald"


def test_a_known_site_keeps_its_outlet_over_a_report_it_cites():
    text = (
        f"{HEAD}\n\nAccording to The Herald Business's report — the office opens in May, "
        "with a staff of twelve from both cities.\n\n"
        f"The mayors at the signing. (Herald Business)\n\n{STORY}\n\n{MORE}\n"
    )
    assert article_from_text(text, url=HERALD).metadata.outlet == "The Korea Herald"


def test_a_source_set_off_between_dashes_credits_no_report():
    text = (
        f"{STORY}\n"
        "According to The Korea Herald's report — which cited a city official — the "
        "office opens in May.\n"
        f"{MORE}\n{LAST}\n"
    )
    article = article_from_text(text, url="https://pagecopier.net/?p=12")
    assert article.metadata.outlet != "The Korea Herald"
    # nor a name with no word for its report after it
    bare = text.replace("'s report — which cited a city official —", ":")
    article = article_from_text(bare, url="https://pagecopier.net/?p=12")
    assert article.metadata.outlet != "The Korea Herald"


def test_a_report_retold_names_its_outlet_over_the_copying_site():
    text = (
        f"{STORY}\n"
        "According to The Korea Herald's report — the office opens in May, with a staff "
        "of twelve from both cities.\n"
        f"{MORE}\n{LAST}\n"
    )
    article = article_from_text(text, url="https://pagecopier.net/?p=12")
    assert article.metadata.outlet == "The Korea Herald"
    # one fact sourced in a sentence is no credit for the story
    sourced = text.replace("Herald's report —", "Herald,")
    article = article_from_text(sourced, url="https://pagecopier.net/?p=12")
    assert article.metadata.outlet != "The Korea Herald"


def test_a_copys_header_names_the_publisher_over_the_address_it_copied():
    text = (
        "새소식\n\n항구도시 공동사무소 개소\n출처\n한빛시\n작성일\n2024.05.02\n원본URL\n"
        "https://www.hanbit.example.kr/news/view.do?seq=77\n\n"
        "한빛시는 2일 자매도시와 함께 중소기업을 돕는 공동사무소를 열었다고 밝혔습니다.\n\n"
        "사무소는 양측 기업의 협력사 발굴과 계약서 번역을 돕습니다.\n"
    )
    article = article_from_text(text, url="https://copyhub.net/portal/view.do?no=5")
    assert article.metadata.outlet == "한빛시"
    # the header's address on the page's own site: its own source line, no copy
    own = text.replace("www.hanbit.example.kr", "copyhub.net")
    article = article_from_text(own, url="https://copyhub.net/portal/view.do?no=5")
    assert article.metadata.outlet != "한빛시"


def test_a_source_line_giving_the_storys_address_names_its_site():
    names = outlets()
    # the site, without the words sites put before their name, nor a port after it
    for address in (
        "https://en.portwatch.example.com/x/1",
        "https://m.portwatch.example.com/x/1",
        "http://portwatch.example.com:8080/x.html",
    ):
        assert outlet_line(f"Source: {address}", names) == "portwatch.example.com"
    line = "Source: https://en.sggp.org.vn/two-port-cities-post1234.html   "
    assert outlet_line(line, names) == "Saigon Giải Phóng"
    assert outlet_line("Source: https://portwatch.example.com/x/1", names) == (
        "portwatch.example.com"
    )


def test_a_papers_edition_after_its_name_is_no_part_of_it():
    text = (
        "[한빛타임스 한글판 김하나 기자] 두 항구도시가 월요일 중소기업을 위한 공동사무소를 "
        "열기로 합의했다고 관계자들이 밝혔다.\n\n"
        "사무소는 양측 기업의 협력사 발굴과 계약서 번역을 돕는다.\n"
    )
    assert article_from_text(text).metadata.outlet == "한빛타임스"


def test_a_pages_link_to_its_readers_is_no_author():
    names = outlets()
    for link in ("Contact Us", "About Us", "Join Our Team"):
        assert byline(link, names, alone=True) is None
    assert byline("Lan Huong", names, alone=True) == ("Lan Huong",)
    # "You": a romanisation of the surname 유
    assert byline("You Hee-yeol", names, alone=True) == ("You Hee-yeol",)


def test_a_site_clock_beside_its_language_link_dates_no_story():
    text = (
        "Port City Portal\n\nFriday, May 3 2024    |    Vietnamese\n\n"
        f"{HEAD}\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article_from_text(text).metadata.published is None
    dated = text.replace("    |    Vietnamese", "")
    assert article_from_text(dated).metadata.published == "2024-05-03"
    # the story's own date line, with the language it is written in: its date
    text = f"{HEAD}\n\nMay 3, 2024 | English\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).metadata.published == "2024-05-03"


def test_a_dateline_alone_on_its_line_is_no_headline():
    text = f" date 2024-05-03 VIETNAM, May 3 -\n\nHAI PHONG — {STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.metadata.title is None
    assert article.metadata.dateline == "HAI PHONG"
    assert bare_dateline("SEOUL, June 2 —")
    assert not bare_dateline("SEOUL, June 2 — Two cities open an office")
    assert not bare_dateline("Port cities open an office -")


def test_a_headline_over_a_dateline_alone_on_its_line_stays_the_headline():
    head = "Korea, Vietnam sign port deal"
    text = f"{head}\n\nVIETNAM, May 3 -\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert article.metadata.title == head
    assert article.passages[0].text == head
