"""Which unit of a page's header is its headline, and what labels it carries."""

from __future__ import annotations

import re

from dossier.clean import forms
from dossier.clean import korean_headlines as kh
from dossier.clean import metadata as meta
from dossier.clean import plain_captions as plain
from dossier.clean import tagged_lines as tagged
from dossier.clean.credited_headline import credited_headline as credited_headline
from dossier.clean.dated_headlines import TIME_STAMP as TIME_STAMP
from dossier.clean.dated_headlines import down_to_date
from dossier.clean.dated_headlines import title_case as _title_case
from dossier.clean.datelines import bare_dateline
from dossier.clean.first_headline import dated_twice, over_deck
from dossier.clean.glued_decks import glued_deck
from dossier.clean.headline_parts import headline_part, last_crumb
from dossier.clean.headline_revisions import revised
from dossier.clean.label_headlines import past_labels, under_byline
from dossier.clean.lines import BULLET, HANGUL, strip_label
from dossier.clean.numbered_sections import first_section
from dossier.clean.page_titles import TOOL_WORDS
from dossier.clean.pictographs import PICTOGRAPH_CHARS
from dossier.clean.shapes import is_headline, paragraph_like
from dossier.clean.signed_headlines import COLUMN_TITLE, signed_headline, signed_unit
from dossier.clean.units import Unit
from dossier.text import fold

MAX_HEADER_UNITS = 16  # a page's header: masthead, menus, labels, headline, byline
MAX_MENU_ITEM_WORDS = 3
MIN_DECK_WORDS = 14  # a headline is shorter
MIN_SENTENCE_HEADLINE_WORDS = 6
MAX_DECK_LINES = 2  # lines of deck a headline may stand over
MAX_HEADER_LINES = 160  # menus included
LABELLED_TITLE = re.compile(r"(title|headline)\s*:\s*\S", re.IGNORECASE)
BARE_BYLINE = re.compile(
    r"[A-ZÀ-ỸĐ][\w’'.-]*(?:\s+[A-ZÀ-ỸĐ][\w’'.-]*){1,3}"
    r"(?:\s+[-–]\s+[A-ZÀ-ỸĐ][\w’'.-]*(?:\s+[A-ZÀ-ỸĐ][\w’'.-]*){1,3})?"
)


# "- 제품 공표 등 현지 인증 절차는 사전 준비 필수 -", "-Video interviews include: … -": a
# deck line between dashes; "- 韓 기업 진출 원하는 …": a Korean deck led by a dash alone
DASHED_DECK = re.compile(r"-\s*[^\s-].{4,160}[^\s-]\s*-")
_DECK_LINE = re.compile(rf"{DASHED_DECK.pattern}|-\s+[가-힣韓中日美北南].{{4,160}}")


def find_headline(
    units: list[Unit],
    archive_title: str | None,
    byline_at: int | None = None,
    dated_lines: frozenset[int] = frozenset(),
    mastheads: frozenset[int] = frozenset(),
) -> int | None:
    """Index of the headline among the header units (``_find_headline``), unless that
    is the heading of a page's first numbered section ("1. …" over "2. …" below)."""
    if (signed := signed_unit(units)) is not None:
        return signed  # "A week in Da Nang - By Jane Roe"
    found = _find_headline(units, archive_title, byline_at, dated_lines, mastheads)
    found = revised(units, found, dated_lines, _strong_headline)
    if found is not None and bare_dateline(units[found].text):
        above = found - 1  # "VIETNAM, October 31 -", a dateline: the headline above it
        strong = found > 0 and _strong_headline(units[above].text)
        return above if strong and is_headline(units[above]) else None
    return None if found is not None and first_section(units, found) else found


