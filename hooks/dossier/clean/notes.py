"""What stands around the story text without being it: a deck above the byline, footnotes,
the author's bio, list bullets, and the reporter an anchor introduces.

Each test reads one unit and what the page stated elsewhere (the bylines and date lines
found among the furniture, with their line numbers)."""

from __future__ import annotations

import re

from dossier.clean.lines import HANGUL, SPEAKER, Furniture
from dossier.clean.metadata import NAME, Outlets
from dossier.clean.paragraphs import SENTENCE_END
from dossier.clean.units import MARKDOWN_IMAGE, Unit, paragraph_like
from dossier.model import DroppedLine
from dossier.text import fold

FOOTNOTE = re.compile(
    r"(?:[*†‡]+|\*{2,}\s)[A-ZÀ-ỸĐ][^*]*$"
)  # "*Lê Minh Châu is Visiting Fellow at …", "** O&M (Operation & Maintenance)"
# a list item's bullet; a lone "o " (a sub-item's bullet typed as a letter) before a capital
_BULLET = re.compile(r"(?:[•◦▪■□○●►▶]\s+)+(?=\S)|o\s+(?=[A-Z])|-\s+(?=[A-Z0-9ÀÁẠĐ])")
_BIO_VERB = re.compile(
    r"\s+(?:is|was|has been|writes|teaches|heads|directs|leads|covers|reports|reported|"
    r"contributed)\b"
)
_INTRODUCED = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<name>{NAME})\s+(?:has|have|brings us|reports on)\s+"
    r"(?:the|this|more on the|more on this|our)\s+(?:story|report|details)\s*\.?$"
)
MAX_DECK_WORDS = 45
MIN_OPEN_DECK_WORDS = 10
MAX_BIO_WORDS = 80
MAX_SHORT_BIO_WORDS = 40
_BIO_NOUN = re.compile(
    r"\b(covers|reporter|correspondent|writer|editor|journalist|fellow|researcher|"
    r"professor|lecturer|analyst|columnist|author|photographer)\b",
    re.I,
)


def authors_of(facts: list[Furniture]) -> list[str]:
    return [author for fact in facts for author in fact.authors]


def is_deck(story: list[Unit], facts: list[Furniture]) -> bool:
    """The first story unit is a deck (subtitle) when the byline or date line comes after
    it, before the next unit: ``Headline / Deck. / By X / March 18, 2025 / Story…``."""
    if len(story) < 2:
        return False
    deck, following = story[0], story[1]
    if not paragraph_like(deck) or len(deck.text.split()) > MAX_DECK_WORDS:
        return False
    after, before = deck.lines[-1].number, following.number
    return any(
        after < fact.line < before for fact in facts if fact.authors or fact.date
    )


def is_open_deck(unit: Unit) -> bool:
    """Right under the headline, a sentence or two that ends with no punctuation: the deck
    (standfirst) of web pages, not story text, which always ends a sentence."""
    text = unit.text
    return (
        not unit.kept
        and len(unit.lines) <= 3
        and (
            (
                MIN_OPEN_DECK_WORDS <= len(text.split()) <= MAX_DECK_WORDS
                and text[-1:].isalnum()
            )
            or _QUOTED_TAGLINE.fullmatch(text) is not None
        )
    )


# '"Toward Closer Cooperation"': a few words in quotes under the headline, no sentence
_QUOTED_TAGLINE = re.compile(r"[\"“](?:[^\"“”.!?\s]+\s?){1,8}[\"”]")


def is_author_bio(text: str, authors: list[str]) -> bool:
    """``Trần Thu Hương is a research fellow at …``: a note on the author, not story."""
    if not authors or len(text.split()) > MAX_BIO_WORDS:
        return False
    bare = text.lstrip("*†‡ ")
    for author in authors:
        if bare.startswith(author) and _BIO_VERB.match(bare, len(author)):
            return True
    # "Hoang covers Vietnam for …", "Kim is a reporter for …": one of the names only
    first = bare.split(" ", 1)[0].casefold()
    words = {w.casefold() for author in authors for w in author.split() if len(w) > 1}
    return (
        first in words
        and len(bare.split()) <= MAX_SHORT_BIO_WORDS
        and bool(_BIO_VERB.match(bare, len(first)))
        and bool(_BIO_NOUN.search(bare))
    )


def without_layout(dropped: list[DroppedLine], unit: Unit, text: str) -> str:
    """A list item's bullet (``◦ ``, ``• ``) and a blog's shortcodes (``[dropcap]W[/dropcap]e``)
    are layout, not text: logged and taken off."""
    if match := _BULLET.match(text):
        dropped.append(DroppedLine(unit.number, match.group(0).strip(), "list bullet"))
        text = text[match.end() :]
    if "[" in text and SHORTCODE.search(text):
        for code in SHORTCODE.findall(text):
            dropped.append(DroppedLine(unit.number, code, "shortcode"))
        text = SHORTCODE.sub("", text)
    return text


