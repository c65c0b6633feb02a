"""A line written as a caption, not as a headline, over a page whose headline the archive
lost: its grammar tells it ("The minister is welcomed at …", "A scene in the film", "The
dance troupe Stardust", "Jane Roe, chairwoman, Hanoi Business Council"), where the
page's address spells another headline. A portrait's caption shown twice at the top of a
Korean page, and a Korean subheading ("◇ …") under it, are no headline either."""

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
        "Visiting artists are greeted by students at the school gate",
        "A scene in the Vietnamese comedy film",
        "The lantern dance troupe Moonlight",
        "Jane Roe, chairwoman, Tam Ky Lantern Makers Association",
    ],
)
def test_a_line_told_as_a_caption_run_on_is_no_headline(caption):
    article = clean(_page(caption), "x", Metadata(url=URL))
    assert article.metadata.title is None
    # no headline passage left for `add` to name the page after: its address names it
    assert "headline" not in [p.kind for p in article.passages]
    assert [p.text for p in article.passages if p.kind == "paragraph"] == [LEAD, SECOND]
    # nothing lost: the caption is among the dropped lines, or on the page
    assert any(d.line == 1 and d.text == caption for d in article.dropped) or any(
        p.text == caption for p in article.passages
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Culture minister welcomed in Da Nang",  # a headline drops its "is"
        "A lantern village blooms again in Tam Ky",  # a verb
        "The lantern troupes of Tam Ky dance for the festival crowds",
        "The quiet end of Tam Ky's lantern street?",
        "Jane Roe, chairwoman of the lantern makers, visits Seoul",
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
    assert is_portrait_caption("John Doe, President and CEO of Acme Vina Co")
    assert is_portrait_caption("홍길동 한빛상사 대표이사")
    assert is_portrait_caption("김철수 KOICA 하노이사무소장")
    assert not is_portrait_caption("John Doe, president of Acme, opens a plant in Hue")
    assert not is_portrait_caption("Acme, Vina Steel, Hanoi Bank sign a deal")
    assert not is_portrait_caption(
        "<대사 인터뷰> 홍길동 베트남 대사"
    )  # a headline's label
    assert not is_portrait_caption("홍길동 대사 베트남 방문")  # what someone did
    assert not is_portrait_caption("한국 기업 대표")


def test_reads_as_caption_leaves_headlines():
    assert reads_as_caption("The minister is welcomed at Noi Bai airport")
    assert not reads_as_caption("Vietnam is seen as the next Korean factory hub")
    assert not reads_as_caption("The bank to open a branch in Hue")
    assert not reads_as_caption("The rise and rise of Korean coffee: a story")


KOREAN_BODY = (
    "한빛상사가 올해 하노이에 두 번째 공장을 세우고 현지 직원 300명을 새로 뽑기로 했다고 "
    "회사 측이 12일 밝혔다.\n\n"
    "회사는 공장이 완공되면 연간 생산량이 두 배로 늘어날 것으로 내다봤다.\n"
)


def test_a_portraits_caption_shown_twice_over_a_korean_column_is_no_headline():
    text = (
        "홍길동 한빛상사 대표이사\n홍길동 한빛상사 대표이사\n\n"
        "◇ 하노이 두 번째 공장의 의미\n\n" + KOREAN_BODY
    )
    article = clean(text, "x", Metadata())
    assert article.metadata.title is None
    paragraphs = [p.text for p in article.passages if p.kind == "paragraph"]
    assert paragraphs[-2].startswith("한빛상사가 올해 하노이에")


def test_a_korean_headline_shown_twice_stays():
    text = (
        "한빛상사, 하노이에 두 번째 공장\n한빛상사, 하노이에 두 번째 공장\n\n"
        + KOREAN_BODY
    )
    assert (
        clean(text, "x", Metadata()).metadata.title == "한빛상사, 하노이에 두 번째 공장"
    )


def test_a_long_line_is_read_in_linear_time():
    line = "Jane Roe, chairwoman, " + "Hanoi " * 9000 + "is welcomed at"
    assert not is_portrait_caption(line)
    assert reads_as_caption(line)
    assert not is_portrait_caption("홍길동 " + "한빛 " * 20000 + "대표")
