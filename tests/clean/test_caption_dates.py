"""A date a Korean paper sets in a photo's caption beside the picture's credit ("…
ⓒ한빛일보 2023.06.04.", "…있다.2018.04.20/한빛포스트", "… [사진=한빛시] 2023.02.16
kim@example.com") dates the article only where the page states no other date and the
lead names the same day. Every text is invented; each test keeps only the shape of one
rule."""

from __future__ import annotations

import pytest
from builders import KO_HEAD, KO_MORE, article_from_text, captions

LEAD = "한빛시는 베트남 다낭시와 우호협력 협약을 체결했다고 4일 밝혔다."
PICTURE = "양 도시 대표가 협약서를 들고 기념 촬영을 하고 있다."


# the picture's text, then its caption, print the caption twice over the lead
@pytest.mark.parametrize(
    "caption",
    [
        f"{PICTURE} (제공: 한빛시) ⓒ한빛일보 2023.06.04.\n" * 2,
        f"{PICTURE}2023.06.04/한빛포스트\n" * 2,
        f"{PICTURE} [사진=한빛시] 2023.06.04 kim@example.com |",
    ],
)
def test_a_captions_credited_date_dates_a_page_stating_none(caption):
    text = f"{KO_HEAD}\n\n{caption}\n\n{LEAD}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.metadata.published == "2023-06-04"
    assert len(captions(article)) == 1


def test_a_picture_from_the_files_dates_no_story():
    caption = f"{PICTURE} [사진=한빛시] 2023.05.01 kim@example.com |"
    lead = LEAD.replace("4일", "14일")
    text = f"{KO_HEAD}\n\n{caption}\n\n{lead}\n\n{KO_MORE}\n"
    assert article_from_text(text).metadata.published is None


def test_the_pages_own_date_line_comes_first():
    caption = f"{PICTURE} ⓒ한빛일보 2023.06.04."
    text = f"{KO_HEAD}\n\n입력 2023.06.05 10:12\n\n{caption}\n\n{LEAD}\n\n{KO_MORE}\n"
    assert article_from_text(text).metadata.published == "2023-06-05"
