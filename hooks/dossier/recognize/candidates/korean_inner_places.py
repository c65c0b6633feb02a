"""The place a Korean body's name opens with: "대전창조경제혁신센터" (Daejeon's centre for
creative economy) names Daejeon, "인천상공회의소" Incheon, as the English side reads
"Daegu" in "Daegu Hanseong University"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dossier.places import is_listed_place
from dossier.text import name_key, words_of

Named = tuple[str, str, int, int]
PLACE_SYLLABLES = (4, 3, 2)  # "경상남도", "하노이", "대전": longest first
# places of two syllables that open a body's name as the place, not as a founder's pen
# name or a word ("아산정책연구원", "선전선동부", "순천향대학교"): Korea's metropolitan
# cities and largest others, and Vietnam's provinces and cities, whose Hangul spells no
# Korean word
_CITIES_OF_TWO = frozenset(
    words_of(
        "서울 부산 대구 인천 광주 대전 울산 세종 수원 창원 김해 포항 전주 청주 제주 "
        "다낭 하롱 할롱 나짱 냐짱 달랏 박닌 박장 꽝닌 꽝남 꽝찌 꽝빈 롱안 빈푹 남딘 흥옌 "
        "하띤 빈딘 푸옌 닥락 꼰뚬 럼동 까마우 속짱 벤째 짜빈 빈롱 푸토 옌바이 랑선 박깐 퀴논"
    )
)
MIN_REST = 2  # syllables of the body after the place ("센터", "공사")
# a bay, a beach named by the place: "하롱베이" is Hạ Long Bay, not the city it names
_NATURE = frozenset(("베이", "비치"))


def places_opening(names: Iterable[Named]) -> Iterator[Named]:
    """(place, "cities", start, end) for each body written as one word that a listed
    place opens."""
    for name, kind, start, _ in names:
        if kind not in ("organizations", "cities") or " " in name:  # "김해국제공항" too
            continue
        for size in PLACE_SYLLABLES:
            place = name[:size]
            if size == 2 and place not in _CITIES_OF_TWO:
                continue
            if name[size:] in _NATURE:
                break
            if len(name) - size >= MIN_REST and is_listed_place(name_key(place)):
                yield place, "cities", start, start + size
                break
