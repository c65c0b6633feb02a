"""Korean names given with their own spelling in brackets: "응우옌 반 꽝(Nguyen Van Quang)",
"띠엔퐁로지스틱스(Tien Phong Logistics)". The spelling says how many Hangul words before it
are the name, and what kind of name it is (read by the caller, from the spelling's own
words)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_country, is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_words import (
    MAX_NAME_SYLLABLES,
    PARTS_OF_COUNTRY,
    SURNAMES,
    WORD,
    is_title,
    stem,
)
from dossier.recognize.candidates.lexicon import lexicon
from dossier.recognize.candidates.morphemes import morphemes
from dossier.recognize.candidates.spelt_sounds import opens_alike
from dossier.recognize.candidates.vietnamese_in_hangul import VIETNAMESE_SURNAMES
from dossier.text import fold, name_key, strip_marks

# A spelling in brackets has a lower-case letter: "(MOU)", "(BPA)" are short forms; or
# it is a name of three or four words in capitals ("레융꽝(LE DUONG QUANG)"; two are
# more often two short forms); a space may stand inside the brackets ("( MAC VAN KHOA)").
_GLOSS = re.compile(
    r"\( ?([A-ZÀ-ỸĐ][A-Za-zÀ-ỹĐđ.'’ -]*[a-zà-ỹđ][A-Za-zÀ-ỹĐđ.'’-]*|"
    r"[A-ZÀ-ỸĐ]{2,}(?: [A-ZÀ-ỸĐ]{2,}){2,3}) ?\)"
)
_LONG_WORD = 4  # syllables: a transliterated company name is written as one word


def _person_in_capitals(gloss: list[str]) -> bool:
    """A person's name in capitals, opening with a surname of the word lists, which spells
    the Hangul before it ("레융꽝(LE DUONG QUANG)", "류 쯩 타이(LUU TRUNG THAI)"); a firm's does not
    ("합작법인(HYUNDAI THANH CONG)": the joint venture)."""
    return fold(gloss[0]) in lexicon().surnames


def glossed_names(
    text: str,
) -> Iterator[tuple[str, int, int, int, int, str | None]]:
    """(Hangul name, start, end, gloss start, gloss end, its kind if the gloss tells) for
    each name given with its spelling in brackets: the Hangul words before the bracket, as
    many as the spelling has words, or one long transliterated word ("띠엔퐁로지스틱스"),
    or a Korean's name ("박지환(Jihwan Park)", a person's)."""
    for match in _GLOSS.finditer(text):
        gloss = match.group(1).split()
        before = _words_before(text, match.start(), len(gloss))
        if not before or text[before[-1].end() : match.start()] not in ("", " "):
            continue  # "응옌 반 끄엉 (Nguyen Van Cuong)": a space before it, at most
        if match.group(1).isupper() and not _person_in_capitals(gloss):
            continue
        person = _korean_person(before[-1].group(), gloss)
        whole = _spells_whole(before, gloss) or _spells_alone(before, gloss)
        take = 1 if person or whole else len(gloss)
        words = before[-take:]
        between = text[words[0].start() : before[-1].end()]
        if not re.fullmatch(r"[\uac00-\ud7a3 ]+", between):
            words = before[-1:]
        # "국회의장 쩐탄만(Tran Thanh Man)": the title before the name is not the name's
        titles = [k for k, w in enumerate(words[:-1]) if is_title(stem(w.group()))]
        if titles:
            words = words[titles[-1] + 1 :]
        # "…를 찾은 네후 푸억(Le Huu Phuoc)", "정부청사에서 레 탄리엠(Le Thanh Liem)": a verb
        # or a word with its particle before the name, whose words have syllables enough
        while len(words) > 1 and _none_of_a_name(words[0].group()):
            if sum(len(w.group()) for w in words[1:]) < len(gloss):
                break
            words = words[1:]
        # "기업 청우에너지(Cheongwoo Energy)", "와 패럴림픽(Paralympic Games)": a word that
        # does not sound as the spelling's word it stands for is no part of the name
        while len(words) > 1 and not any(
            opens_alike(words[0].group(), spelt) for spelt in gloss
        ):
            words = words[1:]
        start, end = words[0].start(), words[-1].end()
        kind = "leaders" if person else _site_after(text, match.end())
        if kind == "cities" and not any(
            opens_alike(words[0].group(), w) for w in gloss
        ):
            kind = None  # "탄소중립(Net Zero) 지구": a term glossed, no place spelt
        yield text[start:end], start, end, match.start(1), match.end(1), kind


_WORD_WINDOW = 24  # characters looked back for each word of a spelling, and two more


def _words_before(text: str, end: int, words: int) -> list[re.Match[str]]:
    """The Hangul words in the characters before ``end`` that a spelling of ``words``
    words may stand for, less one cut by the window (not all before it: quadratic in a
    long line with many spellings)."""
    start = max(0, end - _WORD_WINDOW * (words + 2))
    found = list(WORD.finditer(text, start, end))
    if found and start and found[0].start() == start and WORD.match(text, start - 1):
        return found[1:]
    return found


# a word for a place's part or a site after the brackets: "년짝(Nhon Trach) 공업단지에",
# "지아비엔(Gia Vien) 지구의", or a province's or a city's syllable written onto them
# ("끼엔빈(Kien Binh)성 당서기", not "…)시장"): the name spelt is a place's, whatever its
# spelling's words; 지구 (also the Earth) with its particle or a stop after it, not a noun
# ("지구 만들기")
_SITE_AFTER = re.compile(
    r"(?:\s?(?:공업단지|산업단지|공단|특구|경제특구)|[성시현]|(?P<county>군))"
    r"(?:[은는이가을를의에와과도]|에서|으로|로)?[의도]?(?![\uac00-\ud7a3])|"
    r"\s?지구(?:(?:[은는이가을를의에와과도]|에서|으로|로)(?![\uac00-\ud7a3])|(?=[.,)]|$))"
)  # "…성과의", "…성에서도": two particles


def _site_after(text: str, end: int) -> str | None:
    """ "cities" when a word for a district or an industrial park follows the brackets
    closing at ``end``; 군 only after a listed place's spelling (else a young man's
    suffix: "응우옌 반 안(Nguyen Van An)군과")."""
    site = _SITE_AFTER.match(text, end)
    if site and site["county"]:
        spelt = text[text.rfind("(", 0, end) + 1 : end - 1]
        return "cities" if is_listed_place(name_key(spelt)) else None
    return "cities" if site else None


# the Hangul a name's spelling in brackets stands right after or inside
_HANGUL_BEFORE = re.compile(r"[\uac00-\ud7a3][\uac00-\ud7a3 ·-]*")


def spelling_in(text: str, start: int, end: int) -> str | None:
    """The spelling in letters given in brackets right after the Hangul name
    ``text[start:end]`` or inside it ("팜 반 롱(Pham Van Long)", "선라(Son La)성"),
    which is the name's alias; not a short form ("(KOICA)", read as one)."""
    at = text.find("(", start, end + 1)
    if at < 0 or not _HANGUL_BEFORE.fullmatch(text, start, at):
        return None
    match = _GLOSS.match(text, at)
    return match[1].strip() if match else None


