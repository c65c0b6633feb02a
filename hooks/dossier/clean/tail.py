"""Where the story ends: what follows it on a page is not story text.

Read backwards from the page's end, short lines that end no sentence (tags, related
headlines, footers), an author's bio, the outlet describing itself and a next item's title
go, up to the last paragraph or a name signing the story. Read forwards, a paragraph that
can only stand after a story (a bio of the author, the outlet's note on itself) ends it:
everything below is the page's foot, though it may hold sentences of story length. A
sentence cut off where the copy ends stays the last paragraph, and a last paragraph signed
by a wire (``… (Yonhap)``) is story, though it reads like a credited caption.
"""

from __future__ import annotations

import re

from dossier.clean import forms, notes
from dossier.clean import metadata as meta
from dossier.clean.bracketed_sign_offs import bracketed_sign_off
from dossier.clean.colon_lists import introduced_items
from dossier.clean.cut_endings import cut_word
from dossier.clean.edges import END_MARK
from dossier.clean.foot_asides import is_foot_blurb
from dossier.clean.foot_headings import is_heading, is_long_heading
from dossier.clean.foot_markers import opens_the_foot
from dossier.clean.lines import HANGUL
from dossier.clean.lists import BULLETS, PARAGRAPH_WORDS
from dossier.clean.network_trailers import network_trailer
from dossier.clean.paragraphs import SENTENCE_END
from dossier.clean.photo_credits import GIVEN_ALONE, names_its_picture
from dossier.clean.said_after_labels import says_after_label
from dossier.clean.shapes import paragraph_like
from dossier.clean.signed_again import signs_again
from dossier.clean.signed_ends import filed_by, last_signed_end
from dossier.clean.stamped_headlines import is_stamped_headline
from dossier.clean.units import Unit
from dossier.clean.unstopped_sentences import unstopped_under_story
from dossier.model import PARAGRAPH, DroppedLine, Passage
from dossier.places import is_place_name

FOOTER_GAP = 8  # lines of furniture between the story and the page's foot
# "About Lumisight", "ABOUT THE COMPANY", "Media Contact": a press release's boilerplate
_BOILERPLATE_HEADING = re.compile(
    r"(?:About|ABOUT)\s+[\w“\"(][^.!?:]{0,60}|(?i:media|press)\s+(?i:contacts?|inquiries)"
)
# "[Original Korean article] …", "[Related] …"; not a transcript's "[REPORTER] …"
_NAME_INITIALS = re.compile(r"\s\([A-Z][A-Z&]{1,9}\)$")
_LINK_LABEL = re.compile(r"\[(?![A-Z ]+\])[^\[\]]{2,40}\]\s*\S")
MAX_LINK_WORDS = 30
# "2. REMINDER: 2025 MEMBERSHIP SURVEY CLOSES": a newsletter's next item
_NEXT_NUMBERED = re.compile(r"(?:[2-9]|[1-9]\d)[.)]\s+[A-Z][A-Z0-9 :,'’&/-]{3,80}")
# "추천기사1. …", "많이 본 뉴스 1. …", "Most read: 1. …", "Đọc nhiều nhất: 1. …": a list
# of other stories, its label on its first item
_OTHER_STORIES = re.compile(
    r"(?:(?:추천|인기|많이\s?본|관련|주요)\s?(?:기사|뉴스)"
    r"|(?i:(?:related|recommended|popular|most read)(?: stories| articles| news)?)"
    r"|(?i:đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|tin liên quan|tin mới(?: nhất)?))"
    r"\s*:?\s*1[.)]\s*\S.{0,160}"
)
# "amasc said...": a blog's first comment under the story
_COMMENTER = re.compile(r"[\w.'’ -]{2,40} said\.\.\.")
_NEXT_ITEM = re.compile(r"title\s*:\s*\S.{0,80}", re.IGNORECASE)
MIN_STORY_UNITS = 2  # paragraphs above a marker, so that a story has been told
MIN_SIGNED_WORDS = 12  # a caption signed like a story is rarely longer


