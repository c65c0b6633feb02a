"""Candidates that name nothing a curator wants, told by all their sightings together.

A single sighting cannot tell ``Inside a hangar …`` from ``Haedong says …``, nor a
photographer's credit from a person in the story; all the sightings of a name in one
article can: a word that only ever opens a sentence, with nothing around it that says
what it is and no other name listed with it, is a common word; a name met only in credits (``Photo: X``, ``(AP Photo/X)``,
``(X/Flickr)``, ``Translated by X``), or that is the article's own author, is the page's
furniture, not its story.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.clean.metadata import PAPER_WORD, outlets
from dossier.model import Article, Candidate
from dossier.places import is_listed_place
from dossier.recognize.candidates.amounts import after_amounts_only
from dossier.recognize.candidates.korean_bodies import BODY_HEADS
from dossier.recognize.candidates.korean_words import AND, final_consonant
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.vietnamese_epithets import land_epithet
from dossier.recognize.tokens import HANGUL, is_acronym
from dossier.text import fold, name_key, strip_marks

# What a credit puts before a name: "Photo: ", "(AP Photo/", "Photograph: A/The ",
# "ẢNH: ", "Translated by ", "More articles by ", "ⓒ".
_CREDIT_LABEL = re.compile(
    r"(?:[©ⓒ]\s*|\b(?:photo(?:graph)?s?|ảnh|image|file|courtesy(?:\s+of)?)\s*[:=/]\s*"
    r"(?:[^/\n:()]{1,40}/\s*)?(?:the\s+)?"
    r"|\b(?:translated|edited|written|reported|reporting|compiled|photographed|"
    r"illustrated|articles|stories|posts|photos)\s+by\s+)$",
    re.IGNORECASE,
)
# Labels that are a credit only on a credit line (``_credit_line``): "Photo by ",
# "(Photo) courtesy of (the) ", and "Credit(s): " with each name it lists ("Credits: A,
# B, C"); in a story's sentence they are prose ("the 1972 photo by …", "came courtesy of
# …", "outstanding credit: A, B").
_LINE_LABEL = re.compile(
    r"(?:\bcredits?\s*[:=/]\s*(?:[^,\n:()]{1,40},\s*){0,5}(?:the\s+)?"
    r"|\b(?:photo\s+)?courtesy\s+of\s+(?:the\s+)?"
    r"|\bphoto\s+by\s+)$",
    re.IGNORECASE,
)
# What stands before a credit line's label: nothing, a bracket, a caption's end
_LINE_OPENERS = "([|/–—-•*.!?"
_LINE_END = re.compile(r"[)\]|\n]")
_LINE_WORDS = frozenset(("of", "the", "and", "for", "via", "va", "&", "/", "-", "de"))
_LINE_REACH = 80  # characters of a credit after its label: names only
_OPEN_SLASH = re.compile(r"\([^()/]{1,40}/\s*$")  # "(Kim Hyun-soo/" before "Flickr)"
# "KT/Chea Vannak", "JP/Rachmat Hidayat": an outlet's initials, then its photographer
_AGENCY_BEFORE = re.compile(r"\b[A-Z]{2,6}/\s?$")
_SLASH_CLOSE = re.compile(r"\s*/[^()/]{1,40}\)")  # "/Flickr)" after "(Kim Hyun-soo"
# Less evidence than this is a cue word or two nearby, not a word of the name itself.
_EVIDENCE = 4
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_CREDIT_HINT = re.compile(r"[/:=©ⓒ]|\bby\b|\bcourtesy\b", re.IGNORECASE)
_AGENCY_AFTER = re.compile(
    r"/\s?[A-Z][\w.&-]{1,20}\b"
)  # "Jane Roe/AFP", "Ngoc Tran/FT"
# Marks that may stand before the first word of a sentence.
_OPENING_MARKS = " \"“‘'([-–—•*"


def unwanted(candidate: Candidate, authors: set[tuple[str, ...]], lex: Lexicon) -> bool:
    """Whether a candidate is a common word, a lone syllable, a credit or one of the
    ``authors`` (their keys, from ``author_keys``): see above."""
    key = name_key(candidate.name)
    return (
        (
            len(key) == 1
            and (
                _opens_only(candidate)
                or _lone_syllable(candidate)
                or _vietnamese_fragment(candidate)
            )
        )
        or (len(key) == 1 and (key[0] in lex.stop or key[0] in lex.alone))  # "MOU"
        or key in authors
        or _page_phrase(key, lex)
        or _credit_only(candidate)
        or _demonym(candidate.name, lex)
        or _shouted(candidate.name)
        or _for_outlet(candidate.name)
        or _PHOTO_WORD.search(candidate.name) is not None
        or _FLIGHT.fullmatch(candidate.name) is not None
        or _VISA.fullmatch(candidate.name) is not None
        or _POOL.fullmatch(candidate.name) is not None
        or _BORN.fullmatch(candidate.name) is not None
        or _GRADE_OR_MODEL.fullmatch(candidate.name) is not None
        or _graded_country(candidate.name, lex)
        or _title_opening(key, lex)
        or _cut_quantity(candidate)
        or after_amounts_only(candidate)  # "90,000 Won"
        or land_epithet(candidate)  # "xứ sở Kim Chi": Korea, no person
    )


# "Hơn 10" of "Hơn 10.000 người", "Khoảng 2" of "Khoảng 2.500 lao động": a word and the
# first digits of a number its thousands' dot cut ("Khoảng 4" of "Khoảng 4,8 triệu": its
# decimal comma)
_QUANTITY_END = re.compile(r"\s\d{1,3}$")


def _cut_quantity(candidate: Candidate) -> bool:
    if not _QUANTITY_END.search(candidate.name):
        return False
    cut = re.compile(re.escape(candidate.name) + r"[.,]\d{1,3}\b")
    return all(cut.search(o.sentence) for o in candidate.occurrences)


# "VN426", "KE681": an airline's code and a flight's number
_FLIGHT = re.compile(r"[A-Z]{2}[0-9]{3,4}")  # not "H2020", a programme
# "Group C", "Group G": a tournament's pool, named by a letter
_POOL = re.compile(r"Group [A-H]")
# "Nguyễn Văn A (SN 1995)": sinh năm, born in, and the year, a person's detail
_BORN = re.compile(r"SN:? ?(?:19|20)\d\d")
# a team's age grade ("U-23", "U23", "U23 Vietnam") and a model's code ("B737-800",
# "A321neo", "A350", "KF-21"): what a squad or a machine is, not who or where (not "G20",
# "H2020": two or four digits; not "Z121", a factory's name: bare, only an airliner's)
_GRADE = re.compile(r"U-?\d{2}")
_GRADE_OR_MODEL = re.compile(
    r"U-?\d{2}|[A-Z]{1,2}\d{3}(?:-\d{1,4}|[a-z]{2,4})|[AB]\d{3}|[A-Z]{2}-\d{2}"
)
# "E-9", "D-4", "D4-1", "C-3-2", "F-2-R": Korea's visa classes, a letter and its numbers
_VISA = re.compile(r"[A-H](?:-\d{1,2}|\d{1,2}-\d)(?:-\d{1,2})?(?:-[A-Z])?")


def _graded_country(name: str, lex: Lexicon) -> bool:
    """ "U23 Vietnam": a country's squad of an age grade, the country's name (not "U23
    Championship")."""
    grade, _, country = name.partition(" ")
    return _GRADE.fullmatch(grade) is not None and fold(country) in lex.countries


def _title_opening(key: tuple[str, ...], lex: Lexicon) -> bool:
    """``Tổng Bí`` of ``Tổng Bí thư``, ``Quyền Bộ`` of ``Quyền Bộ trưởng``: the capitalised
    words of a title whose last word is in lower case."""
    opened = " ".join(key) + " "
    return any(title.startswith(opened) for title in lex.titles)


# "VNS Photo Công Thành", "Filepic", "Courtesy of Daesung Marine": credits, not names
_PHOTO_WORD = re.compile(
    r"\b(?:photos?|images?|file\s?pics?)\b|^ảnh\b|\bảnh\s*:|^courtesy\s+of\b",
    re.IGNORECASE,
)


def _demonym(name: str, lex: Lexicon) -> bool:
    """``South-East Asian``, ``Malaysians``, ``Younger Korean``: what people are, not who."""
    words = name.split()
    last = words[-1].split("-")[-1].casefold()
    if len(words) <= 3 and last in lex.nationalities:
        return not _given_as_people(words, lex)
    people = last.removesuffix("s")
    return len(words) <= 2 and (people in lex.nationalities or people in lex.peoples)


# Vietnamese given names spelt as a people's name: Thái, Lào
_SYLLABLE_PEOPLES = frozenset(("thai", "lao"))


def _given_as_people(words: list[str], lex: Lexicon) -> bool:
    """A Vietnamese name a surname opens, whose given name reads as a people's: "Dinh
    Quoc Thai", "Huynh Thi Thai" are people, not "Thai" people."""
    keys = [fold(w) for w in words]
    return (
        len(keys) >= 2
        and keys[0] in lex.surnames
        and keys[-1] in _SYLLABLE_PEOPLES
        and all(w[:1].isupper() for w in words)
    )


# "Jun Michaels for The Washington Post", "… for Example Daily": a photographer's credit,
# to a known outlet (``outlets.yml``) or one whose name says it is a paper
_FOR = re.compile(r"\sfor\s+(?P<outlet>\S.{1,40})$", re.IGNORECASE)
_PAPER = re.compile(rf"\S\s+{PAPER_WORD}$")


def _for_outlet(name: str) -> bool:
    if not (match := _FOR.search(name)):
        return False
    outlet = match.group("outlet")
    return outlets().find(outlet) is not None or _PAPER.search(outlet) is not None


_SHOUT = re.compile(r"[A-Z]{6,}")


def _shouted(name: str) -> bool:
    """Words in capitals long past an acronym's length, mixed with others: a page's label
    shouting (``SEASONAL WORKERS Filipino``), not a name."""
    return len(_SHOUT.findall(name)) >= 2


def _page_phrase(key: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a name ends in a page's link or notice, or a platform: "Google Privacy
    Policy", "Facebook"."""
    return any(" ".join(key[-size:]) in lex.page_phrases for size in (1, 2, 3, 4))


def _opens_only(candidate: Candidate) -> bool:
    """A word that opens every sentence it is in, with no more than a cue nearby: a common
    word capitalised by its place ("Inside a hangar", "Nobody knows")."""
    name = candidate.name
    if is_acronym(name) or max(candidate.scores.values(), default=0) >= _EVIDENCE:
        return False
    for occurrence in candidate.occurrences:
        opening = occurrence.sentence.lstrip(_OPENING_MARKS)
        if not opening.startswith(name) or opening[len(name) :].startswith(" and "):
            return False  # elsewhere in the sentence, or one of a list: "Vietjet and …"
    return True


def _lone_syllable(candidate: Candidate) -> bool:
    """A Vietnamese syllable alone ("Chính", "Dịp"): Vietnamese names of people and
    bodies have two syllables or more; the few one-syllable cities are in the gazetteer."""
    name = candidate.name
    vietnamese = name != strip_marks(name) or "đ" in name.casefold()
    return vietnamese and not is_listed_place(name_key(name))


# "miền Trung" (the central region); "Trung ương" (central), a word of two syllables
_REGION_BEFORE = ("miền ", "khu vực ", "vùng ")
_SECOND_HALF = (" ương",)


def _vietnamese_fragment(candidate: Candidate) -> bool:
    """A capitalised syllable that is only ever a region's side ("miền Trung") or the first
    half of "Trung ương" (central), whose second half the finder left in lower case."""
    name = candidate.name
    if name != strip_marks(name) or not name.isalpha():
        return False  # a marked syllable is _lone_syllable's to judge
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    seen = 0
    for occurrence in candidate.occurrences:
        for found in pattern.finditer(occurrence.sentence):
            before = occurrence.sentence[: found.start()].casefold()
            after = occurrence.sentence[found.end() :]
            if not (before.endswith(_REGION_BEFORE) or after.startswith(_SECOND_HALF)):
                return False
            seen += 1
    return seen > 0


def _credit_only(candidate: Candidate) -> bool:
    """Whether every sighting of a name is inside a credit or a byline line of its own."""
    return all(_in_credit(candidate, o.sentence) for o in candidate.occurrences)


def _in_credit(candidate: Candidate, sentence: str) -> bool:
    name = candidate.name
    if sentence.strip(" .") == name:
        return candidate.type == "leaders"  # a person's name alone on a line: a byline
    if not _hinted(sentence):
        return False  # most sentences: no credit can be in them
    folded, wanted = sentence.casefold(), name.casefold()
    at = folded.find(wanted)
    if at < 0:
        return False
    while at >= 0:
        if not _credited_at(sentence, at, at + len(wanted)):
            return False
        at = folded.find(wanted, at + 1)
    return True


@lru_cache(maxsize=1 << 12)
def _hinted(sentence: str) -> bool:
    """Whether a sentence may hold a credit; a sentence holds many names."""
    return _CREDIT_HINT.search(sentence) is not None


def _credited_at(sentence: str, start: int, end: int) -> bool:
    before, after = sentence[max(0, start - 60) : start], sentence[end : end + 60]
    if _CREDIT_LABEL.search(before) or _credit_line(sentence, start, before):
        return True
    if _AGENCY_AFTER.match(after) or _AGENCY_BEFORE.search(before):
        return True
    if _OPEN_SLASH.search(before) and after.lstrip().startswith(")"):
        return True
    return before.rstrip().endswith("(") and _SLASH_CLOSE.match(after) is not None


def _credit_line(sentence: str, start: int, before: str) -> bool:
    """Whether a name follows a credit line's label ("Photo by X", "Photo courtesy of
    X", "Credits: A, B, X"): the label opens the sentence, a bracket or the caption's
    last part, and only names follow it, a few words (not "Photo by X, taken from …")."""
    label = _LINE_LABEL.search(before)
    if label is None:
        return False
    at = start - len(before) + label.start()
    head = sentence[:at].rstrip()
    if head and head[-1] not in _LINE_OPENERS:
        return False  # "The prints, courtesy of the museum, …"
    tail = sentence[at + len(label[0]) :]
    cut = _LINE_END.search(tail)
    tail = tail[: cut.start()] if cut else tail
    words = (w.strip(",.;") for w in tail.split())
    return len(tail) <= _LINE_REACH and all(
        not w or w[:1].isupper() or w[:1].isdigit() or fold(w) in _LINE_WORDS
        for w in words
    )


def author_keys(article: Article) -> set[tuple[str, ...]]:
    """The keys of the article's authors, as its metadata or byline names them."""
    names = _BY.sub("", article.author or "")
    return {name_key(n) for n in re.split(r",|\band\b|&", names) if n.strip()}


# Korean has no capitals to mark a name, so a run of Hangul is a name only when it is short
# and ends as a noun does: not with a particle or a verb's ending ("…에서", "…했다").
_HANGUL_ENDINGS = re.compile(r"(?:다|며|에서|으로|까지|부터|에게|께서|처럼|보다|니다)$")
# one-syllable particles, which also end names (김지은, 박서이): only on a long word
_HANGUL_PARTICLE = re.compile(
    r"(?:고|면|서|요|는|은|을|를|이|가|에|의|와|과|로|도|만)$"
)
MIN_PARTICLED_SYLLABLES = 5
_HANGUL_WORDS = frozenset(
    ("오른쪽", "왼쪽", "가운데", "제공", "사진", "기자", "뉴스", "관련")
)
MAX_HANGUL_WORDS = 4  # "쩐 티 투 하": a Vietnamese name in Hangul
# "제5회 베트남 국제 베이비&키즈 페어": an event's, an agreement's or a programme's name
MAX_HANGUL_THING_WORDS = 6
THINGS = ("events", "agreements", "initiatives")
# compound nouns Korean spaces or not at will: "동반자 관계" (partnership), "행동 계획"
_SPACED_COMPOUND = re.compile(r"(동반자|행동) (관계|계획)")
_EDITION_WORD = re.compile(r"(?:19|20)\d\d|제\d{1,3}[회차]")


def hangul_fragment(name: str, kind: str = "") -> bool:
    """A Hangul candidate that is a phrase or a word with its particle, not a name."""
    if not HANGUL.search(name) or is_listed_place(name_key(name)):
        return False  # "강원특별자치도": a place of the list, whatever it ends in
    words = _SPACED_COMPOUND.sub(r"\1\2", name).split()
    most = MAX_HANGUL_THING_WORDS if kind in THINGS else MAX_HANGUL_WORDS
    # "2020 …", "제1회 …": the edition, no word of the name (evaluate matches either)
    edition = kind in THINGS and _EDITION_WORD.fullmatch(words[0]) is not None
    # "파견 및 수용 협력에 관한 협약": what joins an agreement's two acts is none of its words
    joins = words.count(AND) if kind == "agreements" else 0
    return (
        len(words) - edition - joins > most
        or any(w in _HANGUL_WORDS for w in words)
        or _HANGUL_ENDINGS.search(words[-1]) is not None
        or (
            len(words[-1]) >= MIN_PARTICLED_SYLLABLES
            and _HANGUL_PARTICLE.search(words[-1]) is not None
            and not words[-1].endswith(_BODY_HEADS)
            and not (kind == "leaders" and _own_final_i(words[-1]))
            and not (kind == "events" and words[-1].endswith(_MEETING))
            and not (kind == "agreements" and words[-1].endswith(_PAPERS))
        )
    )


def _own_final_i(word: str) -> bool:
    """A person's name ending in 이 after an open syllable ("르꽝응오이": Ngôi; "…하이":
    Hải): the subject's particle there is 가, so the 이 is the name's own."""
    return (
        word.endswith("이")
        and "가" <= word[-2] <= "힣"
        and final_consonant(word[-2]) == 0
    )


# a body's head noun may end as a particle does: "인천해양경찰서" (서, "at"), and so may
# a meeting's: "특별정상회의", "경찰협력회의" (의, "of")
_BODY_HEADS = tuple(BODY_HEADS)
_MEETING = "회의"
# and an agreement's paper: "협력의정서" (서, "at"), "우호협력합의서"
_PAPERS = ("의정서", "합의서", "양해각서", "약정서", "협정서")


# Korean's particles, endings and bound nouns after a name in letters: "CGV가", "CJ ENM과",
# "Vingroup이라는", "VinFast에도", "Lotte측은", "Nguyen Van Nam씨는"
_PARTICLE_AFTER = re.compile(
    r"(?:은|는|이|가|을|를|의|에|과|와|도|로|으로|만|까지|부터|처럼|보다|측|씨|사|께|"
    r"이나|이라|이며|이고|이다|라는|나)"
)


def glued_to_hangul(text: str, end: int) -> bool:
    """A name in letters runs on into Hangul that opens with no particle: "LG전자",
    "SK하이닉스" are one name each, which the Korean reader finds whole; not "LG" alone."""
    return bool(HANGUL.match(text, end)) and not _PARTICLE_AFTER.match(text, end)
