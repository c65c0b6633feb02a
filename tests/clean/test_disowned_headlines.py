"""A line read as the headline that the page's own address disowns (``disowned_headlines``):
one sharing next to none of the words of the headline the address spells (a related
story's headline, a sub-heading, a column's kicker) gives way to the line the address
spells where the page prints it; where it does not, the line stays (an outlet's
search-engine address, a headline reworked after its address). A reworked headline keeping a
good part of its words, or a line in another language than the address, stays. Texts
written for the shapes, never a page's."""

from __future__ import annotations

from builders import LAST, MORE, STORY, paragraphs
from builders import VI_INVEST_LAST as VI_LAST
from builders import VI_INVEST_LEAD as VI_LEAD
from builders import VI_INVEST_MORE as VI_MORE
from dossier.clean.cleaning import clean
from dossier.model import Metadata
from dossier.text import normalize

EN_BODY = f"{STORY}\n\n{MORE}\n\n{LAST}\n"
VI_BODY = f"{VI_LEAD}\n\n{VI_MORE}\n\n{VI_LAST}\n"
VI_URL = "https://news.example.vn/dau-tu-han-quoc-vao-binh-an-tang-ca-ve-chat-va-luong-123456789.htm"


def _article(text: str, url: str | None):
    return clean(normalize(text), "x", Metadata(url=url))


def test_a_sub_heading_over_the_story_gives_way_to_the_line_the_address_spells():
    spelt = "Đầu tư Hàn Quốc vào Bình An tăng cả về chất và lượng"
    text = f"Những con số biết nói\n\n{VI_BODY}\n{spelt}\n"
    article = _article(text, VI_URL)
    assert article.metadata.title == spelt
    assert paragraphs(article)[:3] == [VI_LEAD, VI_MORE, VI_LAST]
    # nothing lost: the line is among the dropped lines
    assert any(
        d.line == 1 and d.text == "Những con số biết nói" for d in article.dropped
    )


def test_a_vietnamese_headline_reworked_after_its_address_stays():
    # the address's words are the story's, here and there: no line of the page
    # spells the address, so nothing shows the line is another story's
    article = _article(f"Những con số biết nói\n\n{VI_BODY}", VI_URL)
    assert article.metadata.title == "Những con số biết nói"
    assert paragraphs(article) == [VI_LEAD, VI_MORE, VI_LAST]


def test_a_headline_over_a_search_engine_address_stays():
    lead = (
        "Korea and Vietnam widened on Monday a seasonal labour scheme that "
        "sends farm workers to the southern provinces, officials said."
    )
    more = (
        "The scheme will now cover fishing crews as well as farm hands, and lets "
        "workers stay for up to nine months."
    )
    last = (
        "Advocates in both countries said the labour scheme still binds workers to "
        "one employer, with few ways to complain."
    )
    headline = "‘Nowhere else to turn’: crews push back against stricter contracts"
    text = f"{headline}\n\n{lead}\n\n{more}\n\n{last}\n"
    url = (
        "https://news.example.com/world/2024/may/02/korea-vietnam-labour-scheme-widened"
    )
    assert _article(text, url).metadata.title == headline


def test_related_headlines_over_the_story_give_way_to_the_spelt_line():
    text = (
        "Seaside towns await the return of summer crowds\n"
        "Ferry operators add routes to the southern islands\n"
        "Column: Why small towns matter\n"
        "Hotel prices climb ahead of the holiday season\n\n"
        f"{EN_BODY}\n"
        "Source: Example News_Joint office opened for small firms\n"
    )
    url = "https://news.example.com/en/business/joint-office-opened-for-small-firms-546381.html"
    assert _article(text, url).metadata.title == "Joint office opened for small firms"


def test_the_line_the_address_spells_is_the_headline_not_a_section_heading():
    text = (
        "Korean lenders widen their reach in the Mekong Delta\n\n"
        "  Ms. Jane Roe\n"
        "  Position: Lending Analyst\n"
        "  Organization: Centre for Regional Finance\n\n"
        "Overview of Bank Lending in the Region\n\n"
        f"{EN_BODY}"
    )
    url = (
        "https://invest.example.gov.vn/en/views.nd/"
        "korean-lenders-widen-their-reach-in-the-mekong-delta.html"
    )
    assert _article(text, url).metadata.title == (
        "Korean lenders widen their reach in the Mekong Delta"
    )


def test_a_reworked_headline_keeping_its_words_stays():
    text = f"Cities open joint office to help small firms grow\n\n{EN_BODY}"
    url = "https://news.example.com/two-cities-open-joint-office-for-small-firms-91234.html"
    assert _article(text, url).metadata.title == (
        "Cities open joint office to help small firms grow"
    )


def test_an_address_in_another_language_says_nothing_of_the_headline():
    text = (
        f"Former coach of the national side takes over the under-23 team\n\n{EN_BODY}"
    )
    url = "https://news.example.vn/cuu-tro-ly-doi-tuyen-lam-hlv-truong-u23-viet-nam-3345.html"
    assert _article(text, url).metadata.title == (
        "Former coach of the national side takes over the under-23 team"
    )