def _find_headline(
    units: list[Unit],
    archive_title: str | None,
    byline_at: int | None = None,
    dated_lines: frozenset[int] = frozenset(),
    mastheads: frozenset[int] = frozenset(),
) -> int | None:
    """Index of the headline among the header units (those before the first paragraph);
    ``mastheads``: the lines of the site's name, dropped before the units were made.

    Mastheads, menus and section names stand above a headline, so the last headline-like
    unit of a header wins, provided a story follows the header; otherwise (a page of
    one-line items) the first does."""
    if units and _titles_the_page(units[0], dated_lines):
        return 0
    if units and len(units[0].lines) == 1 and last_crumb(units[0].text):
        return 0  # "Culture » Arts » K-culture won Vietnam's heart. Can books?"
    header, ended, counted = [], False, 0
    described = _described(units)
    for index, unit in enumerate(units[described:], start=described):
        if paragraph_like(unit) and not is_headline(unit):
            ended = True
            if _past_short_line(units, header, index):
                return index + 1
            break
        # a menu's one-to-three-word items do not count towards the header's length
        words = [w for w in unit.text.split() if any(c.isalnum() for c in w)]
        counted += len(words) > MAX_MENU_ITEM_WORDS and not BULLET.match(unit.text)
        if counted > MAX_HEADER_UNITS or index >= MAX_HEADER_LINES:
            break
        header.append(index)
    # the headline shown twice above the story (its title, then its heading): the
    # second, nearer the story, with what stands between them the page's header
    twice = [
        i
        for n, i in enumerate(header)
        if any(_shown_again(units[j].text, units[i].text) for j in header[:n])
        and is_headline(units[i])
        # not a section's name in menu and crumbs, unless it frames a deck: "Korea-Vietnam
        # sign FTA" / "South Korea has signed … in five years" / "Korea-Vietnam sign FTA"
        and (_strong_headline(units[i].text) or _frames_deck(units, header, i))
    ]
    if twice:  # the headline and its deck shown twice: the top of the second copy
        top = dated_twice(units, twice, dated_lines)
        while top - 1 in twice:
            top -= 1
        return top
    if archive_title:  # above the story or, shown twice, its first line
        for index in header or range(min(1, len(units))):
            if fold(strip_labels(units[index].text)[0]) == fold(archive_title):
                return index
    for index in header:
        if LABELLED_TITLE.match(units[index].text):
            return index
    byline_at = _first_byline(units, header, byline_at)
    # "- 라이브커머스 통한 … 급증 -": a Korean deck; the headline stands above it
    decks = [i for i in header if _DECK_LINE.fullmatch(units[i].text)]
    if decks:
        header = [i for i in header if i < decks[0]]
    # "General view of the session", "Work meeting scene": a picture's caption, no headline
    candidates = [
        i
        for i in header
        if is_headline(units[i])
        and not (
            plain.is_photo_description(units[i])
            or tagged.no_headline(units[i].text)
            or kh.told_done(units[i].text)  # "… 기념사진을 찍고 있다."
        )
    ]
    strong = [i for i in candidates if _strong_headline(units[i].text)]
    if byline_at is not None:  # the headline stands above the byline, a caption below
        above = [i for i in strong if units[i].number < byline_at]
        strong = above or under_byline(units, strong, byline_at)
    strong = down_to_date(units, strong, dated_lines)
    # "[해외선교국] 베트남인 초청 이색 잔치 열어" over its deck: the one line a paper labels
    labelled = [i for i in strong if _bracket_labelled(units[i].text)]
    if ended and len(labelled) == 1 and labelled[0] < strong[-1]:
        return labelled[0]
    if strong and ended:
        chosen = _above_deck(units, strong, mastheads)
        return over_deck(units, chosen, strong, dated_lines, byline_at)
    return (
        strong[0] if strong else past_labels(units, candidates, byline_at, dated_lines)
    )


# "주요 메뉴 바로가기 본문 바로가기": skip links; "관리자 작성일19-10-08 Hit126": a board
# post's details, its writer and the day written
_SKIPS_OR_POSTED = re.compile("바로가기|작성일")
MAX_SHORT_LINE_WORDS = 10
MAX_SITE_NAME_WORDS = 2
MAX_TAGLINE_WORDS = 6  # "Time for us to shine.": a sentence that short is a tagline
_SENTENCE_END = re.compile(r"[^\W\d_][.!?]$")  # not "출처: Site, 2025. 11.", a source


def _past_short_line(units: list[Unit], header: list[int], at: int) -> bool:
    """A header of the site's name alone, ended by a short line that is no story (its
    tagline, a caption with its source), a headline under it and the story under that:
    "Site blog" / "Time for us to shine." / "Van Toan leaves …" / "Seoul E-Land …"."""
    short = units[at]
    return (
        bool(header)
        and all(len(units[i].text.split()) <= MAX_SITE_NAME_WORDS for i in header)
        and len(short.lines) == 1
        and len(short.text.split()) <= MAX_SHORT_LINE_WORDS
        # (a longer sentence is the story's short first paragraph, no tagline)
        and not (
            _SENTENCE_END.search(short.text)
            and len(short.text.split()) > MAX_TAGLINE_WORDS
        )
        and at + 2 < len(units)
        and is_headline(units[at + 1])
        and not paragraph_like(units[at + 1])
        and _strong_headline(units[at + 1].text)
        and paragraph_like(units[at + 2])
    )


def _bracket_labelled(text: str) -> bool:
    """A headline under its series' or section's label in brackets ("[짜오! 베트남] …"),
    not a picture's credit ("[사진=연합뉴스]")."""
    label = strip_label(text)[1]
    return bool(label) and label.startswith("[") and "=" not in label