def story_end(
    units: list[Unit],
    names: meta.Outlets,
    authors: list[str],
    dated: frozenset[int],
    last_line: int = 0,
) -> int:
    """How many of the units are the story (and what stands inside it); ``last_line`` is
    the page's last line of text (where the copy may have been cut)."""
    if not any(paragraph_like(unit) for unit in units):
        return len(units)  # a page of one-line items: all of it is the story
    end = min(_first_marker(units, names, authors), _signed_above_list(units, names))
    teasers, introduced = _teasers(units), introduced_items(units, names)
    while end > 1:
        unit = units[end - 1]
        text = unit.text
        short = len(text.split()) < PARAGRAPH_WORDS
        ends = text.endswith(SENTENCE_END) and not text[:1].islower()
        ends = ends and not _NAME_INITIALS.search(text)  # "… Service (KOCIS)"
        ends = ends or unstopped_under_story(units, end - 1)  # "… 웃었다", no stop
        trailing = (
            not unit.caption and short and (not ends or text.startswith(BULLETS))
        ) or notes.is_author_bio(text, authors)
        trailing = trailing or (  # a labelled link to another page
            _LINK_LABEL.match(text) is not None
            and len(text.split()) <= MAX_LINK_WORDS
            and not notes.SHORTCODE.match(text)  # "[dropcap]T[/dropcap]he …" is story
        )
        trailing = trailing or (
            _after_furniture(units, end - 1) and notes.is_outlet_note(text, names)
        )
        trailing = trailing or is_foot_blurb(units, end - 1, names)
        trailing = trailing or (not ends and is_long_heading(text.split()))
        trailing = trailing or bracketed_sign_off(text) is not None
        again = signs_again(units, end - 1, authors)  # the opening's reporter again
        trailing = trailing or again
        listed = is_stamped_headline(units, end - 1)  # under the story, not cut off
        trailing = trailing or end - 1 in teasers or listed
        # one line at the foot of the page, under a footer (furniture with a date line)
        trailing = trailing or (
            len(unit.lines) == 1 and _under_footer(units, end - 1, dated)
        )
        trailing = trailing and not text.startswith("<")  # markup is shown as text
        trailing = trailing and end - 1 not in introduced  # "…three steps:" / "- …"
        # a name alone on the page's last line signs the story (Vietnamese outlets)
        alone = unit.alone or signs(units, end - 1) or _right_under(units, end - 1)
        signed = len(unit.lines) == 1 and (
            meta.byline(text, names, alone=alone) or forms.byline([text], names)
        )
        if unit.kept or signed or not (trailing or _NEXT_ITEM.fullmatch(text)):
            break
        if (
            end == len(units)
            and not (ends or listed or again)
            and _cut_off(units, end - 1, last_line)
        ):
            break  # the story's last sentence, cut off where the copy ends
        end -= 1
    return end


MIN_TEASERS = 3


def _teasers(units: list[Unit]) -> set[int]:
    """The units in runs of three or more lines, each cut off mid-sentence by the ellipsis a
    site's software sets ("Two research groups have reported an advance in … batteries
    that…"): at the page's foot, the openings of other stories it links to (a writer's
    "..." trailing off a paragraph is typed as three dots)."""
    found: set[int] = set()
    run: list[int] = []
    for index, unit in enumerate([*units, None]):
        if unit is not None and len(unit.lines) == 1 and unit.text.endswith("…"):
            run.append(index)
            continue
        if len(run) >= MIN_TEASERS:
            found.update(run)
        run = []
    return found


MAX_LISTED_AFTER = 3  # other stories listed under the reporter's name


def _signed_above_list(units: list[Unit], names: meta.Outlets) -> int:
    """Under a paragraph, the reporter's name alone, then only a list's items (other
    stories: "Hồng Nam" / "- Ngày mai (15/3): …"): the story ends with the name."""
    for index in range(max(1, len(units) - MAX_LISTED_AFTER - 1), len(units) - 1):
        after = units[index + 1 :]
        if (
            paragraph_like(units[index - 1])
            and signature(units[index], names)
            and all(u.text.startswith(BULLETS) for u in after)
        ):
            return index + 1
    return len(units)


def _first_marker(units: list[Unit], names: meta.Outlets, authors: list[str]) -> int:
    """The first unit, in the page's lower half, that only a page's foot holds."""
    told = 0
    for index, unit in enumerate(units):
        if unit.kept or unit.caption:
            continue
        text = unit.text
        if told + 1 >= MIN_STORY_UNITS and END_MARK.search(text):
            # "… labour./." or "(END)": the wire's own end of the story, and its signature
            signed = index + 1
            while signed < len(units) and signature(units[signed], names):
                signed += 1
            return signed
        lower_half = told >= MIN_STORY_UNITS and index >= len(units) // 2
        if lower_half and (
            notes.is_author_bio(text, authors)
            or notes.is_self_description(text)
            or (len(unit.lines) == 1 and _BOILERPLATE_HEADING.fullmatch(text))
        ):
            return index
        if (
            told >= MIN_STORY_UNITS
            and len(unit.lines) == 1
            and (
                _NEXT_NUMBERED.fullmatch(text)
                or _COMMENTER.fullmatch(text)
                or _OTHER_STORIES.fullmatch(text)
                or last_signed_end(units, index)
                or opens_the_foot(units, index)  # "Some photos:", "관련기사로 알아보기"
            )
        ):
            return index  # a newsletter's next item, a blog's first comment, a list
        told += paragraph_like(unit)
    return len(units)


