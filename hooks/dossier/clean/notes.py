"""What stands around the story text without being it: a deck above the byline, footnotes,
the author's bio, list bullets, and the reporter an anchor introduces.

Each test reads one unit and what the page stated elsewhere (the bylines and date lines
found among the furniture, with their line numbers)."""

from __future__ import annotations

import re

from dossier.clean.alt_texts import stripped_twins
from dossier.clean.author_notes import STARRED_BIO
from dossier.clean.datelines import dateline
from dossier.clean.english_handovers import NETWORK_REPORTER
from dossier.clean.korean_handovers import reporter_handed_over
from dossier.clean.lines import SPEAKER, Furniture
from dossier.clean.metadata import NAME, Outlets, outlets
from dossier.clean.paragraphs import SENTENCE_END
from dossier.clean.photo_credits import MARKDOWN_IMAGE
from dossier.clean.shapes import TAGGED, paragraph_like
from dossier.clean.units import Unit, told_in_korean
from dossier.model import DroppedLine
from dossier.places import is_place_name
from dossier.text import fold

FOOTNOTE = re.compile(
    rf"(?:[*†‡]+|\*{{2,}}\s)[A-ZÀ-ỸĐ][^*]*$|\*\s?[①-⑳]|{STARRED_BIO}"
)  # "*Lê Minh Châu is Visiting Fellow at …", "** O&M (…)", "* ① …", "* X is a fellow …"
# a list item's bullet; a lone "o " (a sub-item's bullet typed as a letter) before a capital;
# "° " (a degree sign standing in for "◦") opening a line, where no degree is
_BULLET = re.compile(
    r"(?:[•◦▪■□○●►▶ㅇ]\s+)+(?=\S)|o\s+(?=[A-Z])|°\s+(?=[A-Z][a-z])|-\s+(?=[A-Z0-9ÀÁẠĐ])"
)
BIO_VERB = re.compile(
    r"\s+(?:is|was|has been|writes|teaches|heads|directs|leads|covers|reports|reported|"
    r"contributed)\b"
)
_INTRODUCED = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<name>{NAME})\s+(?:has|have|brings us|reports on)\s+"
    r"(?:the|this|more on the|more on this|our)\s+(?:story|report|details)\s*\.?$"
)
# "Our Kim In-kyung has more.", "심우영 기자의 보도입니다.": an anchor's hand-over, which names
# the reporter with no speaker label needed
_HANDED_OVER = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:Our\s+(?:(?:correspondent|reporter)\s+)?(?P<name>{NAME})\s+"
    r"(?:has|brings us)\s+(?:more|the story|the details)|"
    # "Here's Mike Balfour with the story of one of these families."
    rf"Here['’]s\s+(?P<here>{NAME})\s+with\s+(?:the|this|more|a)\s+(?:story|report|details)\b[^.!?]*\.?$|"
    # "Now NPR's Anthony Kuhn reports from Seoul.": a network's reporter
    rf"(?:(?:Now|And|So)\s+)?{NETWORK_REPORTER}|"
    r"(?P<korean>[가-힣]{2,4})\s*기자(?:의\s*보도입니다|가\s*(?:보도합니다|전해드립니다)))\.?$"
)
# "ANTHONY KUHN, BYLINE": a transcript's label for the reporter's own turn
_BYLINE_TURN = re.compile(
    r"(?P<name>[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ'’.\-]*(?:\s+[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ'’.\-]*){1,3}),\s*BYLINE"
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
    if deck.text.endswith("니다."):
        return False  # "… 만찬을 했습니다.": a broadcast's spoken lead, never a deck
    if dateline(deck.text, outlets()) is not None or TAGGED.match(deck.text):
        return False  # "VGP - The PM has approved …": the outlet's tag opens the story
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
        # "HANOI, March 15 (Reuters) - A consortium …" cut off: the lead, not a deck;
        # "(NLĐO) - Hàn Quốc là …": the outlet's tag opens the story's first paragraph
        and dateline(text, outlets()) is None
        and not TAGGED.match(text)
        # "… 3위는 일본이 그 뒤를 이었다": a Korean sentence told in the past, its full
        # stop forgotten, is the lead's
        and _TOLD_UNSTOPPED.search(text) is None
        and (
            (
                MIN_OPEN_DECK_WORDS <= len(text.split()) <= MAX_DECK_WORDS
                and text[-1:].isalnum()
            )
            or _QUOTED_TAGLINE.fullmatch(text) is not None
        )
    )


_TOLD_UNSTOPPED = re.compile(r"[\uac00-\ud7a3][았었였했됐]다$")
# '"Toward Closer Cooperation"': a few words in quotes under the headline, no sentence
_QUOTED_TAGLINE = re.compile(r"[\"“](?:[^\"“”.!?\s]+\s?){1,8}[\"”]")