# "[dropcap]", "[/caption]": a blog's shortcodes, in lower case (a label is not: "[Related]")
SHORTCODE = re.compile(
    r"\[/?(?:dropcap|caption|embed|gallery|video|audio|quote|su_[a-z_]+)"
    r"(?:\s[^\[\]]{0,200})?\]"
)


def without_markup(dropped: list[DroppedLine], unit: Unit, text: str) -> str:
    """A caption's picture markup and its table cell's border (``![](…) Text |``) are
    layout, not text: logged and taken off (``| a | b |``, a table row, shows as written)."""
    if image := MARKDOWN_IMAGE.match(text):
        dropped.append(DroppedLine(unit.number, image.group(0).strip(), "markup"))
        text = text[image.end() :]
    if text.endswith(" |") and text.count("|") == 1:
        dropped.append(DroppedLine(unit.number, "|", "markup"))
        text = text[:-2].rstrip()
    return text


def reporters_introduced(text: str) -> list[str]:
    """``[ANCHOR] … Choi Yu-na has the story.``: the reporter of a transcript."""
    speaker = SPEAKER.match(text)
    if not speaker or "anchor" not in speaker.group("speaker").lower():
        return []
    match = _INTRODUCED.search(text)
    return [match.group("name")] if match else []


# "Voice of America is the state-owned …", "Example Radio is produced by …"
_SELF_DESCRIBED = re.compile(
    r"(?P<name>[^.!?,]{2,60}?)\s+(?:is|are)\s+(?:the|a|an|produced|published|owned|"
    r"funded|operated|part)\b"
)
# "BERNAMA, Malaysia's national news agency, delivers news …": only a page's foot
_BLURB = re.compile(
    r"(?P<name>[^.!?,]{2,60}?),\s+[^,]{3,80}\b(?:agency|newspaper|broadcaster|outlet|"
    r"daily|magazine|portal|network),\s+(?:is|delivers|provides|publishes|has|was)\b"
)


def is_outlet_note(text: str, names: Outlets) -> bool:
    """After the story, a known outlet describing itself: page furniture, not story."""
    match = _SELF_DESCRIBED.match(text)
    return bool(
        match and len(text.split()) <= MAX_BIO_WORDS and names.find(match.group("name"))
    )


def is_outlet_blurb(text: str, names: Outlets) -> bool:
    """A known outlet's description of itself in apposition: never story text."""
    match = _BLURB.match(text)
    return bool(
        match and len(text.split()) <= MAX_BIO_WORDS and names.find(match.group("name"))
    )


# "East Asia Forum is published by …", "Example Group is a publisher of …"
_PUBLISHED_BY = re.compile(
    r"[A-ZÀ-ỸĐ][^.!?]{1,60}?\s+(?:is|are)\s+(?:published|produced|owned|operated)\s+by\b"
)


def is_self_description(text: str) -> bool:
    """A publication saying who publishes it: only a page's foot does that."""
    return len(text.split()) <= MAX_BIO_WORDS and bool(_PUBLISHED_BY.match(text))


# What a picture shows, said in the present as captions say it: "Finalists … pose with their
# teachers", "Officials shake hands", "Contestants wait backstage"
_PHOTO_VERB = re.compile(
    r"\b(?:pose|poses|posing|shake hands|shakes hands|shaking hands|wait backstage|"
    r"waits backstage|cut the ribbon|cuts the ribbon|take a (?:group )?photo|"
    r"takes a (?:group )?photo|pose for a (?:group )?photo|"
    r"chụp ảnh lưu niệm|chụp ảnh chung|bắt tay|cắt băng)\b|기념촬영|"
    # "… attend the launch ceremony of …", "… visits a booth at …": the scene, in the present
    r"(?<!\bto )\b(?:attend|attends|visit|visits|tour|tours|inspect|inspects|watch|watches|join|"
    r"joins|speak at|speaks at|receive|receives)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:ceremony|event|signing|opening|launch|exhibition|booth|performance|workshop|"
    r"class|session|site|stall|fair)\b|"
    # "Children practice a verse at the school.", "Sailors practise knot-tying before the
    # drill.": people at work on something, told in the present, where the picture is
    r"^(?:[A-Z][\w-]*\s+)(?:[\w-]+\s+){0,5}?(?:practi[cs]e|practi[cs]es|rehearse|rehearses|"
    r"perform|performs|harvest|harvests|sort|sorts|sing|sings|dance|dances|cook|cooks|"
    r"plant|plants|assemble|assembles|demonstrate|demonstrates|examine|examines|"
    r"celebrate|celebrates|wave|waves|unload|unloads|carry|carries|hold up|holds up|"
    r"light|lights|march|marches)\b[^.]{3,80}\b"
    r"(?:at|in|on|before|during|outside|inside)\b[^.]{2,60}\.$"
)
# What a picture is of, named and no more: "Overview of the meeting.", "Toàn cảnh hội nghị."
_SCENE = re.compile(
    r"(?:(?i:an?\s+|the\s+)?(?i:overview|general view|view|scene|panorama|glimpse|"
    r"close-up|snapshot|aerial view)\s+(?i:of|at|from|during|inside|outside)\b|"
    r"(?:Delegates|Participants|Attendees|Guests|Visitors|Officials|Representatives|"
    r"Leaders|Students|Workers|Performers)\s+(?:at|during|attending)\s+(?:the|a|an)\b|"
    r"Toàn cảnh|Quang cảnh|Khung cảnh)"
)
MAX_SCENE_WORDS = 15
# "Toàn cảnh …", "Quang cảnh …": the whole of a place or an event, a picture's subject
_OVERVIEW = re.compile(r"(?:Toàn cảnh|Quang cảnh)\s+\S")
# "(Lãnh đạo Sở Du lịch … tặng hoa, quà chúc mừng …)": a caption set in brackets
_BRACKETED_SCENE = re.compile(r"\((?:\S+\s+){7,}[^()]*\)")
_STORY_WORDS = re.compile(r"\b(?:said|says|told|will|would|has|have|had|was|were)\b")
MAX_CAPTION_WORDS = 30