_PROSE_WORDS = (
    "the a an of to in and for on with that was is will has have had by at from as about "
    "could would be are its their but it he she they this these were his her when which "
    "who while after into also been am we our"
)
_FUNCTION_WORDS = frozenset(_PROSE_WORDS.split())
_LABELLED = re.compile(r"[\w ]{1,24}:\s")  # "Source: …", "Tags: …"
_LOWER_OR_HANGUL = re.compile(r"[a-zà-ỹ\uac00-\ud7a3]")
MIN_CUT_UNDER_LABEL = 5  # words of a cut sentence with an unmarked caption above it
MIN_CUT_WORDS = 3  # "As for its relations": enough to read as the start of a sentence
# line numbers from the paragraph above: three blank lines between, at most (pages set a
# line holding a space alone between two blank ones)
MAX_CUT_GAP = 4


def _page_label(text: str) -> bool:
    """``text`` is a page's label under the story ("Source: …"), not a sentence said."""
    return bool(_LABELLED.match(text)) and not says_after_label(text)


def _cut_off(units: list[Unit], index: int, last_line: int) -> bool:
    """The page's last unit, right under a paragraph (or a caption under one), reads as
    the start of a sentence (enough function words for prose, not a headline), not a
    list item or a teaser. On the page's very last line, where the copy was cut, less is
    enough: a fragment of two words ("To try", "“Seeing th") or one Korean word
    ("드래곤캐피"), or a few words with one function word ("These recent announcements")."""
    unit = units[index]
    words = unit.text.split()
    above = next((u for u in reversed(units[:index]) if not u.caption), None)
    pictured = index > 0 and units[index - 1].caption  # a caption between them
    if _under_label(units, index, last_line):
        above, pictured = units[index - 2], True
    first = unit.text.lstrip("\"“‘'([").strip()[:1]
    korean = HANGUL.search(unit.text) is not None
    # the page's very last line, in words ("To try"), not a name in capitals ("Q.TRANG")
    at_the_cut = unit.lines[-1].number == last_line and bool(
        _LOWER_OR_HANGUL.search(unit.text)
    )
    gap = MAX_CUT_GAP + (pictured and 2)
    prose = sum(w.casefold() in _FUNCTION_WORDS for w in words)
    running = _clause(unit.text) or cut_word(words[-1], (u.text for u in units[:index]))
    return bool(
        above
        and paragraph_like(above)
        and unit.number <= above.lines[-1].number + gap
        # "한베재단은 또한": Korean says more in fewer words
        # at the cut, two words ("To try"), or one Korean ("드래곤캐피"); "Others" is a label
        and len(words) >= MIN_CUT_WORDS - korean - at_the_cut
        and not first.islower()  # a capital, or a script with no case (Korean)
        and not GIVEN_ALONE.fullmatch(unit.text)
        and not is_heading(unit.text, words)
        and not unit.text.startswith(BULLETS)
        and "|" not in unit.text  # tools side by side: "In bài viết | Gửi bài viết"
        and (korean or any(c.islower() for c in unit.text))  # "MỚI - NÓNG": a label
        and not unit.text.endswith(("...", "…", ":"))
        and not _page_label(unit.text)
        and (
            # a fragment of a word or two, or prose: not a related story's headline
            (at_the_cut and (len(words) <= 2 or prose >= 1 or running))
            or prose >= 2
            # Vietnamese, Korean: no English words to count
            or not unit.text.isascii()
        )
    )


def _under_label(units: list[Unit], index: int, last_line: int) -> bool:
    """At the cut, a caption the page did not mark stands between the last paragraph and
    the page's last line, a sentence's start ("… Trường" / "Chương trình diễn ra nhằm mục
    đích tăn"), not the reporter's name with a link or a credit under it."""
    unit, label = units[index], units[index - 1] if index > 1 else None
    return bool(
        label
        and unit.lines[-1].number == last_line
        and _long_enough_under_label(unit.text.split(), units[:index])
        and not label.caption
        and not paragraph_like(label)
        and paragraph_like(units[index - 2])
        and not (
            len(label.lines) == 1
            and meta.byline(label.text, meta.outlets(), alone=True)
        )
        and "@" not in label.text  # "Jang Eun-ji jangej@example.com": a signature
        and not unit.text.startswith(("—", "–", "["))  # a credit, a labelled link
    )


