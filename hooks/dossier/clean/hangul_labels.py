"""A line in Hangul alone on a page whose story is in Latin script: a label of the page
(a Korean site's menu, its buttons), never story text. The one that signs and dates the
post ("김은정 / 2021-10-12 15:23:01": the writer's name in Hangul, a slash or a bar, then
the day and perhaps its time) still dates the page; its name is not read as the writer,
whom the story's own byline names in letters ("By Kim Eun-jung")."""

from __future__ import annotations

import re

from dossier.clean.dates import find_date
from dossier.text import words_of

REASON = "page label in Hangul (the story is in Latin script)"
# the name (perhaps "기자", reporter, after it), the mark between, the numeric date and
# perhaps its time: the line is only that
_SIGNED_DATE = re.compile(
    r"(?P<name>[가-힣]{2,4})(?:\s?(?:기자|특파원))?\s*[/|·]\s*"
    r"(?P<date>(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2})(?:\s+\d{1,2}:\d\d(?::\d\d)?)?"
)


# the commonest Korean surnames: a person signs the label, not a photo's or a source's
# credit ("자료사진 / 2015-03-01", "연합뉴스 / …", "출처 | …")
_SURNAMES = frozenset(
    words_of(
        "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 "
        "백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 "
        "여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 "
        "은 편 용 예 경 봉 사 부 황보 남궁 제갈 선우 독고"
    )
)
# words that open such a credit and are no name, though a surname's syllable opens them
_CREDIT_WORDS = words_of("사진 자료 출처 제공 연합 뉴시스 뉴스 기사 행사")


def label_date(text: str) -> str | None:
    """The day a signed and dated label states ("김은정 / 2021-10-12 15:23:01"), else
    None: the name a Korean surname and a given name, no credit's word."""
    signed = _SIGNED_DATE.fullmatch(text.strip())
    if not signed or not _is_name(signed["name"]):
        return None
    return find_date(signed["date"])


def _is_name(name: str) -> bool:
    return (
        2 <= len(name) <= 4
        and (name[0] in _SURNAMES or name[:2] in _SURNAMES)
        and not any(word in name for word in _CREDIT_WORDS)
    )