def _frames_deck(units: list[Unit], header: list[int], index: int) -> bool:
    """The unit two above is the same line, and the one between a longer headline-like
    line: a title printed over and under its deck."""
    deck = units[index - 1].text
    return (
        index - 2 in header
        and _shown(units[index - 2].text) == _shown(units[index].text)
        and _strong_headline(deck)
        # a deck's length, not a headline's: "Politics & Diplomacy" printed over and
        # under the headline is its section
        and len(deck.split()) >= MIN_DECK_WORDS
    )


MIN_GLUED_WORDS = 4  # words of a headline glued to the crumbs above it


def _shown_again(above: str, below: str) -> bool:
    """``below`` shows the headline ``above`` shows: the same, or it closes a crumb strip
    glued before it ("Home헤드라인 뉴스베트남과 한국, 협력의 새로운 장을 열다")."""
    first, second = _shown(above), _shown(below)
    glued = len(second.split()) >= MIN_GLUED_WORDS and first.endswith(second)
    # not the end of a headline broken in two, a line starting in lower case: "Vietnam
    # marks 21st anniversary" / "of ties with Korea" (crumbs are "… Business Totally …")
    glued = glued and not below[:1].islower()
    return first == second or glued


def _shown(text: str) -> str:
    """A headline as shown, whether or not a page title closes it with two dots."""
    return fold(text).removesuffix("..")


MAX_TITLE_LINE_WORDS = 25


def _titles_the_page(unit: Unit, dated: frozenset[int]) -> bool:
    """The page's first line, right over its date (a blank line between at most): the
    headline, though it ends with a full stop ("The fusion of … at the Gyeongju Expo.")."""
    last = unit.lines[-1].number
    words = len(unit.text.split())
    # a full stop, or Korean, which the rules below read too strictly for a title
    korean = HANGUL.search(unit.text) and words >= kh.MIN_KOREAN_HEADLINE_WORDS
    return (
        len(unit.lines) == 1
        and unit.number <= 2
        and words <= MAX_TITLE_LINE_WORDS
        and (
            bool(korean)
            or (words >= MIN_SENTENCE_HEADLINE_WORDS and unit.text.endswith("."))
        )
        and (last + 1 in dated or last + 2 in dated)
        and not unit.caption
    )


def _first_byline(units: list[Unit], header: list[int], byline_at: int | None):
    """The first line of the header that names the authors: a byline fact, or a list of
    names (``X and Y``) or a name with a place (``X in Hanoi``) on a line of its own."""
    found = [
        units[i].number
        for i in header
        if forms.is_placed_byline([line.text for line in units[i].lines])
        or any(tagged.names_line(line.text) for line in units[i].lines)
    ]
    return min([at for at in (byline_at, *found) if at is not None], default=None)


def _above_deck(
    units: list[Unit], strong: list[int], mastheads: frozenset[int] = frozenset()
) -> int:
    """The last headline-like unit, or the one right above it when the two stand on
    consecutive lines: a headline with its deck (subtitle) under it."""
    last = strong[-1]
    if len(strong) < 2 or strong[-2] != last - 1:
        return last
    above, below = units[last - 1], units[last]
    if below.number == above.lines[-1].number + 1:
        # a headline over two deck lines (bullet points): the top of the run
        top = last - 1
        while top - 1 in strong and _touching(units[top - 1], units[top]):
            top -= 1
        # a headline, a blank line, then a deck of two lines (Korean dailies)
        if (
            top - 1 in strong
            and units[top].number <= units[top - 1].lines[-1].number + 2
        ):
            return top - 1
        return top if last - top <= MAX_DECK_LINES else last - 1
    if any(above.lines[-1].number < at < below.number for at in mastheads):
        return last  # the site's name between: a teaser above it, no deck below it
    sentence_case = not _title_case(above.text) and not _title_case(below.text)
    # Korean packs a headline into fewer words: "우리은행 베트남법인 10월 문 연다", and
    # fewer still where quotes or a comma mark one ("다문화 한국어공부방 ‘한마음뿌리회’")
    fewest = kh.fewest_korean(above.text, below.text)
    if (
        sentence_case
        and above.alone  # not a masthead's tagline, set under the site's name
        and len(above.text.split()) >= (fewest or MIN_SENTENCE_HEADLINE_WORDS)
    ):
        return last - 1  # a headline in sentence case over its deck
    long_pair = len(above.text.split()) >= 8 and len(below.text.split()) >= 10
    strip = re.search(r"\s[-|–]\s", above.text)  # a strip of section names
    # "Lumisight and … Bring AI Screening to 12 Hospitals" / "Korean-…"
    title_over_sentence = _title_case(above.text) and not _title_case(below.text)
    if long_pair and not strip and title_over_sentence:
        return last - 1
    # a deck is a sentence or two, longer than the headline above it; a line of a few
    # words above a long one is the section's name ("Hợp tác Quốc tế")
    words, above_words = len(below.text.split()), len(above.text.split())
    headline_sized = above_words >= (fewest or MIN_SENTENCE_HEADLINE_WORDS)
    deck = words >= MIN_DECK_WORDS and words > above_words and headline_sized
    return last - 1 if deck else last


