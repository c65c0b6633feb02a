"""Seed text → Article: headline, paragraphs, captions and what the page says about itself.

Furniture lines (navigation, dates, outlet names, labels; see ``lines.py``) are dropped and
logged, and what they state becomes metadata; the rest is split into paragraphs as the outlet
had them (``paragraphs.py``). The header before the story gives the headline and byline; the
first paragraph may open with a dateline and the last close with the outlet's sign-off, both
taken off the story text and logged. Nothing is lost: every line is on the page or in
``Article.dropped`` with its number and reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dossier.clean import story
from dossier.clean.address_title import address_title
from dossier.clean.alt_title import PLACEHOLDER, alt_title
from dossier.clean.caption_dates import caption_date
from dossier.clean.cue_turns import joined_turns
from dossier.clean.dates import settled_order
from dossier.clean.disowned_headlines import disowned
from dossier.clean.framed_captions import CREDITS as _CREDITS
from dossier.clean.framed_captions import framed
from dossier.clean.headline import BARE_BYLINE
from dossier.clean.korean_headlines import korean_caption
from dossier.clean.languages import is_english_story, is_latin_story
from dossier.clean.lines import (
    ClutterRules,
    Furniture,
    Line,
    clutter_rules,
    furniture,
    is_cut_phrase,
    lines_of,
)
from dossier.clean.listed_credits import listed_byline
from dossier.clean.mail_regions import FORWARD_NOTE
from dossier.clean.masthead_sites import site_over_masthead
from dossier.clean.metadata import PAPER_WORD, outlets
from dossier.clean.opening_captions import story_edges
from dossier.clean.outlet_lines import mailed_outlet
from dossier.clean.page_feet import few_columns, page_feet
from dossier.clean.paragraphs import SENTENCE_END, quote_wrapped
from dossier.clean.photo_credits import is_credited
from dossier.clean.phrase_lines import join_phrase_lines
from dossier.clean.regions import region_rules, regions
from dossier.clean.run_on_captions import logged
from dossier.clean.site_names import address_outlet, named_site, spells_site
from dossier.clean.spacing import single_gaps_closed
from dossier.clean.tail import signature_credit
from dossier.model import Article, DroppedLine, Metadata
from dossier.text import fold, slugify


def clean(
    text: str, source: str, metadata: Metadata, rules: ClutterRules | None = None
) -> Article:
    """Split a normalised seed into passages; nothing is lost without a log entry."""
    rules = rules or clutter_rules()
    names = outlets()
    dropped: list[DroppedLine] = []
    facts: list[Furniture] = []
    blocks: list[story.Block] = []
    current: list[Line] = []
    after_image = repeated = page_break = False
    # a picture just above (right above or blank lines apart), in the story (not over its
    # headline): the blocks it stands over, by their first line
    picture_above, under_pictures = False, set()
    seen_story = False
    lines = single_gaps_closed(joined_turns(join_phrase_lines(lines_of(text))))
    layout = (is_latin_story(text), few_columns(lines), is_english_story(text))
    page = _Page(
        regions(lines, region_rules()),
        *layout,
        max((line.number for line in lines if line is not None), default=0),
        page_feet(lines, rules, names, layout),
    )
    credit_line = False  # an outlet's name alone under the date: a picture's credit
    # a caption shown twice, its block just closed: the line above the next one
    closed: Line | None = None
    for index, line in enumerate(lines):
        if line is None:
            closed = None
            picture_above = picture_above and not current
            _close(blocks, current, after_image, repeated)
            current, after_image, repeated, credit_line = [], False, False, False
            continue
        above_text = current[-1].text if current else closed and closed.text
        reason, found = _reason(
            line, above_text, metadata, rules, names, not seen_story, page
        )
        closed = None
        if not current and picture_above and seen_story and not reason:
            under_pictures.add(line.number)
        picture_above = reason in _PICTURES
        below = lines[index + 1] if index + 1 < len(lines) else None
        above = lines[index - 1] if index else None
        if (
            not reason
            and not seen_story
            and (credit := listed_byline(line, below, above))
        ):
            reason, found = credit.reason, credit
        if found is not None:
            facts.append(found)
        # "BBC" over "Ms Oanh runs a noodle stall": the credit of the picture whose
        # caption is the line right under it
        after_image = after_image or (credit_line and not reason and not current)
        credit_line = (
            reason == "outlet name"
            and len(line.text.split()) <= MAX_CREDIT_WORDS
            and not any(c.isdigit() for c in line.text)
            and any(f.date for f in facts)
        )
        # a picture's caption shown twice, its credit in it, stays a caption
        credited = reason == "repeats the line above" and (
            is_credited(line.text) or korean_caption(line.text)
        )
        if (
            reason == "repeats the line above"
            and not blocks
            and len(current) == 1
            and MIN_TITLE_WORDS <= len(line.text.split()) <= MAX_TITLE_WORDS
            and not credited
        ):
            # the page's first line shown twice (its title, then its heading): the headline
            facts.append(Furniture(reason, archive_field=("title", line.text)))
        if reason:
            dropped.append(DroppedLine(line.number, line.text, reason))
            # a caption shown twice marks a caption; a name shown twice (under the
            # author's picture, then as a link) is a byline
            shown_twice = (
                reason == "repeats the line above"
                and not BARE_BYLINE.fullmatch(line.text)
                and (bool(blocks) or credited)  # the page's first line twice: a title
            )
            if shown_twice and not repeated and current and _caption_like(line.text):
                # the line shown twice is the caption, not the story lines set with
                # single line breaks above or below it: those stand apart
                if len(current) > 1:
                    _close(blocks, current[:-1], after_image, False)
                    after_image = False
                _close(blocks, current[-1:], after_image, True)
                current, after_image, closed = [], False, current[-1]
                continue
            repeated = repeated or shown_twice
            page_break = page_break or reason in _PAGE_BREAK
            credits_above = reason in _CREDITS and _captioned_above(current)
            if reason != "repeats the line above":
                # an image file name marks the block below it as its caption, not the
                # block above it (the story text before a picture); a credit marks the
                # sentence above it when that stands alone
                _close(blocks, current, after_image or credits_above, repeated)
                after_image = after_image and not current
                current, repeated = [], False
            after_image = after_image or (
                reason in _ABOVE_CAPTION and not credits_above
            )
            continue
        if page_break and not current and _continues(blocks, line):
            # a paragraph running on over a page break
            current = list(blocks.pop().lines)
        elif not current and _quote_closed(blocks, line):
            # "“한국 진출 기업이 …" / (blank) / "… 사전준비 필수”": one quoted headline
            current = list(blocks.pop().lines)
        page_break = False
        current.append(line)
        seen_story = seen_story or len(line.text) > 200 or line.text.endswith(".")
    _close(blocks, current, after_image, repeated)
    blocks = [
        replace(block, under_picture=True)
        if block.lines[0].number in under_pictures
        else block
        for block in blocks
    ]
    blocks = framed(blocks, dropped)  # a caption between its picture and its credit
    # the headline the address spells, for a page whose text shows none above its story
    spelt = address_title(metadata.url, text) if metadata.url else None
    read = story.read_story(
        blocks, facts, names, metadata.keep_lines, page.last_line, spelt
    )
    dropped = sorted([*dropped, *read.dropped], key=lambda d: (d.line, d.reason))
    detected = read.metadata
    if not detected.author and (
        signed := signature_credit(dropped, read.passages, names)
    ):
        detected = replace(detected, author=signed)
    if not (detected.outlet or metadata.outlet):
        # the text names none and the sidecar gives none: the address's site (with no
        # address, or none its site gives, the site a reporter's mail address is at)
        site = metadata.url and address_outlet(metadata.url, text, names)
        detected = replace(detected, outlet=site or mailed_outlet(text, names))
    elif detected.outlet:  # "Source: breakingtravelnews.com", "(PNTĐ) -"
        outlet = named_site(detected.outlet, text, names, metadata.url)
        if read.guessed_outlet:  # "Asia Desk" over the headline: a section's name
            outlet = site_over_masthead(outlet, metadata.url, text, names)
        detected = replace(detected, outlet=outlet)
    if off := disowned(detected.title, text, metadata.url, read.passages, spelt):
        detected = replace(detected, title=None)  # a caption, a teaser: no headline
        dropped, read.passages = logged(dropped, off, read.passages)  # kept
    if not (detected.title or metadata.title):  # no headline above
        detected = replace(detected, title=spelt)
    if not (detected.title or metadata.title):  # a picture named after the headline
        detected = replace(detected, title=alt_title(dropped))
    # the story's first line as the page has it, its dateline still on it
    first = next((p.line for p in read.passages if p.kind == "paragraph"), 0)
    opening = text.split("\n", first)[first - 1] if first else ""
    if not (detected.published or metadata.published):  # "… ⓒ한빛일보 2023.06.04."
        detected = replace(detected, published=caption_date(read.passages))
    if detected.published:  # "04/08/2025" over "APRIL 8 - …": the story's own dateline
        published = settled_order(detected.published, text, opening)
        detected = replace(detected, published=published)
    merged = _merge(metadata, detected)
    title = merged.title or _title_from_text(read.passages)
    return Article(
        slug=_article_slug(metadata, title),
        source=source,
        title=title,
        passages=tuple(story_edges(read.passages, text)),
        byline=detected.author,
        dropped=tuple(dropped),
        metadata=merged,
        line_count=text.count("\n") + 1,
    )


MAX_TITLE_WORDS = 25  # a first line shown twice that is longer: the story's opening
MIN_TITLE_WORDS = 3  # one that is shorter: the site's name ("Cjournal" / "Cjournal")
MAX_CREDIT_WORDS = 4  # "BBC", "Getty Images": an outlet's name alone
# the next block is a caption
_ABOVE_CAPTION = (
    "image file name",
    "image alt text",
    PLACEHOLDER,
    *_CREDITS,
)
MAX_CAPTION_WORDS = 30
# a picture itself, where it stood: the block under it, blank lines apart, may be its caption
_PICTURES = (
    "image file name",
    "image alt text",
    "image label",
    "markdown or inline image",
    PLACEHOLDER,
)


def _captioned_above(current: list[Line]) -> bool:
    """One sentence standing alone right above a picture credit is its caption."""
    if len(current) != 1:
        return False
    text = current[0].text
    return len(text.split()) <= MAX_CAPTION_WORDS and text.endswith(SENTENCE_END)


_PAGE_BREAK = ("lone number or symbol", "serial number")


@dataclass(frozen=True)
class _Page:
    regions: dict[int, str]  # line number → the region of the page it belongs to
    latin: bool  # the story is written in Latin script
    columns: bool  # lines in two columns are furniture (a colophon), not the story
    english: bool  # the story is in English
    last_line: int  # the number of the page's last line of text
    feet: frozenset[int]  # it, and a source line with only furniture under it


def _continues(blocks: list[story.Block], line: Line) -> bool:
    """The line goes on with the sentence the last block left open."""
    if not blocks or not line.text[:1].islower():
        return False
    return not blocks[-1].lines[-1].text.endswith(SENTENCE_END)


def _quote_closed(blocks: list[story.Block], line: Line) -> bool:
    """The line closes the quote the last block, one line, left open."""
    return (
        bool(blocks)
        and len(blocks[-1].lines) == 1
        and quote_wrapped(blocks[-1].lines[0].text, line.text)
    )


def _close(
    blocks: list[story.Block], lines: list[Line], after_image: bool, repeated: bool
):
    if lines:
        blocks.append(story.Block(tuple(lines), after_image, repeated))


def _reason(
    line, above: str | None, metadata, rules, names, header, page: _Page
) -> tuple[str | None, Furniture | None]:
    """Why the line is no story text, if it is none; ``above``: the line right above it
    in the same block, which it may repeat."""
    if line.number in metadata.keep_lines:
        return None, None
    if line.number in metadata.drop_lines:
        return "dropped by the editor (sidecar drop_lines)", None
    if region := page.regions.get(line.number):
        named = names.named_in(line.text) if region == FORWARD_NOTE else None
        return region, Furniture(region, outlet=named) if named else None
    if above and _repeats(line.text, above):
        return "repeats the line above", None
    # (not a name a person's shape, a blog's author: "Nguyễn Văn An" on nguyenvanan.com;
    # but "Asia Daily" on asiadaily.org, a paper's word in it)
    masthead = not BARE_BYLINE.fullmatch(line.text) or _PAPERS.search(line.text)
    if header and masthead and metadata.url and spells_site(line.text, metadata.url):
        # ("  • Korea IT Times": the masthead as an item of the paper's details strip)
        named = names.find(line.text) or line.text.strip().lstrip("•◦●▪· ")
        site = story.SITE_NAME
        return site, Furniture(site, outlet=named, line=line.number)
    # the page's last line: a sentence cut off (no link in another language), or a credit
    foot, en = line.number in page.feet, page.english
    found = furniture(line, rules, names, header, page.latin, page.columns, en, foot)
    if not found and foot and is_cut_phrase(line.text, rules):
        return "navigation, cut off", None
    return (found.reason, found) if found else (None, None)


_PAPERS = re.compile(rf"\b{PAPER_WORD}\b")
# characters of a caption's copy cut short, at least: "김인호 서울시의회 의장이 응"
MIN_CUT_COPY = 10


def _repeats(text: str, above: str) -> bool:
    """The line is the one above again, or a caption's start cut off inside a word (a
    picture's caption printed in full, then its alternative text cut short: "김인호
    의장이 베트남 대"; a copy that ends a sentence is the caption without its credit,
    which the story reads; a list's item that begins like the one above is its own)."""
    key, above_key = fold(text), fold(above)
    return key == above_key or (
        len(key) >= MIN_CUT_COPY
        and len(key) < len(above_key)
        and above_key.startswith(key)
        and not above_key[len(key)].isspace()  # cut inside a word
        and not text.endswith(SENTENCE_END)
        and _caption_like(above)
    )


