"""Blocks of story lines → passages and the metadata the page states about itself.

The header (everything before the first paragraph) holds labels, the headline and the byline;
the first paragraph may open with a dateline, the last may close with the outlet's sign-off
(``edges.py``); the page's foot follows the story (``tail.py``). Each is taken off the story
and logged as dropped: an entity page never quotes a dateline, a credit or a headline as story.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.clean import credit_sentences, edges, forms, notes, openings, table_cells
from dossier.clean import metadata as meta
from dossier.clean import plain_captions as plain
from dossier.clean import short_captions as short
from dossier.clean import vietnamese_captions as vietnamese
from dossier.clean.board_headlines import board_details, open_board_body
from dossier.clean.board_posts import BOARD_DETAILS
from dossier.clean.body_decks import mark_body_decks
from dossier.clean.caption_copies import without_caption_copy
from dossier.clean.closing_notices import CLOSING, closed_by_copyright
from dossier.clean.credits_above import under_the_credits
from dossier.clean.deck_points import is_deck_point
from dossier.clean.evidence import DATELINE, SIGN_OFF, Evidence
from dossier.clean.foot_asides import without_foot_asides
from dossier.clean.headline import (
    TIME_STAMP,
    credited_headline,
    find_headline,
    strip_labels,
)
from dossier.clean.korean_headlines import dated_headline
from dossier.clean.lines import WEB_ADDRESS, Furniture
from dossier.clean.lists import is_list_item, no_caption_mark
from dossier.clean.page_titles import archive_field_value, archive_title, carried_by
from dossier.clean.paragraphs import SENTENCE_END
from dossier.clean.people import is_person_name
from dossier.clean.people_captions import names_only_people
from dossier.clean.related_headlines import without_related
from dossier.clean.repeated_bylines import byline_over_story
from dossier.clean.section_labels import heads_a_section, labels_the_story
from dossier.clean.shapes import (
    is_korean_deck,
    is_page_tag,
    is_subheading,
    paragraph_like,
)
from dossier.clean.signed_headlines import COLUMN_TITLE
from dossier.clean.speaker_labels import joined_speaker_labels
from dossier.clean.story_header import note_head, without_header, without_summary
from dossier.clean.tail import bracketed_sign_off, signature, signed_last, story_end
from dossier.clean.unit_bylines import unit_byline
from dossier.clean.units import Block, Unit, drop_unit, next_unit, units_of
from dossier.model import (
    CAPTION,
    HEADLINE,
    PARAGRAPH,
    SUBHEADING,
    DroppedLine,
    Metadata,
    Passage,
)
from dossier.text import fold

MAX_OPENING_UNITS = 4


@dataclass
class StoryRead:
    passages: list[Passage] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    guessed_outlet: bool = False  # the outlet read is an unknown name over the headline


UNNAMED_BYLINE = "reporter's other stories"
SITE_NAME, READING_TIME = "site's name", "reading time"


def read_story(
    blocks: list[Block],
    facts: list[Furniture],
    names: meta.Outlets,
    keep: tuple[int, ...] = (),
    last_line: int = 0,  # the page's last line of text (where the copy may be cut)
    spelt: str | None = None,  # the headline the page's address spells
) -> StoryRead:
    read = StoryRead()
    units = units_of(blocks)
    for unit in units:
        unit.kept = any(line.number in keep for line in unit.lines)
    signed_last(units, names)
    titled = archive_title(facts, names)
    # "기자의 다른기사 보기": a byline's place, though it names nobody; so is the site's
    # name with the reading time or the date right under it ("… Admissions" / "Asia
    # Daily" / "10 Min Read" / a deck), not a masthead over the menu
    bylines = [f.line for f in facts if f.authors or f.reason == UNNAMED_BYLINE]
    signed = {f.line for f in facts if f.date or f.authors or f.reason == READING_TIME}
    bylines += [
        f.line
        for f in facts
        if f.reason == SITE_NAME and {f.line + 1, f.line + 2} & signed
    ]
    evidence = Evidence(dated_lines=frozenset(f.line for f in facts if f.date))
    # a board's post details stand where its software puts them, not under the headline
    board = {f.line for f in facts if f.reason == BOARD_DETAILS}
    details = board_details(units, evidence.dated_lines)
    found = (
        details[0]
        if details
        else find_headline(
            units,
            titled,
            min((line for line in bylines if line not in board), default=None),
            evidence.dated_lines - board,
            frozenset(f.line for f in facts if f.reason == SITE_NAME),
        )
    )
    # no headline found, and the page opens on the line its address spells: that line
    spelt_first = found is None and bool(units) and _spells(units[0], spelt)
    found = 0 if spelt_first else found
    if found == 0 and (signed := byline_over_story(units, names)):
        drop_unit(read.dropped, units[0], "byline")  # "Thanh Hà" over and under it
        evidence.authors.extend(signed)
        units, found = units[1:], None
    headline = None
    for unit in units[: found or 0]:
        drop_unit(read.dropped, unit, "section label")
        evidence.note_header(unit.text, names)
    if found is not None:
        unit = units[found]
        headline, labels = strip_labels(unit.text)
        if stamp := TIME_STAMP.search(headline):
            labels.append(headline[stamp.start() :].strip())
            evidence.dates.append((3, meta.find_date(stamp.group(0))))
            headline = headline[: stamp.start()]
        if dated := dated_headline(headline):
            labels.append(dated[0])
            evidence.dates.append((3, dated[1]))
            headline = dated[2]
        headline, by, agency = carried_by(headline, names)
        headline = spelt if spelt_first and spelt else headline
        if agency:
            labels.append(by)
            evidence.outlets.append((DATELINE, agency))
        for label in labels:
            read.dropped.append(DroppedLine(unit.number, label, "section label"))
            evidence.note_label(label)
        read.passages.append(Passage(HEADLINE, "title", headline, unit.number))
    body = units[found + 1 :] if found is not None else units
    if found is None and (headline := credited_headline(body)):
        # "Headline (Photo: VNA)": an archive kept the picture's alt text, the headline
        read.dropped.append(
            DroppedLine(body[0].number, body[0].text, "headline's picture")
        )
        read.passages.append(Passage(HEADLINE, "title", headline, body[0].number))
        body = body[1:]
    if found is not None and details:  # a board post's title over its details
        body = open_board_body(read.dropped, body, details[1])
    elif found is not None:
        mark_body_decks(body, facts, headline or "")
        body = without_header(read.dropped, body, evidence, facts)
        body = without_summary(read.dropped, body)
        body = without_caption_copy(read.dropped, body)
    authors = notes.authors_of(facts) + _opening_names(body, names)
    body = _without_tail(read, body, names, authors, evidence, last_line, facts)
    body = joined_speaker_labels(without_related(read.dropped, body, headline))
    body = without_foot_asides(read.dropped, body, names)  # a bio, a table's box
    _body(read, body, headline, names, evidence)
    note_head(read.dropped, evidence, facts, units, found, names)
    read.metadata = Metadata(
        title=headline or titled,
        published=evidence.best(evidence.dates),
        outlet=evidence.outlet(headline),
        author=_authors(evidence, facts),
        dateline=evidence.place,
        url=archive_field_value(facts, "url"),
    )
    read.guessed_outlet = evidence.guessed
    return read


def _spells(unit: Unit, spelt: str | None) -> bool:
    """The unit is the headline the address spells, perhaps with a full stop after it."""
    return bool(spelt) and " ".join(unit.text.split()).removesuffix(".") == spelt


def _authors(evidence: Evidence, facts: list[Furniture]) -> str | None:
    """The people the bylines name; else the reporters a wire's credits name."""
    # one person, however the page cases the name ("Kim Sangjin", "Kim SangJin")
    people: dict[str, str] = {}
    for author in filter(is_person_name, evidence.authors):
        people.setdefault(author.casefold(), author)
    named = list(people.values())
    credited = [n for fact in facts for n in fact.credited if is_person_name(n)]
    credited = list(dict.fromkeys(credited or evidence.handed_to))  # twice: one
    return ", ".join(named or credited) or None


