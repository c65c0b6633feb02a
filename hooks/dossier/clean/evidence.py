"""Candidate values for an article's metadata, each with a rank (lower is surer).

Where a page names its outlet, from surest to least sure: a ``Source:`` line, a line that
only names a known outlet, the outlet's sign-off or the reporter's, the dateline's tag, a
copyright footer that spells the masthead out in full, a masthead naming a known outlet, a
known outlet named in the header or a forwarder's note, any other masthead, a known outlet
in a photo credit, and last a copyright holder when nothing else names the outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dossier.clean import metadata as meta
from dossier.clean.bylines import KOREAN_OUTLET_WORD, KOREAN_PAPER, SECTION_NAME
from dossier.clean.cue_turns import opens_turn, turn_reporter
from dossier.clean.dates import COMPACT_DATE
from dossier.clean.english_handovers import reporter_named
from dossier.clean.korean_handovers import reporter_announced
from dossier.clean.lines import HANGUL, OWN_RULES_NOTES, Furniture
from dossier.clean.mail_regions import FORWARD_NOTE
from dossier.clean.news_agencies import WIRE_AGENCIES
from dossier.clean.outlet_bylines import AGENCY_BYLINE
from dossier.clean.outlet_lines import SENTENCE_CASED
from dossier.clean.page_titles import masthead, titled_by
from dossier.clean.paragraphs import SENTENCE_END
from dossier.clean.people import is_writer_name
from dossier.clean.people_captions import HONORIFIC
from dossier.clean.photo_credits import credit_of
from dossier.clean.section_labels import SPEAKERS
from dossier.clean.signed_headlines import columnist, signature_name
from dossier.clean.units import Unit
from dossier.text import fold

SOURCE_LINE, OUTLET_LINE, SIGN_OFF, DATELINE = 0, 1, 3, 4
FULL_COPYRIGHT, KNOWN_MASTHEAD, NAMED_IN_HEADER = 5, 6, 7
MASTHEAD, NAMED_IN_CREDIT, COPYRIGHT, OWN_REPORTER = 8, 9, 10, 11
# Networks that carry their members' stories: the member named with the reporter is the
# outlet ("Lee Hae-rin / The Korea Herald / Asia News Network").
CARRIERS = frozenset(("Asia News Network",))
MAX_MASTHEAD_LINE_WORDS = 12  # a longer line is a strip of topics, not a masthead
MAX_MASTHEAD_WORDS = 10
# a clock's time: "Last Updata : 07:56 AM" is the page's furniture, no masthead
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
MIN_REPEATS = 3


def _strip_of_tabs(name: str) -> bool:
    """One word again and again, a section's tabs ("Tourism Tourism Tourism"), or only
    the buttons of a tool strip ("E-mail Corrections Print"): no masthead."""
    words = name.split()
    repeated = len(words) >= MIN_REPEATS and len(set(words)) == 1
    return repeated or all(word.casefold() in meta.PAGE_BUTTONS for word in words)


# the kind of publication after its name in a copyright line, and the body owning it
# ("… Forum Magazine - Vietnam News Agency")
_FORM_WORD = re.compile(
    r"\s+(?:magazine|newspaper|e-?newspaper|journal)(?:\s+[-–—|]\s+.*)?$", re.I
)


# "phóng viên TTXVN", "PV VOV": a reporter of the outlet named in the story
# "… Photo from example.co.kr": a picture another site gave, no credit of the page's own
_TAKEN_FROM = re.compile(r"\b(?:Photos?|Images?|Pictures?)\sfrom\s\S", re.IGNORECASE)
_OWN_REPORTER = re.compile(r"\b(?:phóng viên|PV)\s+(?P<name>[A-ZĐ][\w.+&]*)")


MAX_LEAD_LINES = 4  # paragraphs an anchor's lead takes, at most


@dataclass
class Evidence:
    dates: list[tuple[int, str | None]] = field(default_factory=list)
    outlets: list[tuple[int, str | None]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    place: str | None = None  # the dateline's
    mastheads: list[str] = field(default_factory=list)  # header lines naming the outlet
    holders: list[str] = field(default_factory=list)  # copyright holders
    own_rules: list[str] = field(default_factory=list)  # papers naming their own rules
    dated_lines: frozenset[int] = frozenset()  # lines of the page stating its date
    # unknown names above the headline read as its masthead, and people's names there
    header_names: list[str] = field(default_factory=list)
    header_people: list[str] = field(default_factory=list)
    # the columnist a column's title after the headline names: an author only where no
    # byline names one and the story does not name him (the column is about him)
    columnists: list[str] = field(default_factory=list)
    # the outlet chosen is only an unknown name above the headline
    guessed: bool = False
    # wire agencies signing the story's byline ("By Yonhap")
    wires: list[str] = field(default_factory=list)
    # reporters a broadcast's lead or closing line hands over to ("… X 기자입니다."): an
    # author only where no byline nor sign-off names one
    handed_to: list[str] = field(default_factory=list)

    def hand_over(
        self, text: str, told: int, edge: bool, below: Unit | None, transcript: bool
    ) -> None:
        """The reporter a broadcast hands over to (``… 했습니다. 박하늘 기자입니다.``,
        ``… Jane Roe has the story.``): in the lead, the page's closing line, the anchor's
        paragraph right over the reporter's turn ("[기자]", "X: …"), or a line of the
        anchor's first few holding the hand-over alone ("하노이 현지에서 X 기자입니다.")."""
        if name := turn_reporter(text):  # "이지은 국민기자> …": his turn's label
            self.handed_to.append(name)
        turn = below is not None and opens_turn(below.lines[0].text)
        alone = not re.search(r"[.!?]\s+\S", text.strip())
        if not (edge or turn or (told < MAX_LEAD_LINES and alone)):
            return
        # "As NPR's X reports from Y, …" only over the reporter's turn, or in a transcript
        if name := reporter_announced(text) or reporter_named(text, transcript or turn):
            self.handed_to.append(name)

    def next_to_date(self, first: int, last: int) -> bool:
        """The lines ``first`` to ``last`` stand next to the page's date line, or a blank
        line from it ("Hữu Đại – Xuân Trường" / "" / "28/05/2024 19:37")."""
        return not self.dated_lines.isdisjoint(
            (first - 2, first - 1, last + 1, last + 2)
        )

    @staticmethod
    def best(found: list[tuple[int, str | None]]) -> str | None:
        ranked = sorted((rank, n) for n, (rank, value) in enumerate(found) if value)
        return found[ranked[0][1]][1] if ranked else None

    def note_label(self, label: str) -> None:
        """A label cut off the headline: its day ("[20210708]"), or its writer's
        signature ("A week in Da Nang - By Jane Roe")."""
        if COMPACT_DATE.fullmatch(label) and (day := meta.find_date(label)):
            self.dates.append((3, day))
        if name := signature_name(label):
            self.authors.append(name)
        if name := columnist(label):
            self.columnists.append(name)

    def note_header(self, text: str, names: meta.Outlets) -> None:
        """A line above the headline: a date, or the masthead naming the outlet."""
        if date := meta.find_date(text):
            self.dates.append((3, date))
        name = branded(text) or masthead(text)
        words = len(name.split())
        if is_writer_name(name):  # "Nguyễn Thị Lan" over the headline: its writer
            self.header_people.append(name)
        elif (
            len(text.split()) <= MAX_MASTHEAD_LINE_WORDS
            and 1 <= words <= MAX_MASTHEAD_WORDS
            and not name.endswith(SENTENCE_END)
            and not _CLOCK.search(text)
            and not _strip_of_tabs(name)
        ):
            known = names.find(name)
            titled = titled_by(text) == name and name[:1].isupper()
            if known or plausible_masthead(name) or titled or branded(text):
                self.outlets.append(
                    (KNOWN_MASTHEAD, known) if known else (MASTHEAD, name)
                )
                self.header_names.extend(() if known else (name,))
                self.mastheads.append(text)
        self.outlets.append((NAMED_IN_HEADER, names.named_in(text)))

    def not_masthead(self, headline: str) -> None:
        """The headline read once more above itself ("Ferry Line Opens to Islands" over
        "Ferry Line Opens to Islands"): an unknown name there that is the headline is no
        masthead."""
        shown = fold(" ".join(headline.split()))
        self.outlets = [
            (rank, name)
            for rank, name in self.outlets
            if rank != MASTHEAD or not name or fold(name) != shown
        ]
        self.header_names = [n for n in self.header_names if fold(n) != shown]

    def note_credit(self, text: str, names: meta.Outlets) -> None:
        """A caption: an outlet named in its photo credit (not a wire agency, whose
        pictures any outlet prints)."""
        if _TAKEN_FROM.search(text):
            return  # "… Photo from example.co.kr": another site's picture, not its own
        named = names.named_in(credit_of(text))  # not "Bộ … và Lao động" in its words
        if named not in WIRE_AGENCIES and named != "Vietnam News Agency":
            self.outlets.append((NAMED_IN_CREDIT, named))

    def note_story(self, text: str, names: meta.Outlets) -> None:
        """A paragraph naming the outlet's own reporter ("Theo phóng viên TTXVN tại Hàn
        Quốc", "nhóm phóng viên VOV"): the outlet, when nothing else names it."""
        if (own := _OWN_REPORTER.search(text)) and (named := names.find(own["name"])):
            self.outlets.append((OWN_REPORTER, named))

    def note_facts(self, facts: list[Furniture], headline_at: int = 0) -> None:
        """What furniture lines state; a date above the headline (the site's clock over
        its menus) counts less than one under it. Of the dates there, the nearest the
        headline labelled as the post's counts most ("Posted: 5 March 2024" / "Events" /
        "20 March 2024": the event's day is not the page's), then the nearest with no
        label ("December 9, 2024 | 06:13" / "Monday- 23:41, 03/05/2024" / headline: the
        clock, then the post's date); the time of an update never comes first."""
        above = [f for f in facts if f.date and f.line < headline_at]
        posted = [f for f in above if f.date_kind == "posted"][-1:]
        plain = [f for f in above if f.date_kind not in ("posted", "updated")][-1:]
        rest = [f for f in above if f not in posted + plain]
        self.dates.extend((3, f.date) for f in posted + plain + rest)
        for fact in facts:
            self.authors.extend(fact.authors)
            self.place = self.place or fact.place
            if fact.holder:
                self.holders.append(fact.holder)
            if fact.outlet and fact.reason in OWN_RULES_NOTES:
                self.own_rules.append(fact.outlet)  # weighed as a copyright holder is
            elif fact.outlet:
                self.outlets.append((_outlet_rank(fact), fact.outlet))
                if fact.reason == AGENCY_BYLINE and fact.outlet in WIRE_AGENCIES:
                    self.wires.append(fact.outlet)  # "By Yonhap" under the masthead
            if fact.date:
                rank = 0 if fact.date_kind in ("published", "posted") else 2
                if fact.line >= headline_at:
                    self.dates.append((rank, fact.date))
            if fact.archive_field and fact.archive_field[0] == "date":
                self.dates.append((1, meta.find_date(fact.archive_field[1])))
        if not self.authors:  # no byline: the writer named over the headline
            self.authors.extend(self.header_people)

    def outlet(self, headline: str | None = None) -> str | None:
        """The surest outlet, once a copyright holder has been weighed against the
        masthead: the holder's fuller spelling of the same name wins; a holder who is the
        author (``© 2025 Thao Tran``) names no outlet. The ``headline`` shown once more
        above itself is no masthead."""
        if headline:
            self.not_masthead(headline)
        authors = {fold(a) for a in self.authors}
        # a paper's note on its own rules names it when no copyright line does, and
        # without the slogan a copyright line may set before it ("맛있는 뉴스토마토")
        holders = [
            next((own for own in self.own_rules if own in held), held)
            for held in self.holders
        ]
        for held in holders or self.own_rules:
            holder = _FORM_WORD.sub("", held)  # "… Forum Magazine" → "… Forum"
            if fold(holder) in authors:
                continue
            agreeing = [m for m in self.mastheads if _agree(holder, m)]
            if any(len(holder) >= len(masthead(m)) for m in agreeing):
                self.outlets.append((FULL_COPYRIGHT, holder))
            elif not self.mastheads:
                self.outlets.append((COPYRIGHT, holder))
        wired = [
            o for rank, o in self.outlets if rank == DATELINE and o in WIRE_AGENCIES
        ] + self.wires
        if wired:
            return wired[0]
        # a network's copy names the member paper that published the story
        members = [
            (rank, name)
            for rank, name in self.outlets
            if name not in CARRIERS and rank <= SIGN_OFF
        ]
        best = self.best(members or self.outlets)
        ranks = [rank for rank, name in self.outlets if name == best]
        self.guessed = best in self.header_names and min(ranks) == MASTHEAD
        return tidied_outlet(best) if best else best