_VIETNAMESE_LETTER = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
_REPORTED = re.compile(
    r"\b(?:cho biết|nói|khẳng định|nhấn mạnh|theo|cho rằng|chia sẻ)\b"
)
MAX_VIETNAMESE_CAPTION_WORDS = 14


# "… phát biểu tại buổi làm việc", "… thảo luận … tại hội nghị": who does what at the
# event, the way a Vietnamese caption ends, with or without a full stop
_AT_THE_EVENT = re.compile(
    r"\btại\s+(?:buổi|lễ|hội nghị|hội thảo|diễn đàn|sự kiện|chương trình|cuộc|phiên)\b"
    r"[^.!?]{0,40}$"
)
MAX_VIETNAMESE_SCENE_WORDS = 30


def is_vietnamese_caption(unit: Unit) -> bool:
    """One short sentence in Vietnamese, no figure, no quote, nobody speaking, between
    paragraphs: Vietnamese outlets write their paragraphs long, their captions so
    ("Du khách tham quan phố cổ Hội An (Quảng Nam)."), or a longer one saying who does
    what at the event ("Đồng chí X, Phó Chủ tịch UBND tỉnh phát biểu tại buổi làm việc")."""
    text = unit.text
    words = text.split()
    # a paragraph ends its sentence; a caption of this length says so by not ending it
    scene = (
        len(words) <= MAX_VIETNAMESE_SCENE_WORDS
        and not text.endswith((".", "!", "?", "”", '"', ":"))
        and _AT_THE_EVENT.search(text) is not None
    )
    return (
        len(unit.lines) == 1
        and (
            scene or (len(words) <= MAX_VIETNAMESE_CAPTION_WORDS and text.endswith("."))
        )
        and ". " not in text[:-1]
        and not any(c.isdigit() for c in text)
        and not any(mark in text for mark in '"“”')
        and sum(not w.isascii() for w in words) >= len(words) / 2
        and _VIETNAMESE_LETTER.search(text) is not None
        and HANGUL.search(text) is None  # Korean glossing "(Hà Nội)" is Korean
        and _REPORTED.search(text) is None
    )


def is_photo_description(unit: Unit) -> bool:
    """A sentence that says what a picture shows, or names what it is of, standing alone
    between paragraphs: a caption the page printed without a credit."""
    text = unit.text
    return (
        len(unit.lines) == 1
        and len(text.split()) <= MAX_CAPTION_WORDS
        and not any(mark in text for mark in '"“”')
        and (
            _PHOTO_VERB.search(text) is not None
            or (len(text.split()) <= MAX_SCENE_WORDS and _SCENE.match(text) is not None)
            or _OVERVIEW.match(text) is not None  # "Toàn cảnh Nhà máy … tỉnh Khánh Hòa"
            or _BRACKETED_SCENE.fullmatch(text) is not None
            or _is_named_thing(text)
        )
        and _STORY_WORDS.search(text) is None
    )


# The words of a clause: a verb, a pronoun ("The deal is done.", "He agreed.")
_CLAUSE_WORDS = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|"
    r"must|shall|should|do|does|did|said|says|say|it|he|she|they|we|i|you|this|that|"
    r"there|not|no)\b|\w(?:ed|s)\b(?!\s+(?:of|in|at|on|for|from)\b)",
    re.IGNORECASE,
)
MIN_NAMED_WORDS, MAX_NAMED_WORDS = 3, 8


