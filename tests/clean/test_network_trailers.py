"""A network's trailer after the story's last sentence, naming the paper it carries
(``network_trailers``): the last paragraph stays story, the trailer is a sign-off naming
the outlet, not a picture's credit making the paragraph a caption. Sentences written for
the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs, reasons

HEAD = "Two cities open an office"
LAST = "The mayors of the two cities will meet again in Busan in May to sign it."


@pytest.mark.parametrize(
    "trailer", [" - The Jakarta Post/ANN", " — The Jakarta Post/Asia News Network"]
)
def test_a_last_paragraph_signed_by_a_network_stays_story(trailer):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{LAST}{trailer}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)[trailer.strip()] == "outlet sign-off"
    assert article.metadata.outlet == "The Jakarta Post"
