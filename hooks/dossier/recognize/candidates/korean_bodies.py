"""Korean bodies by their head noun: "부산항만공사", "국방부", "다낭시 인민위원회",
"하노이 교육청", "닥락성 한국어 교육센터". A ministry's or an agency's short name needs the
place that has it before it; a body of a common kind takes the place or topic before it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_body_kinds import body_kind
from dossier.recognize.candidates.korean_delegations import (
    DELEGATION,
    named_delegation,
)
from dossier.recognize.candidates.korean_exchanges import (
    EXCHANGE,
    named_exchange,
    placed_exchange,
)
from dossier.recognize.candidates.korean_localities import REGIONS, names_a_place
from dossier.recognize.candidates.korean_missions import (
    CULTURAL_CENTRE,
    MISSIONS,
    is_seat,
    resident_opening,
    seat_before,
)
from dossier.recognize.candidates.korean_placed_associations import placed_association
from dossier.recognize.candidates.korean_spaced_kinds import (
    COUNCIL,
    kind_opening,
    lone_kind,
    numbered_start,
)
from dossier.recognize.candidates.korean_topics import joined_country, topic_start
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    adjacent,
    is_title,
    own_stem,
    particle_fits,
    person_shaped,
    stem,
    words_of,
)
from dossier.recognize.candidates.lexicon import name_key

_BODIES = words_of(
    "공사 공단 협회 재단 위원회 은행 대학교 대학 연구원 연구소 센터 그룹 전자 "
    "건설 물산 상사 진흥원 병원 공항 항공 통신 증권 보험 화학 중공업 자동차 로지스틱스 "
    "외교부 부처 협의회 연합회 학교 해운 상선 제약 식품 에너지 마트 푸드 로지스 텍 테크 "
    "대사관 영사관 총영사관 요양원 소방서 경찰서 세무서 사무소 표준원 개발원 평가원 "
    "교육원 정보원 관리원 협력단 회의소 중앙회 연맹 협동조합 의료원 미술관 박물관 과학원 "
    "관리단 공동체 세관 지법 기술원 유나이티드 산업단지 공업단지"
)
# A company's or an institute's head noun that a common noun may end in too: a name needs
# two syllables or more before it ("삼성전기", "세종학당", "콩카페"; not "정전기")
_NAMED_BODIES = words_of(
    "캐피탈 금융그룹 전기 디스플레이 반도체 테크놀로지 솔루션 클리닉 치과 피부과 "
    "성형외과 한의원 호텔 리조트 물류 엔터테인먼트 컬처웍스 카페 학당 무역관 문화원 농원 조선 "
    "교회 의회 부대 종친회 전우회 향우회 동문회 참전자회 재향군인회 노총 고아원 유치원 봉사단 "
    "생명 제철 비나 홀딩스 벤처스 파트너스 인더스트리 시스템즈 유업 의사회 한인회 학회 "
    "제강 예술단 합창단 공연단 무용단 악단 주식회사 도서관 교육관 기념관 진료단 협력체 "
    "스타디움 아트홀 농협 수협 축협 테크노파크 마이크론 케미칼 섬유 원자력 임플란트 "
    "교구 성당 교민회 인회 교류단"  # "부산교구", "남지성당", "베트남교민회", "베트남인회"
)
# associations and troupes a city or a province has one of, named by it alone
_ASSOCIATIONS_OF_A_PLACE = frozenset(
    words_of(
        "재향군인회 전우회 참전자회 향우회 동문회 종친회 한인회 의사회 노총 봉사단 "
        "예술단 합창단 공연단 무용단 악단"
    )
)
# "전투부대" (a combat unit), "파병부대", "해외봉사단", "산골유치원": what kind of unit,
# corps or school, not which
_KINDS_OF_UNIT = frozenset(
    words_of(
        "전투 비전투 파병 주둔 지원 건설 의료 공병 해병 특수 예비 보병 기갑 군 "
        "해외 국제 자원 청년 대학생 산골 공립 사립 국공립 농촌 어린이 민간 소년소녀 청소년 "
        "관현 교향 시립교향 혼성 축하 전통 민속 시립 우호 공공 작은 구립 군립 마을 학교 "
        "전자 디지털 메인 소규모 다자 민관 한방 평생 안전체험 자녀 지역경제 해외의료 "
        # "지역농협", "단위농협" (a local co-op), "식이섬유", "탄소섬유" (a fibre),
        # "치과임플란트" (an implant): a kind of one, not which
        "지역 단위 회원 식이 탄소 합성 천연 화학 유리 재생 기능성 치과 인공"
    )
)
# Koreans' association abroad, unnamed by the Koreans alone ("한인교민회"); not a foreign
# people's in Korea, which the truths mark ("베트남교민회")
_PEOPLES, _A_PEOPLE = ("교민회", "인회"), frozenset(("한인", "한국", "교포", "동포"))
# A ministry (…부), a bureau (…국), an agency (…청, …처): names only after the place
# that has them ("베트남 보건부", "다낭시 교통국"), since many common nouns end so too
_PLACED_BODIES = words_of("부 국 청 처")
# A ministry (…부), an agency (…청, …처); "…국" ends "공화국" (republic) and "왕국" too
_MINISTRY_ENDS = ("부", "청", "처")
# A state's institutions, named by a common noun: "베트남 국회 의장" is the Assembly's chair
_INSTITUTIONS = frozenset(
    words_of("국회 정부 의회 내각 법원 검찰 경찰 군 공화국 왕국 연방 공산당")
)
# Regions, parts and common nouns that end as a ministry or a bureau does
_NOT_PLACED = re.compile(
    r"^(?:중|북|남|동|서|중남|동남|서남|동북|서북|중북)부$|정부$|"
    r"^(?:일|내|외|전|본|지|간|세|상|하)부$|^(?:전|결|당|약)국$|[시구군]청$"
)
# (not "앞으로도": an adverb with its particle ends as a province does)
_PLACE_WORD = re.compile(
    r"^(?![\uac00-\ud7a3]*(?:로|에|서)도$)[\uac00-\ud7a3]{2,}(?:시|도|군|구|성)$"
)
# words that open the name of one of many like bodies: "한국교육원", "종합병원", "시립박물관"
_BRANCH_WORDS = (
    *words_of(
        "인민 국민 중앙 지방 국가 정부 종합 국립 시립 도립 영재 한국 한인 전시 교육"
        # the unions every province has one of: "하이퐁 여성연맹", "빈증 청년연맹"
        " 여성 청년 농민 노동"
    ),
    "컨벤션",
)
# A body's head with nothing before it that names which: "인민위원회" needs its city.
_GENERIC = frozenset(words_of("인민 국민 중앙 지방 국가 정부 운영 조직 집행 상임 국제"))
# A ministry (…부, four syllables or more) or an agency (…청) needs no place before it
_MINISTRY = re.compile(r"^[\uac00-\ud7a3]{3,}부$|^[\uac00-\ud7a3]{2,}청$")
# (a delegation is read here alone: "경주시 교류단" is any)
BODY_HEADS = frozenset(_BODIES) | (frozenset(_NAMED_BODIES) - {DELEGATION})
# bodies a topic before them may name ("동나이 콜드체인 센터"), unlike an industry's word
# ("스마트시티 건설" is building one)
_TOPIC_HEADS = frozenset(
    words_of(
        "센터 병원 공항 그룹 협회 공단 박물관 미술관 학교 재단 연구소 연구원 위원회 "
        "한인회 유나이티드"
    )
)
# what a centre or a hospital does, which names none of them: "교육센터", "종합병원"
_COMMON_OWN = frozenset(
    words_of("교육 종합 종합의료 의료 문화 지원 연구 직업훈련 컨벤션 전시컨벤션")
)


def is_body(word: str) -> bool:
    """A ministry, an agency or a body by its head noun: "국방부", "부산항만공사"."""
    return (
        bool(_MINISTRY.match(word))
        or word in _INSTITUTIONS
        or (len(word) >= 3 and word.endswith(_MINISTRY_ENDS))
        or any(word.endswith(b) and len(word) > len(b) for b in _BODIES)
    )


def _titled(words: list[tuple[str, int, int]], i: int) -> bool:
    """The word after word ``i`` is a title."""
    return (
        i + 1 < len(words)
        and adjacent(words, i, i + 1)
        and is_title(stem(words[i + 1][0]))
    )


def bodies(
    text: str, words: list[tuple[str, int, int]]
) -> Iterator[tuple[str, str, int, int]]:
    """(name, "organizations", start, end) of the bodies named by their head noun,
    with the place before them where it says whose they are."""
    for i, (word, start, end) in enumerate(words):
        name = stem(word)
        before = words[i - 1][0] if i and adjacent(words, i - 1, i) else ""
        # "호찌민시 재향군인회": an association or a troupe, named by the city or the
        # province before it (not "광주시·시의회", the city and its council)
        placed_kind = text[start - 1 : start] == " " and is_place_with_kind(before)
        # (not "박삼구 금호아시아나그룹 회장": a name ending as a district does, its title after)
        person = person_shaped(before) and _titled(words, i)
        where = before in HANGUL_COUNTRIES or (
            bool(_PLACE_WORD.match(before)) and not person
        )
        # "주호치민 총영사관", "호치민 총영사관", "주한베트남 대사관": a mission, after where it
        # is stationed
        where = where or (name.endswith(MISSIONS) and is_seat(before))
        # (each list asked whole first: most words end in none of its heads)
        head = None
        if name.endswith(_BODIES):
            head = next(b for b in _BODIES if name.endswith(b))
        if head is None and name.endswith(EXCHANGE):
            head = EXCHANGE  # (no head the other readers share: "서울 거래소" is none)
        if head is None and name.endswith(_NAMED_BODIES):
            head = next(
                (
                    b
                    for b in _NAMED_BODIES
                    if name.endswith(b)
                    and (
                        len(name) >= len(b) + 2
                        or (placed_kind and name == b and b in _ASSOCIATIONS_OF_A_PLACE)
                    )
                    and (
                        named_delegation(name[: -len(b)], placed_kind, before)
                        if b == DELEGATION
                        else name[: -len(b)] not in _KINDS_OF_UNIT
                    )
                ),
                None,
            )
        if head is None:  # "다낭한인여성회", "베트남참전회"
            head = placed_association(word, name, text[end : end + 1])
        if head is None and name == CULTURAL_CENTRE and before in HANGUL_COUNTRIES:
            head = name
        if name == COUNCIL and (placed_kind or _PLACE_WORD.match(before)):
            head = name  # "응에안성 의회"; not "베트남 의회", the country's assembly
        # (not a country's name: "한국", "중국" end as a bureau's …국 does)
        placed = next((b for b in _PLACED_BODIES if name.endswith(b)), None)
        placed = None if name in HANGUL_COUNTRIES else placed
        ministry = _MINISTRY.match(name) and not _NOT_PLACED.search(name)
        # "국방부 차관": a short ministry's name before the title of one who serves in it
        ministry = (
            ministry
            or (name.endswith(_MINISTRY_ENDS) and len(name) >= 3 and _titled(words, i))
            and not _NOT_PLACED.search(name)
        )
        # "하노이 교육청", "껀터 종합병원", "하노이 한국교육원": a listed city before a body
        # its own words do not tell apart (an agency, or a common kind) says whose it is
        own = name[: -len(head)] if head else ""
        placed_people = before in REGIONS or names_a_place(before)  # "충남 베트남인회"
        if head in _PEOPLES and own in _A_PEOPLE and not placed_people:
            continue  # "한인교민회": the Koreans' association of anywhere, unnamed
        where = where or (
            is_listed_place(name_key(before))
            and (ministry or own.startswith(_BRANCH_WORDS))
        )
        if (
            head is None
            and not ministry
            and not (placed and where and not _NOT_PLACED.search(name))
        ):
            continue
        # "닥락성 한국어 교육센터", "동나이 콜드체인 센터": a place opening its topic
        topical = head in _TOPIC_HEADS and (not own or own in _COMMON_OWN)
        first = topic_start(words, i) if topical else i
        topic = first < i and not where and names_a_place(words[first][0])
        if head is not None and len(name) <= len(head) and not where and not topic:
            continue  # "외교부" alone; "한국 외교부" names whose it is
        if head == EXCHANGE:
            # "하노이 증권거래소", "한국거래소"; not "증권거래소", "서울 거래소", "금거래소"
            where = placed_exchange(own, before)
            if not where and not named_exchange(own):
                continue
        end = start + len(name)
        if name.endswith(MISSIONS) and (seat := seat_before(words, i)) is not None:
            start = words[seat][1]  # "베트남 주재 한국대사관": stationed in Vietnam
            yield text[start:end], "organizations", start, end
            continue
        if where or (head and name[: -len(head)] in _GENERIC):
            if not before or lone_kind(words, i - 1):
                continue  # "성 인민위원회" alone: any province's
            # "서울시 교통정보센터", "다낭시 인민위원회", "4군 인민위원회"
            start = numbered_start(text, words[i - 1][1])
            name = f"{text[start : words[i - 1][1]]}{before} {name}"
            if (first := _opening(words, i - 1)) < i - 1:
                start = words[first][1]  # "한-베트남 …위원회", "주한 베트남 대사관"
                name = text[start:end]
        elif topic:
            start = words[first][1]
            name = " ".join(w for w, _, _ in words[first:i]) + f" {name}"
        if name.startswith("베") and text[max(0, start - 2) : start] in _KOREA_AND:
            # "한·베문화교류협회", "한-베교육원": Korea and Vietnam, both the body's
            start -= len("한·")
            name = text[start:end]
        yield name, body_kind(name, head), start, end


# "한·", "한-": Korea, joined by a sign to the 베 (Vietnam) a body's name opens with
_KOREA_AND = frozenset(("한·", "한-", "한•", "한ㆍ"))


def _opening(words: list[tuple[str, int, int]], first: int) -> int:
    """``first``, or an earlier word where the name opens: where a mission is stationed
    ("주한 베트남", "주 베트남 한국"), or the other of two countries joined by a sign
    ("한-베트남")."""
    if (place := kind_opening(words, first)) is not None:
        # "카인호아 성 인민위원회": the province's name, then its kind's word
        return place
    opening = resident_opening(words, first)
    return opening if opening < first else joined_country(words, first)


# Korea's groups, whose names open their companies' ("롯데시네마", "하이트진로", "한화에너지");
# not "현대" (modern: "현대미술"), "대우" (treatment) or "진로" (career), common words too
GROUPS = words_of(
    "롯데 하이트 한화 두산 포스코 효성 신세계 이마트 아모레 코오롱 금호 한진 오리온 농심 "
    "빙그레 삼성 대한항공 아시아나"
)
# groups, bodies and ministries the news names alone ("삼성이 투자했다"), by a name no
# common word shares (not "한화", also the Korean won, nor "신세계", "오리온", "빙그레", "금호",
# "농심" (farmers' hearts), "카카오" (cacao), "효성" (filial devotion), "오뚜기" (a toy))
_NAMED_ALONE = words_of(
    "삼성 롯데 두산 포스코 이마트 코오롱 한진 대한항공 아시아나 코이카 "
    "코트라 코참 네이버 쿠팡 아모레퍼시픽 빈그룹 빈패스트 빈홈즈 "
    "비엣텔 비나밀크 비엣젯 구글 청와대 "
    # the international bodies and Korea's Buddhist orders the news names alone ("아세안과
    # 유엔에서", "조계종과 천태종")
    "아세안 유엔 유네스코 유니세프 세계은행 세계보건기구 세계무역기구 국제통화기금 "
    "아시아개발은행 경제협력개발기구 국제노동기구 국제올림픽위원회 국제축구연맹 아시아축구연맹 "
    "조계종 천태종 태고종 진각종 "
    # Korea's ministries, which the news names alone ("외교부는 밝혔다")
    "외교부 통일부 국방부 법무부 교육부 환경부 기획재정부 행정안전부 보건복지부 고용노동부 "
    "국토교통부 해양수산부 여성가족부 산업통상자원부 문화체육관광부 농림축산식품부 "
    "과학기술정보통신부 중소벤처기업부"
)
# "국립국악원", "국립국제교육원", "국립해양박물관": a national institution, by its kind; not
# "국립공원", "국립대학", any national park or university
_NATIONAL_KINDS = (
    "원",
    "박물관",
    "미술관",
    "극장",
    "연구소",
    "병원",
    "대학교",
    "도서관",
)
MIN_NATIONAL_OWN = 2  # syllables between "국립" and the kind: "국악" in "국립국악원"


def _national_body(name: str) -> bool:
    kind = next((k for k in _NATIONAL_KINDS if name.endswith(k)), None)
    return (
        name.startswith("국립")
        and kind is not None
        and len(name) - len("국립") - len(kind) >= MIN_NATIONAL_OWN
    )


# "한화가치", "한화환산": the Korean won's value, no company
_NOT_COMPANIES = ("한화가치", "한화환산", "한화기준", "한화표시")
# capitals written onto a word, then its particle if any: "SDI" of "삼성SDI는", "…에서"
_LETTERS_ON = re.compile(r"[A-Z][A-Z0-9&]{1,5}(?![A-Za-z0-9&\-])(?P<after>[가-힣]*)")
# the groups' firms by letters ("삼성SDI", "롯데GRS", "포스코DX", "효성TNC"); other letters
# on a group's name are its goods or its schemes ("삼성QLED", "삼성HBM", "롯데VIP"): no firm
_AFFILIATES = frozenset(
    ("SDI", "SDS", "GRS", "DX", "ICT", "TNC", "L&C", "E&A", "C&C", "ENM", "INC")
)
# a district, a station, a street named after one: "삼성동", "삼성역"
_NOT_COMPANY_ENDS = ("동", "역", "길")


def _country_before(words: list[tuple[str, int, int]], index: int, text: str) -> int:
    """Where the country's name right before word ``index`` opens, a space apart, else
    where the word itself does."""
    start = words[index][1]
    if index and text[start - 1 : start] == " " and words[index - 1][2] == start - 1:
        country, at, _ = words[index - 1]
        if country in HANGUL_COUNTRIES:
            return at
    return start


def _lettered_firm(text: str, group: str, end: int) -> re.Match[str] | None:
    """The letters of a group's firm written onto ``group``'s name at ``end`` ("SDI" of
    "삼성SDI에서"), its particle after them if any; else None."""
    letters = _LETTERS_ON.match(text, end)
    if letters is None or text[end : letters.start("after")] not in _AFFILIATES:
        return None
    name = group + text[end : letters.start("after")]
    return letters if stem(name + letters["after"]) == name else None


def group_companies(
    words: list[tuple[str, int, int]], text: str
) -> Iterator[tuple[str, str, int, int]]:
    """(name, "organizations", start, end) of the words a Korean group's name opens, and
    of the groups and bodies named alone."""
    for index, (word, start, end) in enumerate(words):
        letters = _lettered_firm(text, word, end) if word in GROUPS else None
        if letters:
            # "삼성SDI", "삼성SDS는": a group's firm, its letters written onto its name
            close = letters.start("after")
            yield text[start:close], "organizations", start, close
            continue
        name = stem(word)
        if _national_body(name) and particle_fits(name, word[len(name) :]):
            # "한국 국립외교원": the country whose it is opens the name
            at = _country_before(words, index, text)
            end = start + len(name)
            yield text[at:end], "organizations", at, end
            continue
        if name in _NAMED_ALONE and particle_fits(name, word[len(name) :]):
            # "한국 외교부": the body with its country is found whole, elsewhere
            if not (index and words[index - 1][0] in HANGUL_COUNTRIES):
                yield name, "organizations", start, start + len(name)
            continue
        group = next((g for g in GROUPS if word.startswith(g)), None)
        if group is None:
            continue
        name = own_stem(
            word
        )  # "삼성디스플레이", "하이트진로": the name's own last syllable
        if (
            len(name) > len(group) + (name[-1] in "이로")  # "삼성이": Samsung, subject
            and not name.endswith(_NOT_COMPANY_ENDS)
            and not name.startswith(_NOT_COMPANIES)
            and not is_title(name)  # "삼성탑치과원장": its director
        ):
            yield name, "organizations", start, start + len(name)
