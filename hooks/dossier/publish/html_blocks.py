"""Generated pages are mostly HTML already: it need not go through Python-Markdown.

A page hands MkDocs its Markdown with each top-level HTML block replaced by a one-word
placeholder paragraph; Markdown then renders only the headings and prose around them (and the
table of contents from those headings), and the blocks are put back in the rendered HTML.
Python-Markdown would have passed those blocks through unchanged, so the page is the same;
what is saved is the parsing of every block's HTML. The editor's prose (between the fences of
``render.sanitize``) is never stashed: it is Markdown, and is sanitized after rendering.
"""

from __future__ import annotations

import re

from dossier.render.sanitize import PROSE_END, PROSE_START

PLACEHOLDER = "DOSSIERHTMLBLOCK"
_BLOCK_TAGS = (
    "aside|details|div|dl|figure|h[1-6]|nav|ol|p|section|table|ul|svg|form|fieldset"
)
_OPENS = re.compile(rf"<({_BLOCK_TAGS})[\s>]")
_RESTORE = re.compile(rf"<p>{PLACEHOLDER}(\d+)</p>(\n?)")


def _is_html_block(chunk: str) -> bool:
    """One whole block-level element, as Python-Markdown passes a raw HTML block through."""
    match = _OPENS.match(chunk)
    return bool(match) and chunk.rstrip().endswith(f"</{match.group(1)}>")


def stash_html_blocks(markdown: str) -> tuple[str, tuple[str, ...]]:
    """The Markdown with placeholders for its HTML blocks, and the blocks in order."""
    chunks, blocks, in_prose = [], [], False
    for chunk in markdown.split("\n\n"):
        in_prose = in_prose or PROSE_START in chunk
        if not in_prose and _is_html_block(chunk):
            chunks.append(f"{PLACEHOLDER}{len(blocks)}")
            blocks.append(chunk.rstrip("\n"))
        else:
            chunks.append(chunk)
        in_prose = in_prose and PROSE_END not in chunk
    return "\n\n".join(chunks), tuple(blocks)


def restore_html_blocks(html: str, blocks: tuple[str, ...]) -> str:
    """The rendered page with every placeholder replaced by its block."""
    if not blocks:
        return html
    # Python-Markdown ends a raw block with a blank line where a paragraph ends with "\n".
    return _RESTORE.sub(lambda m: blocks[int(m.group(1))] + m.group(2) * 2, html)
