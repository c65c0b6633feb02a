"""A body named by common words alone, which the article's "the" before it defines.

"according to the General Statistics Office", "held at the National Convention Center",
"organized by the International Labour Organization": each word is one any such body may
be called ("National", "Statistics", "Office"), so alone they name nothing ("Joint
Committee"); but "the" in lower case before them, mid-sentence, says the article means
one body by them, as a country's possessive does ("Korea's National Police Agency").
Only heads that name an office are read so, not those that name a meeting of members
("the Joint Committee", "the Central Committee", "the Steering Council").
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier.recognize.tokens import Word

# the last word of the name: what kind of office it is
OFFICE_HEADS = frozenset(
    {
        "office",
        "agency",
        "administration",
        "organization",
        "organisation",
        "department",
        "bureau",
    }
)
_ARTICLE = "the "


def defined_by_article(text: str, at: int) -> bool:
    """Whether "the", in lower case, stands right before ``at`` ("… to the General …")."""
    return text[max(0, at - len(_ARTICLE) - 1) : at].endswith((" the ", "\tthe "))


def defined_body(run: Sequence[Word], defined: bool) -> bool:
    """Whether a run the article's "the" opens names one office: "the Foreign Investment
    Agency"."""
    return defined and run[0].start == 0 and run[-1].key in OFFICE_HEADS
