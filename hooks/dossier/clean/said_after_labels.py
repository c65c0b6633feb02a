"""A line that opens like a page's label, words and a colon ("Source: …", "Tags: …"), but
says its words after the colon as a story's sentence does: a quotation opened ("He
added: “Today's agreement …") or a sentence ended and the next begun ("Expert view: For
shop owners, the main gain is the speed. Unlike …"). Where the copy is cut off such a
line is the story's last paragraph, not a label under the story; a label's value names a
source, a list of tags or a headline, with no sentence ended inside it."""

from __future__ import annotations

import re

# "Label: “…": the words after the colon open a quotation the line never closes (a
# label's quoted title, 'Source: "…", Reuters', closes; "’" is an apostrophe, "Today’s")
_QUOTED = re.compile(r"[\w ]{1,24}:\s[\"“‘][^\"”]*$")
# "Label: For shop owners, the main gain is the speed. Unlike": a sentence of five words
# at least ended after the colon, a word with a capital after it (not two short fields,
# "Source: Yonhap. Translated by …")
_SENTENCE_ON = re.compile(
    r"[\w ]{1,24}:\s+(?:[^\s.!?]+\s+){4,}[^\s.!?]*[a-zà-ỹ]{2}[.!?]\s+[A-ZÀ-ỸĐ][a-zà-ỹ]"
)


# labels a page sets under its stories, whatever follows their colon: a source, a note
# on the copy, rights, related stories, tags, a contact
_FOOTER_LABELS = frozenset(
    (
        "source",
        "sources",
        "note",
        "copyright",
        "watch",
        "related",
        "related news",
        "related articles",
        "tags",
        "tag",
        "keywords",
        "read more",
        "also read",
        "see also",
        "photo",
        "photos",
        "contact",
        "nguồn",
        "xem thêm",
        "tin liên quan",
        "từ khóa",
        "ảnh",
        "liên hệ",
        "관련기사",
        "관련 기사",
        "태그",
        "출처",
        "사진",
        "키워드",
    )
)


def says_after_label(text: str) -> bool:
    """The line's words after its label's colon read as a sentence said, the label not
    one a page's foot uses."""
    label = text.split(":", 1)[0].strip().casefold()
    if label in _FOOTER_LABELS:
        return False
    return bool(_QUOTED.match(text) or _SENTENCE_ON.match(text))
