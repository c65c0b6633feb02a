"""A stadium or a convention centre is a place things are held in, not a body: "하노이
국제컨벤션센터" (the Hanoi convention centre a state dinner is given in), "라차망칼라
스타디움" (Rajamangala stadium). The readers of bodies take either for one by its head
noun ("…센터", "…스타디움"); as a venue it is filed as a place. A stadium's name spelt by
sound in several words is the whole of it: "겔로라 붕 카르노 스타디움" (Gelora Bung Karno),
not only the word before the head ("카르노 스타디움"); a word of one syllable counts between
two spelt words ("붕", Bung)."""

from __future__ import annotations

import re

from dossier.places import is_country, is_listed_place
from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, Named, stem
from dossier.recognize.candidates.sounded_words import sounds_foreign
from dossier.recognize.candidates.transliterated import is_transliterated
from dossier.text import name_key

VENUE_HEADS = ("스타디움", "컨벤션센터")
# the word right before a word at ``end``, a space between: "붕 " before "카르노"
_WORD_BEFORE = re.compile(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]+ $")
_WORD = re.compile(r"[\uac00-\ud7a3]+")
# words of a name spelt by sound before the head ("겔로라 붕 카르노")
MAX_SPELT_WORDS = 4
_LOOK_BACK = 40  # characters read before a name for the words spelt by sound


def as_venue(text: str, name: Named) -> Named:
    """``name`` as found, or filed as a place where it is a stadium or a convention
    centre, with the words spelling its name by sound before it."""
    word, kind, start, end = name
    if kind != "organizations" or not word.endswith(VENUE_HEADS):
        return name
    if _acting(text, end):  # "…컨벤션센터는 … 업무협약을 체결했다고 밝혔다"
        return name  # the body running it
    start = _spelt_start(text, start)
    return text[start:end], "cities", start, end


# the venue as the subject or topic, or a party ("…센터는", "…센터와"), of a sentence
# that signs, agrees, says or announces: the corporation running it, a body
_AS_PARTY = re.compile(r"(?:은|는|이|가|와|과|측은|측이|도)\s")
_ACTS = re.compile(
    r"협약|체결|서명|밝혔|발표|말했|전했|협력하|추진|개최했|MOU|양해각서"
)
_SENTENCE = 200  # characters of the sentence read after the venue


def _acting(text: str, end: int) -> bool:
    """The venue ending at ``end`` is a party to what its sentence tells it did."""
    if _AS_PARTY.match(text, end) is None:
        return False
    rest = text[end : end + _SENTENCE]
    stop = min(
        (i for i in (rest.find(". "), rest.find(".\n"), rest.find("\n")) if i >= 0),
        default=len(rest),
    )
    return _ACTS.search(rest, 0, stop + 1) is not None


def _spelt(word: str) -> bool:
    """A word spelling a foreign name by sound, no place or country of the list, with no
    particle on it: "카르노", "겔로라"; not "방콕", "자카르타의" (whose stadium it is)."""
    if stem(word) != word:
        return False
    if word in HANGUL_COUNTRIES or is_country(word) or is_listed_place(name_key(word)):
        return False
    return is_transliterated(word) or sounds_foreign(word)


def _spelt_start(text: str, start: int) -> int:
    """``start``, or where the words spelt by sound before the name's own first one open
    (itself spelt so), a space apart each; a word of one syllable only with a spelt word
    before it."""
    first = _WORD.match(text, start)
    if first is None or not _spelt(first.group()):
        return start
    opens = sure = start
    linked_only = True  # every word taken so far was joined by a word of one syllable
    for _ in range(MAX_SPELT_WORDS):
        before = _WORD_BEFORE.search(text, max(0, opens - _LOOK_BACK), opens)
        if before is None:
            break
        word = before.group()[:-1]
        if len(word) == 1:
            further = _WORD_BEFORE.search(
                text, max(0, before.start() - _LOOK_BACK), before.start()
            )
            if further is None or not _spelt(further.group()[:-1]):
                break
            opens = further.start()
            if linked_only:
                sure = opens
        elif _spelt(word):
            opens = before.start()
            linked_only = False
        else:
            break
    if (
        opens == sure
        or _placed(text, opens)
        and not _acts_elsewhere(text, start, opens)
    ):
        return opens
    return sure  # "블랙핑크 부킷잘릴 스타디움": a band or a club before it, unsure


def _placed(text: str, opens: int) -> bool:
    """The words at ``opens`` follow the place the venue is in ("쿠알라의 투안쿠 마르데카",
    "말레이시아 투안쿠 마르데카"): they are the venue's, not an act's in a headline."""
    before = _WORD_BEFORE.search(text, max(0, opens - _LOOK_BACK), opens)
    if before is None:
        return False
    word = before.group()[:-1]
    place = word[:-1] if word.endswith("의") else word
    return (
        place in HANGUL_COUNTRIES
        or is_country(place)
        or is_listed_place(name_key(place))
    )


def _acts_elsewhere(text: str, start: int, opens: int) -> bool:
    """A word taken before the venue's own is named with a particle elsewhere in the
    text ("블랙핑크는"): an act or a body, not the venue's."""
    return any(
        re.search(re.escape(word.group()) + "[은는이가을를와과도의]", text)
        for word in _WORD.finditer(text, opens, start)
    )