def _outlet_rank(fact: Furniture) -> int:
    if fact.reason == "source line":
        return SOURCE_LINE
    if fact.reason in ("byline", "broadcaster's sign-off"):
        return SIGN_OFF
    if fact.reason == "follow prompt":
        return NAMED_IN_HEADER
    if fact.reason == SENTENCE_CASED:  # "Lao động": a section's, if a tag names another
        return KNOWN_MASTHEAD
    return NAMED_IN_HEADER if fact.reason == FORWARD_NOTE else OUTLET_LINE


def _agree(holder: str, line: str) -> bool:
    held, shown = fold(holder), fold(line)
    return held in shown or fold(masthead(line)) in held


_CONNECTORS = frozenset(
    ("of", "the", "to", "and", "&", "for", "on", "in", "de", "-", "–")
)
_NOT_A_MASTHEAD = re.compile(
    r"[\d_|!\[\](){}<>=@#…]|\b(thứ|tháng|ngày|chủ nhật)\b|\b(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\b|\b(english|eng|tiếng việt|language|settings|menu|search|text size|"
    r"font|lượt xem|views|hits|location|region|press releases?|news and events|"
    r"google news|newsletters?|mailing list|looking for|social affairs|politics|society|"
    r"videos?|podcasts?|multimedia|infographics?|"  # a menu's media tabs
    r"lifestyle|entertainment|opinion|sports?|news\s*(?:&|and)\s*\w+)\b|\?|^[•·]|"
    # a row of share buttons ("Google+ LinkedIn Katalk +")
    r"\b(?:facebook|twitter|linkedin|katalk|kakao\w*|instagram|youtube|pinterest|"
    r"telegram|whatsapp|zalo|reddit|tumblr)\b|\bgoogle\+|"
    # a menu's item ("HOME Pharma", "Board Info"), a slogan ("Serving Within …")
    r"^(?:home|board)\b|\binfo$|^\w+ing\b|^(?:viet ?nam|việt nam|korea|south korea|hàn quốc)$|"
    r"^send to$|"  # a share menu's item
    r"^untitled(?: document| page)?$",  # a web editor's title for a page left unnamed
    re.I,
)
# a field and its value under a writer's name ("Position: Trade Specialist")
_FIELD = re.compile(
    r"^(?:position|organi[sz]ation|title|affiliation|department|company|role|email|"
    r"e-mail|phone|tel|fax|address|website|nationality|category|section|tags?|topics?|"
    r"source|photo|author|date)\s*:",
    re.I,
)
# a masthead with its slogan after a colon: "Seoulwire: Korea Business Daily"
_BRAND = re.compile(rf"([A-Z][\w&'.-]+): (?:The )?[A-Z][\w ]*?\b{meta.PAPER_WORD}")