def is_author_bio(text: str, authors: list[str]) -> bool:
    """``Trần Thu Hương is a research fellow at …``: a note on the author, not story."""
    if not authors or len(text.split()) > MAX_BIO_WORDS:
        return False
    bare = text.lstrip("*†‡ ")
    for author in authors:
        if bare.startswith(author) and BIO_VERB.match(bare, len(author)):
            return True
    # "Hoang covers Vietnam for …", "Kim is a reporter for …": one of the names only
    first = bare.split(" ", 1)[0].casefold()
    words = {w.casefold() for author in authors for w in author.split() if len(w) > 1}
    return (
        first in words
        and len(bare.split()) <= MAX_SHORT_BIO_WORDS
        and bool(BIO_VERB.match(bare, len(first)))
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
    """``[ANCHOR] … Choi Yu-na has the story.``, ``… Our Kim In-kyung has more.``, ``…
    심우영 기자의 보도입니다.``: the reporter an anchor hands over to."""
    if handed := _HANDED_OVER.search(text):
        here = handed.group("here")
        if here and (len(here.split()) < 2 or is_place_name(here)):
            return []  # "Here's Samsung with a report …": a company, no reporter
        return [
            handed.group("name")
            or here
            or handed.group("network")
            or handed.group("korean")
        ]
    if handed_to := reporter_handed_over(text):
        return [handed_to]  # "… 보도에 박하늘 기자입니다."
    speaker = SPEAKER.match(text)
    if speaker and (signed := _BYLINE_TURN.fullmatch(speaker.group("speaker").strip())):
        # "ANTHONY KUHN, BYLINE: It was …"; "CHOE SANG-HUN" is "Choe Sang-hun"
        return [" ".join(w[:1] + w[1:].lower() for w in signed["name"].split())]
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


TEASER_KEY = 60  # characters a teaser shares with the paragraph it stands for


def is_teaser(text: str, below: str) -> bool:
    """``… is on the rise...`` over the paragraph it opens: the page's teaser of its first
    paragraph, cut off with an ellipsis, printed above the paragraph itself."""
    if not text.endswith(("...", "…")):
        return False
    cut = fold(text).rstrip(". …")
    return len(cut) >= TEASER_KEY and fold(below).startswith(cut[:TEASER_KEY])


MIN_REPEAT_CHARS = 60  # a shorter line inside a paragraph may well be a phrase of it
MIN_CUT_REPEAT_CHARS = 20  # a paragraph's opening again, cut off where the copy ends


def repeats(folded: str, shown: set[str], at_the_cut: bool = False) -> bool:
    """The text is on the page already, whole or inside a longer paragraph (the lead
    printed again as a picture's text, without its date: "Prime Minister … witnessed …"),
    or, ``at_the_cut`` (the page's last line of text), a paragraph's opening again, cut off
    with no sentence's end (a page printing its story twice, its copy cut in the second
    printing: "이 처장은 \"서정대는 … 전공 수")."""
    if folded in shown:
        return True
    if len(folded) >= MIN_REPEAT_CHARS and any(folded in seen for seen in shown):
        return True
    if not at_the_cut or folded.endswith(SENTENCE_END):
        return False
    # or the story's opening paragraphs run together as an excerpt, cut off ("South
    # Korean firms have … board shows. Samsung Electronics is … But Samsung is not the
    # only one. Lotte, E-Mar"), its quotes maybe straight where the story's are curly
    cut = folded.translate(_QUOTES)
    return any(
        (len(folded) >= MIN_CUT_REPEAT_CHARS and seen.startswith(cut))
        if len(seen) > len(cut)
        else (len(seen) >= MIN_REPEAT_CHARS and cut.startswith(seen))
        for seen in (text.translate(_QUOTES) for text in shown)
    )


MAX_CAPTION_ECHO = 2  # units between a caption and its text printed again under it


def echoed(
    pictured: dict[str, int],
    index: int,
    unit: Unit,
    opening: bool = False,
    told_at: int = -1,
) -> set[str]:
    """The captions (folded, by where they stand) a unit at ``index`` may repeat: any, for
    a caption's line; for a paragraph only those just above (the picture's text again)
    with no story paragraph between (``told_at``: where the last one stands), since
    further down a paragraph telling what a caption told before is story; none for a
    Korean lead told in the past (``opening`` the story), which the caption copied."""
    if opening and told_in_korean(unit.text):
        return set()
    if not paragraph_like(unit):
        return set(pictured)
    return {
        text
        for text, at in pictured.items()
        if index - at <= MAX_CAPTION_ECHO and at > told_at
    }


MIN_TITLE_WORDS = 4  # a shorter headline is a label: any line may start with it
MAX_ALT_EXTRA_WORDS = 6


# "KBS뉴스 | …": the source a portal's copy names before the headline
_SOURCE_BEFORE = re.compile(r"^[^|]{2,30}\s\|\s")
# "[베트남 희망장학회] …", "【단독】 …": a series' or a desk's label the headline carries
_LABEL_BEFORE = re.compile(r"^[\[【][^\[\]【】]{1,30}[\]】]\s*")


def repeats_headline(text: str, headline: str, labelled: bool = True) -> bool:
    """The headline again (its quotes straight or curly), with its source or (``labelled``)
    a label before it, or a picture's alt text made of it and a few words more, with no
    full stop ("… bất hợp pháp tại nước này" under "… bất hợp pháp")."""
    said, title = _quoted_key(text).rstrip(" ."), _quoted_key(headline).rstrip(" .")
    if said == title or _SOURCE_BEFORE.sub("", said, count=1) == title:
        return True  # "KBS뉴스 | …": the headline, its source before it
    if labelled and _LABEL_BEFORE.sub("", said, count=1) == title:
        return True  # "[Exclusive] Headline" under "Headline": its label cut above
    if (
        labelled := _LABEL_BEFORE.sub("", title, count=1)
    ) != title and said == labelled:
        return (
            True  # "[Series] Headline" over "Headline.": the headline without its label
        )
    extra = said.removeprefix(title)
    if text.endswith(SENTENCE_END) or len(title.split()) < MIN_TITLE_WORDS:
        return False
    if extra != said and extra[:1] == " ":
        return len(extra.split()) <= MAX_ALT_EXTRA_WORDS
    # its marks taken off: the alt text an image of the headline was given
    stripped = text.isascii() and not headline.isascii()
    return stripped and _alt_of(said.split(), title.split())


MIN_ALT_SHARE = 0.8  # of the headline's words an alt text made of it keeps


def _alt_of(said: list[str], title: list[str]) -> bool:
    """A picture's alt text made of the headline with its marks taken off, the site's
    name before it, a word changed and a number after it ("Wanderlust Tips Hang hang
    khong gia re Air Seoul mo duong bay moi den Da Nang 1 1")."""
    if not title or len(said) > len(title) + MAX_ALT_EXTRA_WORDS:
        return False
    words = set(said)
    kept = sum(word in words for word in title)
    return kept >= MIN_ALT_SHARE * len(title) and " ".join(title[:2]) in " ".join(said)


SUMMARY_KEY = 60  # characters of a paragraph's opening that a summary repeats
BRACKETED = re.compile(r"\s?\([^()]{1,60}\)")


def summary_key(text: str) -> str:
    """A paragraph's opening, without what it adds in brackets: the story's lead names
    "한국농수산식품유통공사(aT, 사장 이병호)" where its summary above has the name alone."""
    return fold(BRACKETED.sub("", text))[:SUMMARY_KEY]


# any quote, of any kind, the same: a headline quotes in one kind, its copy in another
_QUOTES = str.maketrans(dict.fromkeys("“”‘’'«»„", '"'))
_DOUBLED = re.compile(r'"+')
MAX_TWIN_WORDS = 30  # a caption's length: longer twins are a page printed twice


def twins(text: str, other: str) -> bool:
    """The same short line twice, quotes straight, curly or doubled: a picture's alt text
    over its caption ("Posters of "Wang's Family"" / "Posters of “Wang’s Family”", "''loạn
    giá''" / ""loạn giá""); the alt text may leave off the caption's full stop."""
    return (
        len(text.split()) <= MAX_TWIN_WORDS
        and _quoted_key(text.removesuffix(".")) == _quoted_key(other.removesuffix("."))
    ) or stripped_twins(text, other)


def _quoted_key(text: str) -> str:
    return fold(_DOUBLED.sub('"', text.translate(_QUOTES)))


# "Merck - Advancing Display, Advancing LifeMerck - Advancing Display, Advancing Life": a
# picture's alt text and title run together, a banner printed twice on one line
MIN_DOUBLED_WORDS = 3  # "Go Vietnam! Go Vietnam!" is a chant, a story's words
MAX_DOUBLED_CHARS = 200  # a label's or a banner's length, not a story's repeated lines


def is_doubled(text: str) -> bool:
    """The same short words twice on one line, a space between at most: a label printed
    twice, no paragraph."""
    size = len(text)
    if size > 2 * MAX_DOUBLED_CHARS + 1:
        return False
    for half in {size // 2, (size - 1) // 2}:
        once = text[:half]
        if text[size - half :] == once and text[half : size - half] in ("", " "):
            return len(once.split()) >= MIN_DOUBLED_WORDS
    return False


def shown_before(units: list[Unit], index: int) -> bool:
    """The unit is a caption the page printed above it already, word for word."""
    return any(u.caption and u.text == units[index].text for u in units[:index])
