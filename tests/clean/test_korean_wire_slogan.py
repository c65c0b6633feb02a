"""Newsis's slogan at a copy's foot, its reporter's address shown as the copy's
placeholder ("[email protected]"), is no story: it is dropped with its reason. Every text
here is invented."""

from __future__ import annotations

from builders import KO_HEAD, KO_MORE, KO_STORY, article_from_text, paragraphs, reasons


def test_the_wire_slogan_with_a_placeholder_address_is_dropped():
    line = "◎공감언론 뉴시스 [email protected]"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[line] == "wire slogan"
