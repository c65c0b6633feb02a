"""A Korean association named with its chair's title on it, after its chair's name:
"김흥수 베트남한인상공인연합회장" (the Korean Chamber in Vietnam, its chairman's title run on)."""

from __future__ import annotations

from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import (
    SURNAMES,
    adjacent,
    is_title,
    stem,
    words_of,
)

# "김흥수 베트남한인상공인연합회장", "박영수 대한노인회 베트남지회장": a person, then the
# association they chair, its 회 (association) and 장 (head) run together
_CHAIR = "회장"
MIN_CHAIRED = 5  # syllables with 장: "협회장", "한인회장" are any association's chair
# what an association's name ends in before its chair's 회장; not a company's ("삼성전자회장")
# nor a deputy's or an honorary chair's title ("한인회부회장", "명예회장")
_ASSOCIATIONS = words_of(
    "협 협의 연합 한인 노인 지 학 여성 상공 동문 향우 전우 체육 군인 참전자 종친 친목 후원 청년"
)
_CHAIR_TITLES = ("부", "명예", "수석", "상임", "공동")


def chaired_bodies(
    words: list[tuple[str, int, int]],
) -> Iterator[tuple[str, str, int, int]]:
    """(name, "organizations", start, end) of an association named with its chair's title
    on it, after its chair's name."""
    for i, (word, start, _) in enumerate(words):
        name = stem(word)
        own = name.removesuffix(_CHAIR)
        if (
            own == name
            or len(name) < MIN_CHAIRED
            or i == 0
            or not own.endswith(_ASSOCIATIONS)
            or own.endswith(_CHAIR_TITLES)
        ):
            continue
        first = i  # the body may take two words: "대한노인회 베트남지회장"
        if i >= 2 and words[i - 1][0].endswith("회") and adjacent(words, i - 1, i):
            first = i - 1
        person = (
            words[first - 1][0] if first and adjacent(words, first - 1, first) else ""
        )
        if 2 <= len(person) <= 4 and person[0] in SURNAMES and not is_title(person):
            words_before = " ".join(w for w, _, _ in words[first:i])
            body = f"{words_before} {own}회".strip()
            yield body, "organizations", words[first][1], start + len(own) + 1