def _without_tail(
    read: StoryRead,
    units: list[Unit],
    names: meta.Outlets,
    authors: list[str],
    evidence: Evidence,
    last_line: int,
    facts: list[Furniture],
) -> list[Unit]:
    """The units before what follows the story (``tail.py``) or a copyright notice
    under it (``closing_notices.py``); the outlet the page's last line signs off with in
    brackets ("(SBS Star)"). ``last_line``: the page's last line of text."""
    closing = [f.line for f in facts if f.reason in CLOSING]
    end = min(
        story_end(units, names, authors, evidence.dated_lines, last_line),
        closed_by_copyright(units, closing),
    )
    for unit in units[end:]:
        drop_unit(read.dropped, unit, "after the story")
    if end < len(units) and (signed := bracketed_sign_off(units[-1].text)):
        evidence.outlets.append((SIGN_OFF, names.find(signed) or signed))
    return units[:end]


def _opening_names(units: list[Unit], names: meta.Outlets) -> list[str]:
    """Names standing alone above the first paragraph (a bare byline), for the bio test."""
    found: list[str] = []
    for unit in units[:MAX_OPENING_UNITS]:
        if paragraph_like(unit):
            break
        if unit.alone and len(unit.lines) == 1:
            found += meta.byline(unit.text, names, alone=True) or ()
        found += forms.byline([line.text for line in unit.lines], names) or ()
    return found