def _touching(above: Unit, below: Unit) -> bool:
    return below.number == above.lines[-1].number + 1


def _described(units: list[Unit]) -> int:
    """How many paragraphs open the page above its headline that the story repeats word
    for word: the page's description, printed first and again as the lead."""
    count = 0
    while count < len(units) and _sentence_long(units[count].text):
        text = fold(units[count].text)
        if not any(fold(u.text) == text for u in units[count + 1 :]):
            break
        count += 1
    return count


def _sentence_long(text: str) -> bool:
    """A paragraph no headline is: sentences ended by a full stop, a deck's length."""
    return text.endswith(".") and len(text.split()) >= MIN_DECK_WORDS


def _strong_headline(text: str) -> bool:
    """Reads as a headline, not a masthead, section name, byline or navigation strip."""
    text = TIME_STAMP.sub("", text)
    words = text.split()
    # Korean says in three words what English says in four: "베트남 호치민에서 의료봉사"
    return (
        len(words) >= 4 - bool(HANGUL.search(text))
        and words[-1].casefold() not in TOOL_WORDS  # "The Korea Times close"
        and not text.startswith(("※", "*"))
        and not _SKIPS_OR_POSTED.search(text)
        and not text.endswith(":")
        and not (text.startswith("(") and text.endswith(")"))
        and not BULLET.match(text)
        and not BARE_BYLINE.fullmatch(text)
        and not meta.is_name_list(text)
        and not (text.isupper() and not HANGUL.search(text))  # not Korean with 'LNG'
        and not meta.find_date(text)
        and not re.search(r"\s[|>»›]\s|\s[—–-]{1,2}\s\w+$", text)
    )


# "… in Asia (Page 4 of 4)", "… flee in Korea? 8": a page's pagination or counter, or a
# label after the headline
_COUNTER_AFTER = re.compile(
    r"\s*\((?i:page)\s+\d+\s+(?i:of)\s+\d+\)$|(?<=[?!.”\"])\s+\d{1,4}$|"
    r"\s\(\d{1,3}/\d{1,3}\)$|"  # "… 라오스 선교 (1/14)": the part of a series
    # "… 지원 약속[0]": a board's count of comments, not a year ("… Forum [2024]")
    r"\s?\[(?!(?:19|20)\d\d\])\d{1,4}\]$|"
    r"\s\[[^\[\]]*[\uac00-\ud7a3][^\[\]]*\]$|"  # "… [TF사진관]": a Korean section's label
    r"(?:\s<\s[^<>]{1,30}){2}$|"  # "… < Pharma < Article": the page's section and kind
    rf"\s{COLUMN_TITLE.pattern}$"  # "… [Jane Roe's Harbour Notes]": the column's title
)

# pictographs before a headline, and the arrows, shapes and marks of the blocks before
# them ("▶ ", "➤ ", "⟫ ")
_PICTOGRAMS = re.compile(f"(?:[\u2190-\u2bff{PICTOGRAPH_CHARS}]\\s*)+")

# "• [Hot Issue]…": a list's bullet before a section's label in brackets
_BULLET_BEFORE_LABEL = re.compile(r"[•·]\s*(?=\[[^\[\]]{2,40}\])")


def strip_labels(text: str) -> tuple[str, list[str]]:
    labels = []
    if pictures := _PICTOGRAMS.match(text):  # "🇰🇷🤝🇻🇳 한·베트남, …": a post's emoji
        labels.append(pictures.group(0).strip())
        text = text[pictures.end() :]
    if bullet := _BULLET_BEFORE_LABEL.match(text):  # "• [Hot Issue]Headline"
        labels.append(bullet.group(0).strip())
        text = text[bullet.end() :]
    if counter := _COUNTER_AFTER.search(text):
        labels.append(counter.group(0).strip())
        text = text[: counter.start()]
    if signed := signed_headline(text):  # "A week in Da Nang - By Jane Roe"
        text = signed[0]
        labels.append(signed[1])
    if glued := glued_deck(text):  # "… 배운다주낙영 시장 “…”": its deck run on
        text = glued[0]
        labels.append(glued[1])
    while True:
        text, label = strip_label(text)
        if not label and (part := headline_part(text)):
            text, label = part  # "Section » Headline", "<Headline>", "Vietnam: …"
        if not label:
            return text, labels
        labels.append(label)
