"""A story's opening tag that names its outlet: a paper's initials with its web edition's
"O" ("KHPTO -"), and a paper's tag before the agency whose copy it prints ("NDO/VNA—"
is in test_outlet_signals). Every text here is invented."""

from __future__ import annotations

from builders import MORE, STORY, article_from_text, paragraphs

HEAD = "Two port cities open a joint office for small firms"


def test_a_papers_initials_and_online_s_o_name_the_site():
    # "Khoa Hoc Pho Thong" online: KHPT, then the O of its web edition
    url = "http://www.khoahocphothong.com.vn/hai-thanh-pho-cang-48001.html"
    article = article_from_text(f"{HEAD}\n\nKHPTO - {STORY}\n\n{MORE}\n", url=url)
    assert article.metadata.outlet == "Khoa Hoc Pho Thong"
    assert paragraphs(article) == [STORY, MORE]
    url = "https://baothuongmaidientu.vn/hai-thanh-pho-cang-48001.html"
    article = article_from_text(f"{HEAD}\n\n(TMĐTO) - {STORY}\n\n{MORE}\n", url=url)
    assert article.metadata.outlet == "Báo Thuong Mai Dien Tu"


def test_an_o_that_is_no_initial_of_the_site_stays_the_tag():
    url = "http://www.khoahocphothong.com.vn/hai-thanh-pho-cang-48001.html"
    article = article_from_text(f"{HEAD}\n\nKHPTVO - {STORY}\n\n{MORE}\n", url=url)
    assert article.metadata.outlet == "KHPTVO"


def test_pulse_and_ibtimes_are_listed_outlets():
    # Maeil Business's English service under its own address; IBTimes by its address
    source = "Source: https://m.pulsenews.co.kr/view.php?year=2021&no=1234"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{source}\n")
    assert article.metadata.outlet == "Maeil Business Newspaper"
    url = "https://www.ibtimes.com/two-port-cities-open-joint-office-1234"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n", url=url)
    assert article.metadata.outlet == "International Business Times"


def test_a_pulse_subheading_or_section_is_no_outlet():
    # "Pulse" alone is any site's section, column or subheading: only the address or
    # "Pulse by Maeil Business" names Maeil's English service
    url = "https://www.portledger.com/news/two-port-cities-open-joint-office"
    text = f"{HEAD}\n\n{STORY}\n\nPulse\n\n{MORE}\n"
    article = article_from_text(text, url=url)
    assert article.metadata.outlet != "Maeil Business Newspaper"
    assert "Pulse" in [p.text for p in article.passages]
    assert paragraphs(article) == [STORY, MORE]
    for text in (
        f"Pulse\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n",
        f"{HEAD}\n\nPULSE: {STORY}\n",
    ):
        article = article_from_text(text, url=url)
        assert article.metadata.outlet != "Maeil Business Newspaper"
