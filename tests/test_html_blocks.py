"""Generated pages skip Python-Markdown for their HTML blocks: the result must be exactly what
Python-Markdown makes of the whole page (HTML and table of contents), the prose included."""

from __future__ import annotations

import markdown
import pytest
from building import ROOT
from dossier.build import build_dossier
from dossier.publish.html_blocks import (
    PLACEHOLDER,
    restore_html_blocks,
    stash_html_blocks,
)
from dossier.render.sanitize import fence_prose
from dossier.render.site import enrich, generated_pages
from markdown.extensions.toc import TocExtension


@pytest.fixture(scope="module")
def converter():
    extensions = ["attr_list", "md_in_html", "admonition", "tables"]
    return markdown.Markdown(extensions=[*extensions, TocExtension(permalink=True)])


def both_ways(converter, text: str) -> tuple[tuple[str, str], tuple[str, str]]:
    converter.reset()
    whole = converter.convert(text), converter.toc
    converter.reset()
    stashed, blocks = stash_html_blocks(text)
    assert PLACEHOLDER not in text
    restored = restore_html_blocks(converter.convert(stashed), blocks)
    return whole, (restored, converter.toc)


def test_every_bundled_page_renders_the_same(converter):
    dossier = build_dossier(ROOT)
    texts = [page.markdown for page in generated_pages(dossier)]
    texts += [enrich(e.uri, "", dossier).markdown for e in dossier.entities.values()]
    assert len(texts) > 100
    for text in texts:
        whole, stashed = both_ways(converter, text)
        assert whole == stashed


def test_prose_between_the_fences_is_left_to_markdown(converter):
    prose = fence_prose('<div class="x">**bold** prose</div>\n\nA *paragraph*.')
    text = f'# Name\n\n<aside class="box"><p>facts</p></aside>\n\n{prose}\n\n## More'
    stashed, blocks = stash_html_blocks(text)
    assert blocks == ('<aside class="box"><p>facts</p></aside>',)
    assert "**bold** prose" in stashed
    whole, restored = both_ways(converter, text)
    assert whole == restored
