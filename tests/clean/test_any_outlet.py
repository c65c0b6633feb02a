"""Round two of issue 10: shapes that real pages from unseen outlets share. Every text
here is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import article_from_text
from dossier.model import CAPTION, PARAGRAPH

STORY = (
    "The two cities agreed on Monday to open a joint office for small firms, officials "
    "said, adding that the first projects would start next spring."
)
MORE = (
    "The office will help companies from both sides find partners, translate contracts "
    "and apply for the permits they need to set up factories."
)
LAST = (
    "Both mayors said they hoped to sign a wider agreement before the end of the year."
)


def paragraphs(article) -> list[str]:
    return [p.text for p in article.passages if p.kind == PARAGRAPH]


def captions(article) -> list[str]:
    return [p.text for p in article.passages if p.kind == CAPTION]


def reasons(article) -> dict[str, str]:
    return {d.text: d.reason for d in article.dropped}


def test_image_file_name_makes_the_block_below_a_caption_not_the_one_above():
    text = (
        "Two cities open a joint office\n24/09/2025 17:21\n"
        f"{STORY}\n{MORE}\nimg-2093-ab12.jpg\n"
        "The two mayors shake hands. (Photo: Example)\n"
        f"{LAST}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article)[:2] == [STORY, MORE]
    assert captions(article) == ["The two mayors shake hands. (Photo: Example)"]
    assert paragraphs(article)[-1] == LAST