def branded(text: str) -> str | None:
    """The name of a masthead written with its slogan after a colon ("Seoulwire: Korea
    Business Daily" → "Seoulwire"), not a field's ("Position: …")."""
    found = _BRAND.fullmatch(text.strip())
    return found[1] if found and not _FIELD.match(text.strip()) else None


def _person_by_title(name: str) -> bool:
    """A person by the title a page addresses them with: "Mr. Nam …", "Professor Lee …",
    "TS. Lê Văn Minh", "Ông Kim …" (section_labels' and people_captions' titles)."""
    first = name.split()[0].rstrip(".")
    return (len(first) > 1 and first in SPEAKERS) or HONORIFIC.match(name) is not None


def plausible_masthead(name: str) -> bool:
    """An outlet the page names at its top without the outlet being known: two words or
    more, no date, markup, page tool or language switch, no word in lower case but a
    connector (``Making news`` is a section's slogan, ``Thời cuộc`` a section)."""
    words = name.split()
    if len(words) == 1 and KOREAN_PAPER.fullmatch(name):
        # "무등일보": a Korean paper's name is one word, ending in a paper's word
        return not SECTION_NAME.fullmatch(name)
    if len(words) < 2 or _NOT_A_MASTHEAD.search(name) or _FIELD.match(name):
        return False
    if _person_by_title(name):
        return False
    if HANGUL.search(name):  # no capitals to tell: a paper's word must say so
        return KOREAN_OUTLET_WORD.search(name) is not None
    return not any(w.islower() and w not in _CONNECTORS for w in words)


