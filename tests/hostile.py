"""Hostile input and the checks that it stays inert on a page.

A safe page shows article text and entity names as text: nothing from the input becomes a
script, an event handler, a ``javascript:`` URL or an element. ``assert_inert`` checks a page's
HTML; ``search_records`` is what Material's search plugin would index from it.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser

from builders import make_entity

PAYLOAD = '<script>alert("PWNED")</script>'
ESCAPED_PAYLOAD = "&lt;script&gt;alert(&quot;PWNED&quot;)&lt;/script&gt;"
PNG = (
    bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001"
    )
    + b"\x00" * 64
)
STORY = (
    "Tô Lâm meets Seoul officials\n\n"
    "General Secretary Tô Lâm received a delegation from Seoul on Friday to discuss trade.\n\n"
    "Both sides agreed to expand cultural exchanges next year.\n"
)
TO_LAM_FRONT_MATTER = (
    "name: Tô Lâm\naliases: [To Lam]\nrole: General Secretary\ncountry: Viet Nam"
)


def to_lam(**fields):
    """The leader the stories name, as the bundled dossier has him."""
    return make_entity(
        "leaders",
        "Tô Lâm",
        aliases=["To Lam"],
        role="General Secretary",
        country="Viet Nam",
        **fields,
    )


def story_entities():
    """The leader and the cities the stories name, registered as in the bundled dossier."""
    return [
        to_lam(),
        make_entity("cities", "Seoul", kind="city", country="South Korea"),
        make_entity("cities", "Hanoi", aliases=["Hà Nội"], kind="city"),
    ]


class Dom(HTMLParser):
    """Every element with its attributes, the text of every <script>, and all visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[str, str]] = []  # (type, text)
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append((dict(attrs).get("type") or "", ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)
        else:
            self.text.append(data)


def dom(html: str) -> Dom:
    parser = Dom()
    parser.feed(html)
    return parser


def assert_inert(html: str, marker: str = "PWNED") -> Dom:
    """Nothing from the hostile input became a script, an event handler or a javascript: URL."""
    page = dom(html)
    for kind, text in page.scripts:
        if kind == "application/ld+json":
            # data, not code: it must stay valid JSON inside its element
            assert "</" not in text and json.loads(text)
        else:
            assert marker not in text, (
                "text from the input reached the page as a script"
            )
    for tag, attrs in page.elements:
        for name, value in attrs.items():
            assert not (name.startswith("on") and marker in value), (
                f"<{tag} {name}=…> event handler from the input"
            )
            if name in ("href", "src", "action", "formaction"):
                url = value.strip().lower()
                if url != "javascript:void(0)":  # Material's own search-share button
                    assert not url.startswith(
                        ("javascript:", "vbscript:", "data:text/html")
                    ), f"<{tag} {name}={value!r}>"
    return page


def text_of(page: Dom) -> str:
    return " ".join("".join(page.text).split())


def meta_content(html: str, name: str) -> str:
    """The (decoded) content of ``<meta name=…>``."""
    return next(
        a["content"]
        for t, a in dom(html).elements
        if t == "meta" and a.get("name") == name
    )


def search_records(html: str, title: str) -> list[dict[str, str]]:
    """The records Material's search plugin makes of a page's content: its own parser splits
    the page into sections; a section without a heading takes the page title (``title``)."""
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    return [
        {
            "title": "".join(section.title).strip() or title,
            "text": "".join(section.text).strip(),
        }
        for section in parser.data
        if not section.is_excluded()
    ]