def _body(read, units, headline, names, evidence: Evidence) -> None:
    counts = {PARAGRAPH: 0, CAPTION: 0, SUBHEADING: 0}
    prefixes = {PARAGRAPH: "p", CAPTION: "c", SUBHEADING: "s"}
    transcript = forms.is_transcript([u.lines[0].text for u in units if not u.caption])
    opening = openings.datelined(units, names, transcript)
    summed = opening is not None and openings.summarised(
        units, opening, names, transcript
    )
    story = [u for u in units if not u.caption]
    last_story = story[-1] if story else None
    # the last paragraph: its sign-off goes, though a signature may stand under it
    last_told = next(
        (u for u in reversed(story) if not signature(u, names)), last_story
    )
    shown = {fold(p.text) for p in read.passages}  # texts on the page, for repeats
    pictured: dict[str, int] = {}  # captions in the body, by where they stand
    told_at = -1  # where the last paragraph of story stands
    decks = sum(u.deck for u in units)  # the body's subtitle above the story
    long_page = short.writes_long(story)
    ended = plain.ends_its_sentences(story)
    for index, unit in enumerate(units):
        text = unit.text
        told = max(0, counts[PARAGRAPH] - decks)  # story paragraphs above this unit
        edge = index == 0 or unit is last_story or (bool(story) and unit is story[0])
        if unit.kept or unit.deck:
            pass
        elif headline and notes.repeats_headline(COLUMN_TITLE.sub("", text), headline):
            drop_unit(read.dropped, unit, "repeats the headline")
            continue
        elif (
            notes.repeats(folded := fold(text), shown, unit is units[-1])
            or notes.repeats(
                folded,
                notes.echoed(pictured, index, unit, not told, told_at),
            )
            or (index and notes.twins(text, units[index - 1].text))
        ):
            drop_unit(read.dropped, unit, "repeats a paragraph above")
            if unit.caption:  # a copy without its credit may follow under it
                pictured[folded] = index
            continue
        elif index + 1 < len(units) and notes.is_teaser(text, units[index + 1].text):
            drop_unit(read.dropped, unit, "teaser of the paragraph below")
            continue
        elif told and not transcript and edges.opens_another_story(text, names):
            drop_unit(read.dropped, unit, "another story's lead")
            continue
        elif len(unit.lines) <= 2 and (
            found := unit_byline(unit, names, edge, index, units, evidence)
        ):
            evidence.authors.extend(found)
            drop_unit(read.dropped, unit, "byline")
            continue
        elif index == 0 and (
            (headline and labels_the_story(units))
            or (not headline and is_page_tag(text) and len(units) > 1)
        ):
            # "World News" over the story; "samsung", a tag over a page with no headline
            drop_unit(read.dropped, unit, "section label")
            continue
        elif (
            opening is not None
            and index < opening
            and not unit.caption
            and (summed or not under_the_credits(read, unit, evidence))
        ):
            drop_unit(read.dropped, unit, "standfirst above the dateline")
            continue
        elif notes.FOOTNOTE.match(text):
            drop_unit(read.dropped, unit, "footnote")
            continue
        elif WEB_ADDRESS.fullmatch(text):
            drop_unit(read.dropped, unit, "web address")  # the page's own, or a link's
            continue
        elif not unit.caption and notes.is_doubled(text):
            drop_unit(read.dropped, unit, "printed twice")
            continue
        # a caption printed without a credit, under the headline or between paragraphs
        # (or opening a page whose headline the copy left out: one line that ends no
        # sentence, a paragraph after it; a lead ends its sentence)
        opening_headless = (
            headline is None
            and index == 0
            and index + 1 < len(units)
            and paragraph_like(units[index + 1])
        )
        opens_headless = opening_headless and not text.endswith(SENTENCE_END)
        described = (told or headline or opens_headless) and (
            plain.is_photo_description(unit) or table_cells.is_caption_cell(unit)
        )
        twinned = (  # a label printed twice; a sentence twice is a paragraph's repeat
            index + 1 < len(units)
            and notes.twins(text, units[index + 1].text)
            and not text.rstrip("\"”’')").endswith((".", "!", "?"))
        )
        described = described or (
            told > 0
            and unit is not last_story
            and (
                vietnamese.is_vietnamese_caption(units, index)
                or vietnamese.is_titled_scene(unit)
                or names_only_people(unit)  # "Ngài X, Đại sứ … tại Việt Nam."
                or plain.is_named_scene(unit)
                or plain.is_credited_work(unit)
                or credit_sentences.ends_on_a_credit(unit)  # "… Photo by X/Y."
                or plain.is_placed_in_picture(unit)
                or (long_page and short.is_short_caption(units, index))
                or (ended and plain.is_unended_caption(units, index))
            )
        )
        # "Ông X … phát biểu tại …" atop a headless page; "Quang cảnh …" over any lead
        described = described or (
            not told
            and vietnamese.opens_as_caption(units, index, headless=opening_headless)
        )
        item = is_list_item(units, index, told > 0)  # "• …", "- …", "✅ …" in a run
        described = described and not (unit.turn or (item and no_caption_mark(text)))
        kind = PARAGRAPH
        if unit.deck or unit.turn:
            pass  # the body's subtitle (body_decks.py), an interview's turn: paragraphs
        elif unit.caption or described or twinned:
            kind = CAPTION
            evidence.note_credit(text, names)
            text = notes.without_markup(read.dropped, unit, text)
        elif (
            (
                is_subheading(unit, deck=not index and bool(headline))
                or (not transcript and heads_a_section(units, index))
            )
            and not item
            and (index > 0 or headline is None or is_korean_deck(unit))
            and unit is not last_story
        ) or (not told and is_deck_point(units, index)):
            kind = SUBHEADING
        if kind == PARAGRAPH:
            text = notes.without_layout(read.dropped, unit, text)
            evidence.authors.extend(notes.reporters_introduced(text))
            edge = told == 0 or index == opening or unit is last_told  # lead, closing
            evidence.hand_over(text, told, edge, next_unit(units, index), transcript)
            evidence.note_story(text, names)
            if told == 0 or index == opening:
                text = edges.opening(
                    read.dropped, unit, text, names, evidence, transcript
                )
            if unit is last_told:
                text = edges.closing(read.dropped, unit, text, names, evidence)
            if not text.strip():
                continue  # all of it a sign-off ("Kang Min-ji, Arirang News."), logged
        counts[kind] += 1
        read.passages.append(
            Passage(kind, f"{prefixes[kind]}-{counts[kind]}", text, unit.number)
        )
        if kind == CAPTION:
            pictured[fold(unit.text)] = index
        else:
            shown.add(fold(unit.text))
            told_at = index if kind == PARAGRAPH else told_at