# What a Korean paper's name carries that is no part of it: its company's 사 ("대전일보사"),
# its address or its name in letters in brackets ("서울경제TV(www.sentv.co.kr)",
# "이코노텔링(econotelling)", "윈뉴스(win뉴스)"), a regional bureau ("더파워 부·울·경 취재본부")
_KOREAN_OUTLET_EXTRAS = re.compile(
    r"(?<=[\uac00-\ud7a3A-Za-z0-9]{3})(?<=일보|신문|방송|통신)사$|"
    r"(?<=[\uac00-\ud7a3A-Za-z0-9])\s?\((?:www\.)?[a-z0-9][a-z0-9 .&-]*[\uac00-\ud7a3]{0,4}\)$|"
    r"(?<=[A-Za-z0-9]{2})\s?\([\uac00-\ud7a3][\uac00-\ud7a3A-Za-z0-9 ]{0,15}"
    rf"{KOREAN_OUTLET_WORD.pattern.removesuffix('$')}\)$|"
    r"(?<=[\uac00-\ud7a3A-Za-z0-9])\s(?:[\uac00-\ud7a3·]{1,8}\s){0,3}취재본부$"
)


def tidied_outlet(name: str) -> str:
    """A Korean paper's name without its company's 사, a bracketed address or spelling in
    letters (or its name in Hangul after letters: "FETV(푸드경제TV)", not a station's city:
    "KBS(대전)"), or a regional bureau after it; any name without the comma or dash a
    byline set after it ("[중앙뉴스라인, …]", "[한빛뉴스 - …]")."""
    name = name.rstrip(",;:-–— ") or name
    if not HANGUL.search(name):
        return name
    return _KOREAN_OUTLET_EXTRAS.sub("", name).strip() or name
