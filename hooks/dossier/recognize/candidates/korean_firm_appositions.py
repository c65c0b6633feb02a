"""A firm Korean names right after the word for what it is: "김치업체인 킴앤킴" (a kimchi
maker, Kim & Kim), "냉동식품업체 까우제", "베이커리 브랜드 뚜레쥬르", "물류기업 제마뎁을".
The word before says a firm follows, and the name is a word the model of Korean does
not know or knows as a proper noun ("뚜레쥬르"); the common nouns that follow such a word
as often ("업체 관계자", "기업 대표", "브랜드 가치") name none, nor does a person with a
title after ("유통 기업 레반홍 대표": the firm's head, Lê Văn Hồng), nor a Korean's name
("벤처기업인 김도현이": a businessman; "구호단체 활동가인 이수진"). A firm's letters with
Hangul run on ("전문기업 CJ프레시웨이도") are read as firms elsewhere; here they would take
letters and a common noun for one ("화장품 업체 K뷰티 열풍", "국내 기업 AI기술 도입").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_bodies import BODY_HEADS
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    SURNAMES,
    Named,
    is_person_title,
    stem,
)
from dossier.recognize.candidates.lexicon import name_key
from dossier.recognize.candidates.morphemes import reads_as_proper
from dossier.recognize.candidates.sounded_words import sounds_foreign
from dossier.recognize.candidates.vietnamese_in_hangul import glued_vietnamese_name
from dossier.text import words_of

# a maker, a firm, a brand, a company; with 인 ("업체인": that is a maker) after all but
# 기업, whose "기업인" is a businessman
# or after an aid group, an outlet, a platform ("구호단체 …", "경제매체 …", "플랫폼 ‘…’"),
# or "…기업인" where a field is written onto it ("만화기업인 …": that is a comics firm);
# or a company by its trade said to be one, "…사인" ("협력사인 …": a supplier, "항공사인
# …": an airline, "최대 여행사 …": the biggest; a bare "여행사 모객이", "해운사 벌크선이" is
# the trade's jargon, which the model of Korean reads as it reads a name: no firm), a
# local subsidiary by its known forms ("현지법인 ‘…’", "사단법인 …"; not "수법인",
# "방법인": that is a trick, a way);
# not "설계사", also a person's trade ("보험설계사 …"); an act after its group's noun is a
# stage name's (korean_stage_names.py: "걸그룹 팬덤" is the fans)
_TRADES = "(?:협력|여행|항공|제작|배급|건설|운송|해운|보험|증권|카드|자회|계열|유통|투자|운용|시공)"
_APPOSED = re.compile(
    rf"(?:(?:업체|브랜드|회사|단체|매체|플랫폼)인?|(?P<trade>(?<=최대 |대형 ){_TRADES}사인?"
    rf"|{_TRADES}사인|(?:현지|해외|사단|재단) ?법인인?)|기업|(?<=[가-힣]{{2}})기업인)"
    r" [‘'\"“]?"
    r"(?P<name>(?P<letters>[A-Za-z][A-Za-z0-9&]{0,5})?[가-힣]{2,8})(?![A-Za-z0-9])"
)
_SPACE_AFTER = re.compile(r" [가-힣]")
MIN_OWN = 2  # syllables of the Hangul a firm's name has after its letters
# "식품기업 베트남서 사업확장": where the firms are ("베트남서": in Vietnam), no firm
_COUNTRIES = tuple(HANGUL_COUNTRIES)
_NEXT_WORD = re.compile(r"\s+([가-힣]+)")  # the word after the name, a title maybe
# The syllables Koreans' given names are made of ("도현", "서준", "수진", "하린"); a firm's
# name spelt by sound has others ("마뎁", Gemadept; "비코"), or none of its own
# (리, 라, 로, 마, 사, 오, 이, 비: as common in foreign words as in names, left out)
_GIVEN_SYLLABLES = frozenset(
    words_of(
        "가 각 간 갑 강 건 걸 겸 경 계 고 곤 공 관 광 교 구 국 규 균 근 금 기 길"
        " 나 남 녀 노 다 단 담 대 덕 도 돈 동 두 득 란 람 래 량 련 렬 령 록 룡 률 린"
        " 만 명 목 무 문 미 민 배 백 범 병 보 복 봉 빈 산 상 서 석 선 설 섭 성 세"
        " 소 솔 송 수 숙 순 슬 승 시 식 신 실 심 아 안 애 양 언 연 열 엽 영 예 옥"
        " 온 완 용 우 욱 운 웅 원 월 위 유 윤 율 은 을 의 익 인 일 자 재 전 정 제"
        " 조 종 주 준 중 지 진 찬 창 채 천 철 청 초 춘 충 태 택 필 하 학 한 해 향"
        " 헌 혁 현 형 혜 호 홍 화 환 효 후 훈 휘 희"
        " 결 늘 름 별 봄 빛 새 샘 솜"  # native words: 하늘, 아름, 한별, 다솜, 새봄
    )
)
KOREAN_NAME = 3  # syllables: a surname and a given name of two


def apposed_firms(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each firm named right after the word for
    its kind."""
    for match in _APPOSED.finditer(text):
        start = match.start("name")
        name = stem(match["name"])
        own = name[len(match["letters"] or "") :]
        if len(own) < MIN_OWN or is_person_title(own):
            continue
        # (nor a place: "광역자치단체인 경기도", whose 도 reads as the particle "too")
        whole = match["name"]
        if own.startswith(_COUNTRIES) or any(
            is_listed_place(name_key(n)) for n in (name, whole)
        ):
            continue
        if _runs_on(text, match.end("name")):
            continue  # "투자기업인 베카맥스 그룹": the group's name, found whole elsewhere
        if (
            match["trade"]
            and name == match["name"]
            and _SPACE_AFTER.match(text, match.end())
        ):
            # "제작사인 창풍 필름과": a name of two words, its particle on the second; a
            # trade's word is followed by the firm's whole name, its particle on it
            continue
        if _a_person(own, text, match.end("name")):
            continue
        if match["letters"]:
            continue  # read as firms elsewhere; "K뷰티", "AI기술": letters and a noun
        if sounds_foreign(name) or reads_as_proper(name):
            yield name, "organizations", start, start + len(name)


def _runs_on(text: str, end: int) -> bool:
    """The name goes on in the next word, the noun for a body's kind ("… 그룹")."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and stem(after[1]) in BODY_HEADS


def _a_person(own: str, text: str, end: int) -> bool:
    """The name read as a person's: a Korean's ("김도현", "이수진씨"), a Vietnamese name
    glued together, or any with a person's title after it ("… 대표가": the firm's
    head)."""
    after = _NEXT_WORD.match(text, end)
    return (
        korean_name(own.removesuffix("씨"))
        or glued_vietnamese_name(own)
        or (after is not None and is_person_title(stem(after[1])))
    )


def korean_name(word: str) -> bool:
    """A surname, then a given name of two syllables Koreans' names are made of:
    "김도현", "박서준"; not a firm spelt by sound ("제마뎁", "모비코")."""
    return (
        len(word) == KOREAN_NAME
        and word[0] in SURNAMES
        and all(syllable in _GIVEN_SYLLABLES for syllable in word[1:])
    )
