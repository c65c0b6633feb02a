"""Korean names in quotes that end in the noun of their kind: "‘칸호아-한국 투자촉진
컨퍼런스 2024’", "'한-베트남 해양협력약정'"; the quotes say where the name starts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_kinds import ABOUT, own_kind
from dossier.recognize.candidates.korean_topics import NOT_TOPIC, bare
from dossier.recognize.tokens import HANGUL

ABOUT_DAT = ABOUT | {"대한"}  # "…도입에 대한 업무협약"

# "‘칸호아-한국 투자촉진 컨퍼런스 2024’를", "‘2020 하노이 한·베 문화페어’에": a name in
# quotes that itself ends in its kind's noun (and maybe its year): the quotes say where it
# starts, however many words of topic it has
_QUOTED_WHOLE = re.compile(
    r"['‘\"“](?P<name>[^'‘’\"“”\n.!?]{2,40}?)(?:\s(?:19|20)\d\d)?['’\"”]"
)
MAX_QUOTED_WORDS = 6
# a verb's or an adjective's form before a noun ("성공적인", "추진할", "않는"; not "촉진")
_VERB_FORM = re.compile(r".(?:적인|는|던|할|될|된|한)$")
# what follows a quote of speech, not of a name: "“…”라고 말했다", "“…”였다고", "“…”이라는"
_QUOTATIVE = re.compile(r"\s?(?:이?라(?:고|며|는|면서|던)|였|이었|이다|이라|입니다)")


def quoted_whole_names(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, type, start, end) of the names in quotes that end in their kind's noun."""
    for match in _QUOTED_WHOLE.finditer(text):
        name = match["name"].strip()
        kind = own_kind(name)
        words = name.split()
        if not kind or not HANGUL.search(name) or len(words) > MAX_QUOTED_WORDS:
            continue
        if len(words) == 1 or words[0] in NOT_TOPIC:
            continue  # "‘협약’", "“이번 회의”": no topic says which
        # "…도입에 대한 업무협약": what it is about, its particle before "대한"
        about = {j for i, w in enumerate(words) if w in ABOUT_DAT for j in (i - 1, i)}
        spoken = text[match.start()] in '“"'  # Korean papers quote speech so
        if _QUOTATIVE.match(text, match.end()) or any(
            _foreign_to_names(w, spoken)
            for i, w in enumerate(words[:-1])
            if i not in about
        ):
            continue  # speech: "“매우 성공적인 회의”였다고", "“사람 중심의 정책”을"
        whole = text[match.start("name") : match.end() - 1].strip()  # with its year
        yield whole, kind, match.start("name"), match.start("name") + len(whole)


def _foreign_to_names(word: str, spoken: bool) -> bool:
    """A word no quoted name holds: a verb's form in speech ("“… 추진할 핵심 사업”"; in
    single quotes, a programme's own: "‘찾아가는 수출 상담회’"), a word with its particle
    ("중심의"; not 가 or 이, which end nouns: "‘한-베 전문가 포럼’")."""
    if _VERB_FORM.search(word):
        return spoken
    return not (bare(word) or word[-1] in "가이")
