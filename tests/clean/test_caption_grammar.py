"""A line written as a caption, not as a headline, over a page whose headline the archive
lost: its grammar tells it ("The minister is welcomed at …", "A scene in the film", "The
dance troupe Stardust", "Jane Roe, chairwoman, Hanoi Business Council"), where the
page's address spells another headline. Never a headline in Title Case or one that says
what someone did; never a Korean headline (a noun phrase ending on 시장/대사, or marked
"◆ …")."""

from __future__ import annotations

import pytest
from dossier.clean.caption_grammar import reads_as_caption
from dossier.clean.cleaning import clean
from dossier.clean.portrait_captions import is_portrait_caption
from dossier.model import Metadata

LEAD = (
    "The lantern festival of Tam Ky drew more than 20,000 visitors on its first night, "
    "the provincial Department of Culture said on Sunday."
)
SECOND = (
    "Artists from Quang Nam and the Republic of Korea performed on three stages along "
    "the river, and the festival runs until Friday."
)
URL = (
    "https://news.example.vn/culture/lantern-festival-draws-crowds-in-tam-ky-93125.html"
)


def _page(first: str) -> str:
    return f" date 2024-05-12 {first}\n\n{LEAD}\n\n\n\n{SECOND}\n"


@pytest.mark.parametrize(
    "caption",
    [
        "The culture minister is welcomed at the Da Nang International Airport",
        "Visiting artists are greeted at the school gate by students",
        "A scene in the Vietnamese comedy film",
        "The lantern dance troupe Moonlight",
    ],
)
def test_a_line_told_as_a_caption_run_on_is_no_headline(caption):
    article = clean(_page(caption), "x", Metadata(url=URL))
    assert article.metadata.title is None
    # the page prints no headline: the caption names it nowhere (``add`` names it from
    # its address, the editor writes its title)
    assert caption not in article.title
    assert [p.text for p in article.passages if p.kind == "paragraph"] == [LEAD, SECOND]
    assert any(d.line == 1 and d.text == caption for d in article.dropped)


def test_a_caption_run_on_under_an_address_the_page_spells_takes_its_headline():
    caption = "A scene in the Vietnamese comedy film"
    footer = "\nSource: Lantern festival draws crowds in Tam Ky\n"
    article = clean(_page(caption) + footer, "x", Metadata(url=URL))
    assert article.metadata.title == "Lantern festival draws crowds in Tam Ky"
    # no headline passage left for `add` to name the page after: its address names it
    assert "headline" not in [p.kind for p in article.passages]


def test_a_portraits_caption_run_on_is_no_headline():
    caption = "Jane Roe, chairwoman, Tam Ky Lantern Makers Association"
    article = clean(_page(caption), "x", Metadata(url=URL))
    assert article.metadata.title is None
    assert [p.text for p in article.passages if p.kind == "paragraph"] == [LEAD, SECOND]


@pytest.mark.parametrize(
    "headline",
    [
        "Culture minister welcomed in Da Nang",  # a headline drops its "is"
        "A lantern village blooms again in Tam Ky",  # a verb
        "The lantern troupes of Tam Ky dance for the festival crowds",
        "The quiet end of Tam Ky's lantern street?",
        "Jane Roe, chairwoman of the lantern makers, visits Seoul",
        # Title Case: a headline's style
        "A New Chapter for Tam Ky",
        "The Lantern Wave in Tam Ky",
        "The Road To Tam Ky",
        "A Korean Troupe Opens A Lantern Show In Tam Ky",
        "Tam Ky Eyes Korean Lantern Makers, Minister Says",
        "Lantern Makers Of Tam Ky, Leader In Exports",
        # not a thing pictured, or not done at a place: what headlines say too
        "The business of lanterns in Tam Ky",
        "Korean minister is welcomed in Tam Ky",
        "Tam Ky is seen by Korean investors as the next lantern hub",
        "Jane Roe, Speaker of the Assembly, is welcomed by Tam Ky students",
        "Park Hang-seo is honoured as Tam Ky's hero",
    ],
)
def test_a_headline_run_on_stays_under_another_address(headline):
    assert clean(_page(headline), "x", Metadata(url=URL)).metadata.title == headline


def test_a_caption_shaped_line_the_address_spells_stays_the_headline():
    url = (
        "https://news.example.vn/culture/the-lantern-dance-troupe-moonlight-93126.html"
    )
    line = "The lantern dance troupe Moonlight"
    assert clean(_page(line), "x", Metadata(url=url)).metadata.title == line


def test_the_shapes_of_a_portraits_caption():
    assert is_portrait_caption("Jane Roe, chairwoman, Hanoi Business Council")
    assert is_portrait_caption("John Doe, director of Acme Vina Co")
    assert not is_portrait_caption("John Doe, president of Acme, opens a plant in Hue")
    assert not is_portrait_caption("Acme, Vina Steel, Hanoi Bank sign a deal")
    assert not is_portrait_caption("Hue Eyes Korean Investment, Minister Says")
    assert not is_portrait_caption("Acme Vina, Leader In Electronics Exports")
    assert not is_portrait_caption("홍길동 한빛상사 대표이사")  # Korean: never read


def test_reads_as_caption_leaves_headlines():
    assert reads_as_caption("The minister is welcomed at the Noi Bai airport")
    assert not reads_as_caption("Vietnam is seen as the next Korean factory hub")
    assert not reads_as_caption("The bank to open a branch in Hue")
    assert not reads_as_caption("The Bank To Open Branch In Hue")
    assert not reads_as_caption("The rise and rise of Korean coffee: a story")


KOREAN_BODY = (
    "한빛상사가 올해 하노이에 두 번째 공장을 세우고 현지 직원 300명을 새로 뽑기로 했다고 "
    "회사 측이 12일 밝혔다.\n\n"
    "회사는 공장이 완공되면 연간 생산량이 두 배로 늘어날 것으로 내다봤다.\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "고성장 베트남 가전 시장",  # 시장 (a market), no mayor
        "한국의 새 하노이 대사",
        "◆ 한-베 교류 특집: 가전으로 잇는 두 나라",  # a paper's headline mark
    ],
)
def test_a_korean_headline_over_its_byline_stays(headline):
    text = f"{headline}\n홍길동 기자\n\n" + KOREAN_BODY
    assert clean(text, "x", Metadata()).metadata.title == headline.lstrip("◆ ")


def test_a_korean_noun_phrase_headline_shown_twice_stays():
    text = "하노이 가전 시장\n하노이 가전 시장\n\n" + KOREAN_BODY
    assert clean(text, "x", Metadata()).metadata.title == "하노이 가전 시장"


def test_a_korean_headline_shown_twice_stays():
    text = (
        "한빛상사, 하노이에 두 번째 공장\n한빛상사, 하노이에 두 번째 공장\n\n"
        + KOREAN_BODY
    )
    assert (
        clean(text, "x", Metadata()).metadata.title == "한빛상사, 하노이에 두 번째 공장"
    )


def test_a_long_line_is_read_in_linear_time():
    line = "Jane roe, chairwoman, " + "Hanoi " * 9000 + "is welcomed at the"
    assert not is_portrait_caption(line)
    assert reads_as_caption(line)
    assert not is_portrait_caption("Jane Roe, chairman, " + "Hanoi " * 9000)