def _spells_whole(before: list[re.Match[str]], gloss: list[str]) -> bool:
    """One long Hangul word spells the whole spelling ("띠엔퐁로지스틱스(Tien Phong
    Logistics)", "외교대학(Diplomatic Academy of Vietnam)"): it has more syllables than
    the spelling's last word alone would take (Korean spells a syllable in two at most,
    and a final consonant in one more), or the word before it does not sound as the
    spelling's word before the last ("사이공 투어리스트(Saigon Tourist)" is two words)."""
    word = before[-1].group()
    if len(word) < _LONG_WORD:
        return False
    last = _VOWELS.findall(strip_marks(gloss[-1]).casefold())
    if len(gloss) == 1 or len(word) > 2 * len(last) + 1:
        return True
    return len(before) < 2 or not opens_alike(before[-2].group(), gloss[-2])


def _spells_alone(before: list[re.Match[str]], gloss: list[str]) -> bool:
    """The last Hangul word alone spells a Vietnamese name of one-syllable words, having
    a syllable for each ("까마우(Ca Mau)", "연짝(Nhon Trach)"), and the word before it is
    none of the name's: a verb, an adverb, a part of the country, a place ("차리고
    까마우", "현재 박닌", "북부 박닌", "동나이성 연짝"; but "빈 즈엉(Binh Duong)")."""
    one_each = all(len(_VOWELS.findall(strip_marks(w).casefold())) == 1 for w in gloss)
    if not one_each or len(before) < 2 or len(before[-1].group()) < len(gloss):
        return False
    if is_listed_place(name_key(before[-1].group())):
        return True  # "항구도시 하이퐁(Hai Phong)": a place of the list is whole alone
    word = before[-2].group()
    tags = [m.tag for m in morphemes(word)]
    return (
        any(not tag.startswith("NN") or tag == "NNB" for tag in tags)
        or word in PARTS_OF_COUNTRY
        or is_place_with_kind(word)
        or is_country(word)
    )


def _none_of_a_name(word: str) -> bool:
    """A word that ends in a particle or a verb's ending ("정부청사에서", "찾은", "비롯해"),
    and no Vietnamese surname, which the model misreads ("다오": 달 and 오)."""
    read = morphemes(word)
    return (
        word not in VIETNAMESE_SURNAMES
        and bool(read)
        and read[-1].tag.startswith(("J", "E"))
    )


def _korean_person(word: str, gloss: list[str]) -> bool:
    """A Korean's name, one Hangul word spelt in two or three ("박지환(Jihwan Park)"): a
    surname's syllable first, a surname first or last among the spelling's words, and a
    given name of two syllables ("Jihwan", "Jong Il"; not "An Giang", a province)."""
    low, high = MAX_NAME_SYLLABLES
    surnames = lexicon().surnames
    if not (
        low <= len(word) <= high
        and word[0] in SURNAMES
        and 2
        <= len(gloss)
        <= min(3, len(word))  # "도안(Luong Xuan Doan)": a name's end
    ):
        return False
    keys = [w.casefold().strip(".,") for w in gloss]
    return any(
        surname in surnames and len(_VOWELS.findall(" ".join(given))) >= 2
        for surname, given in ((keys[0], keys[1:]), (keys[-1], keys[:-1]))
    )


_VOWELS = re.compile(r"[aeiouy]+")  # a romanized syllable's vowels: "ji-hwan" has two