MIN_CAPTION_WORDS = 6  # a heading shown twice is shorter: "Mở rộng hợp tác đầu tư"
_STOPPED = re.compile(r"[.!?…][\"”’')]*$")


def _caption_like(text: str) -> bool:
    """A line that reads as a picture's caption: one that ends in its credit, or of a
    caption's length without the stop a story's sentence ends with (nor a list's mark)."""
    words = len(text.split())
    return is_credited(text) or (
        MIN_CAPTION_WORDS <= words <= MAX_CAPTION_WORDS
        and not _STOPPED.search(text)
        and not text.startswith(("-", "–", "•", "*", "+"))
    )


def _merge(sidecar: Metadata, detected: Metadata) -> Metadata:
    """The sidecar's fields where it states them (or states that the article does not);
    the detected value elsewhere, marked as detected for the editor to confirm."""
    values, taken = {}, []
    for name in ("title", "published", "outlet", "author", "dateline", "url"):
        own = getattr(sidecar, name)
        found = getattr(detected, name)
        if own or name in sidecar.unknown or not found:
            values[name] = own
        else:
            values[name] = found
            taken.append(name)
    return Metadata(
        **values,
        slug=sidecar.slug,
        drop_lines=sidecar.drop_lines,
        keep_lines=sidecar.keep_lines,
        not_entities=sidecar.not_entities,
        unknown=sidecar.unknown,
        detected=tuple(n for n in taken if n != "title"),
    )


def _title_from_text(passages) -> str:
    first = next(
        (p.text for p in passages if p.kind == "paragraph"), "Untitled article"
    )
    words = first.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def _article_slug(metadata: Metadata, title: str) -> str:
    if metadata.slug:
        return metadata.slug
    words = slugify(title).split("-")
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 60:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "article"