def _is_named_thing(text: str) -> bool:
    """A picture's subject named in a few English words and a full stop, no clause: "Trang
    An landscape.", "A production line of Samsung in Vietnam."."""
    words = text.split()
    return (
        MIN_NAMED_WORDS <= len(words) <= MAX_NAMED_WORDS
        and text.endswith(".")
        and text.count(".") == 1
        and "," not in text  # "Oh, what a day.": a voice, not a label
        and text.isascii()
        and not any(c.isdigit() for c in text)
        and _CLAUSE_WORDS.search(text[:-1]) is None
    )


TEASER_KEY = 60  # characters a teaser shares with the paragraph it stands for


def is_teaser(text: str, below: str) -> bool:
    """``… is on the rise...`` over the paragraph it opens: the page's teaser of its first
    paragraph, cut off with an ellipsis, printed above the paragraph itself."""
    if not text.endswith(("...", "…")):
        return False
    cut = fold(text).rstrip(". …")
    return len(cut) >= TEASER_KEY and fold(below).startswith(cut[:TEASER_KEY])


MIN_LONG_PARAGRAPH_WORDS = 45  # the median paragraph of a page that writes them long
MAX_SHORT_CAPTION_WORDS = 16
_SPOKEN = re.compile(r"\b(?:said|says|say|told|according|added|noted|stressed)\b", re.I)


def writes_long(units: list[Unit]) -> bool:
    """The page writes its paragraphs long: a one-sentence line among them is not one."""
    sizes = sorted(len(u.text.split()) for u in units if paragraph_like(u))
    return bool(sizes) and sizes[len(sizes) // 2] >= MIN_LONG_PARAGRAPH_WORDS


def is_short_caption(unit: Unit) -> bool:
    """One short sentence, nobody speaking, no quote, no figure: on a page of long
    paragraphs, the caption of a picture ("Leaders of the two localities re-signed …")."""
    text = unit.text
    words = text.split()
    return (
        len(unit.lines) == 1
        and 5 <= len(words) <= MAX_SHORT_CAPTION_WORDS
        and text.endswith(".")
        and ". " not in text[:-1]
        and not any(mark in text for mark in '"“”:;')
        and not any(c.isdigit() for c in text)  # "… to receive 3,500 workers": a fact
        and _SPOKEN.search(text) is None
    )


MIN_UNENDED_WORDS, MAX_UNENDED_WORDS = 15, 40
MIN_ENDED_SHARE = 0.75  # of the page's paragraphs that end their sentence
_SENTENCE_INSIDE = re.compile(r"\w{3}[.!?][\"”’]?\s")
_WORD_END = re.compile(r"\w\w$")  # not "… technology.Â": a stray byte after the stop
# "- …", "1. …", "Korea: Jin Park, Chairman …": a list's item
_LIST_ITEM = re.compile(r"[-•*·]|\d{1,2}[.)]\s|[\w .]{1,20}:\s")


def ends_its_sentences(units: list[Unit]) -> bool:
    """The page ends its paragraphs with a full stop (or a quote, a bracket)."""
    told = [u for u in units if paragraph_like(u) and len(u.text.split()) >= 8]
    ended = sum(u.text.endswith(SENTENCE_END) for u in told)
    return len(told) >= 2 and ended >= MIN_ENDED_SHARE * len(told)


def is_unended_caption(unit: Unit, below: Unit | None) -> bool:
    """A sentence of caption length that stops without a full stop, between paragraphs
    that all end theirs: "Invited guests pressing buttons to open the consulate",
    "Các đại biểu thảo luận … tại hội nghị". Longer than a subheading; the next unit
    opens a sentence of its own, so this one is not a paragraph broken in two."""
    text = unit.text
    return (
        len(unit.lines) == 1
        and MIN_UNENDED_WORDS <= len(text.split()) <= MAX_UNENDED_WORDS
        and _WORD_END.search(text) is not None
        and below is not None
        and paragraph_like(below)
        and not below.text[:1].islower()
        and _LIST_ITEM.match(text) is None
        and _SENTENCE_INSIDE.search(text) is None  # "… she added. /cb": signed
        and _SPOKEN.search(text) is None  # "…, said Diep Thi Thu Hong": a paragraph
    )


MIN_REPEAT_CHARS = 60  # a shorter line inside a paragraph may well be a phrase of it


def repeats(folded: str, shown: set[str]) -> bool:
    """The text is on the page already, whole or inside a longer paragraph (the lead
    printed again as a picture's text, without its date: "Prime Minister … witnessed …")."""
    return folded in shown or (
        len(folded) >= MIN_REPEAT_CHARS and any(folded in seen for seen in shown)
    )