def _long_enough_under_label(words: list[str], above: list[Unit]) -> bool:
    """Five words, or three ending in a word cut short ("As a s"): a sentence's start."""
    return len(words) >= MIN_CUT_UNDER_LABEL or (
        len(words) >= MIN_CUT_WORDS and cut_word(words[-1], (u.text for u in above))
    )


# "Currently, more than 350,000 Vietnam", "Luyen Manh Cuong, deputy director": a clause
# set off by a comma, the way a sentence goes on and a headline seldom does
_CLAUSE = re.compile(r"\w,\s+\w")


def _clause(text: str) -> bool:
    return _CLAUSE.search(text) is not None


def signature(unit: Unit, names: meta.Outlets) -> bool:
    """A name alone on its line: the reporter signing the story."""
    return len(unit.lines) == 1 and bool(meta.byline(unit.text, names, alone=True))


def signs(units: list[Unit], index: int) -> bool:
    """The page's last unit follows a paragraph, or a picture's credit under one
    ("Nguồn ảnh: …" / "Nhung Nguyễn", not a place: "Hàn Quốc"): a name there signs the
    story."""
    if index != len(units) - 1 or index == 0:
        return False
    if paragraph_like(units[index - 1]):
        return True
    return (
        units[index - 1].caption
        and index > 1
        and paragraph_like(units[index - 2])
        and not is_place_name(units[index].text)
    )


def _right_under(units: list[Unit], index: int) -> bool:
    """A line set on the very line under the last paragraph, the page's foot below it:
    the reporter's name that signs the story ("…, the company said." / "Minh Anh")."""
    above = units[index - 1] if index > 0 else None
    return bool(
        above
        and paragraph_like(above)
        and units[index].number == above.lines[-1].number + 1
        and len(units[index].lines) == 1
    )


def _below_story(units: list[Unit], index: int) -> tuple[int, int] | None:
    """For the page's last unit, under a paragraph: the paragraph's last line number and
    the unit's own."""
    if index != len(units) - 1:
        return None
    above = next((u for u in reversed(units[:index]) if paragraph_like(u)), None)
    return (above.lines[-1].number, units[index].number) if above else None


def _after_furniture(units: list[Unit], index: int) -> bool:
    """The page's last unit, with lines of furniture between it and the last paragraph."""
    gap = _below_story(units, index)
    return gap is not None and gap[1] > gap[0] + 2


def _under_footer(units: list[Unit], index: int, dated: frozenset[int]) -> bool:
    """The page's last unit, under many lines of furniture that state a date."""
    if (gap := _below_story(units, index)) is None:
        return False
    start, end = gap
    return end > start + FOOTER_GAP and any(start < n < end for n in dated)


def signed_last(units: list[Unit], names: meta.Outlets) -> None:
    """The story's last paragraph signed by the outlet (``… on Monday. (Yonhap)``, ``…
    per week. - VNA/VNS``) or by a network carrying it (``… - The Korea Herald/ANN``)
    reads like a credited caption; under a paragraph it is not one."""
    last = len(units) - 1
    while last > 0 and not units[last].caption and not paragraph_like(units[last]):
        last -= 1  # past the footer's short lines
    unit = units[last] if units else None
    if not unit or not unit.caption or last == 0 or not paragraph_like(units[last - 1]):
        return
    text = unit.text.replace("\n", " ")
    signed = meta.outlet_trailer(text, names) or network_trailer(text)  # "… - X/ANN"
    if len(text.split()) >= MIN_SIGNED_WORDS and signed and not names_its_picture(text):
        unit.caption = notes.shown_before(units, last)  # a caption shown twice stays


def signature_credit(
    dropped: list[DroppedLine], passages: list[Passage], names: meta.Outlets
) -> str | None:
    """A credit-shaped line right under the story's last paragraph, no picture near:
    the reporter signing for the outlet (``Minh Hằng/VOV-Seoul``)."""
    story = [p for p in passages if p.kind == PARAGRAPH]
    if not story:
        return None
    last = story[-1].line
    after = [d for d in dropped if last < d.line <= last + 2]
    for line in after:
        if (filed := filed_by(line.text)) and (
            found := meta.byline(filed, names, alone=True)
        ):
            return ", ".join(found)  # "Minh Anh (Từ Seoul)": the correspondent
        if line.reason != "picture agency credit" or "/" not in line.text:
            continue
        person = line.text.split("/", 1)[0].strip()
        if found := meta.byline(person, names, alone=True):
            return ", ".join(found)
    return None
