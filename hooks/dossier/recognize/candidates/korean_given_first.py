"""A Korean's name written given name first, as English-language papers often write it:
"Hyun Jin Park", "Yongdeuk Lee", "Seon Choi"."""

from __future__ import annotations

import re

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.text import fold, strip_marks

# A Korean syllable as romanized: "Hyun", "Jin", "Seung", "Gwi", "Young", "Deuk"
_KOREAN_SYLLABLE = (
    r"(?:ch|kk|tt|pp|ss|jj|[bcdghjkmnprstwy])?"
    r"(?:yeo|yae|wae|eo|eu|ae|oe|ui|wa|wo|we|wi|ya|yo|yu|ye|oo|ee|ou|[aeiou])"
    r"(?:ng|[nmklpt])?"
)
KOREAN_GIVEN = re.compile(rf"{_KOREAN_SYLLABLE}(?:-?{_KOREAN_SYLLABLE})?")
MAX_GIVEN_WORDS = 2


# what romanized Korean writes and Vietnamese does not: "Seon", "Deuk", "Young", "Jae"
_KOREAN_ONLY = re.compile(r"eo|eu|ae|oo|ee|ou|yu|wo|[jzw]")


def given_then_surname(name: str, lex: Lexicon, vietnamese: bool = False) -> bool:
    """A Korean's name written given name first: one or two words of Korean syllables,
    then a Korean surname ("Hyun Jin Park", "Yongdeuk Lee", "Seon Choi"). Where the name
    is ``vietnamese`` in shape too ("Dong Son"), a syllable only Korean spells must show."""
    words = name.split()
    if not 2 <= len(words) <= MAX_GIVEN_WORDS + 1:
        return False
    keys = [fold(w) for w in words]
    return (
        keys[-1] in lex.korean_surnames
        and keys[0] not in lex.surnames
        and all(w[:1].isupper() for w in words)
        and name == strip_marks(name)  # "Tiếng Hàn", "Đông Nam": Vietnamese words
        and all(KOREAN_GIVEN.fullmatch(k) for k in keys[:-1])
        # "Dong Son", "Tan An": Vietnamese syllables too, unless Korean's own show
        and (not vietnamese or any(_KOREAN_ONLY.search(k) for k in keys[:-1]))
    )
