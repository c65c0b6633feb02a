"""Writers' labels in two more spellings: "Author(s):" and a "Writer" glued to its "by"
("• Writerby X", a site's details list). The writer is the author; the label is no
part of the name."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs

HEAD = "Port operators look south to a new container terminal"
STORY = (
    "A group of port operators from Busan visited the southern coast on Monday to study "
    "a container terminal that has stood unfinished for two years."
)
MORE = "The delegation met the terminal's owners and the provincial authorities."


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Author(s): Lena Marsh", "Lena Marsh"),
        ("Writerby KIM Ha-eun", "KIM Ha-eun"),
        ("  • Writerby KIM Ha-eun", "KIM Ha-eun"),
        ("Writer by Lena Marsh", "Lena Marsh"),
    ],
)
def test_a_labelled_writer_is_the_author(line, author):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.author == author
    assert paragraphs(article) == [STORY, MORE]


def test_a_site_named_after_the_writer_is_no_author():
    line = "by Lena Marsh, The Harbour Channel, Oct 5, 2015"
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.author == "Lena Marsh"
    assert article.metadata.published == "2015-10-05"
