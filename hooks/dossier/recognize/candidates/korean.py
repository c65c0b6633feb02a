"""Names in Korean text, which has no capitals to mark them.

Korean sets a name off by what follows it, so these are read from that:

- a person's name is a short word starting with a surname, before a title ("송재혁
  부산항만공사 사장": the president of the port authority), with the body they lead between;
  a Vietnamese name is a Vietnamese surname and short words before a title ("팜 반 득
  부위원장");
- a body's name ends in the noun that says what it is ("…항만공사", "…협회", "…대학교"), and
  takes the place that has it ("서울시 교통정보센터", "베트남 보건부"); a ministry or an agency
  ends in 부 or 청 ("여성가족부", "농촌진흥청");
- a city stands before 시 ("다낭시", "다낭시청": Đà Nẵng), a province after the country
  ("베트남 꽝닌성");
- a foreign name is given with its own spelling in brackets ("응우옌 반 꽝(Nguyen Van
  Quang)"), and is of the kind that spelling is.

A particle after a word ("부산항만공사가", "다낭에") is not part of the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_kinds import kind_named
from dossier.recognize.candidates.korean_words import (
    MAX_NAME_SYLLABLES,
    SHORT_PROVINCE,
    SURNAMES,
    WORD,
    Named,
    adjacent,
    glued_name,
    is_person_title,
    is_title,
    listed_names,
    name_after_title,
    seated_places,
    stem,
    words_of,
)
from dossier.recognize.candidates.lexicon import (
    is_place,
    is_place_with_kind,
    lexicon,
    name_key,
)
from dossier.recognize.candidates.morphemes import (
    is_noun_phrase,
    is_person_name,
    is_proper_noun,
    listed_with,
)
from dossier.recognize.candidates.transliterated import (
    PROVINCE,
    VIETNAMESE_SURNAMES,
    transliterated_names,
    vietnamese_people,
    vietnamese_provinces,
)
from dossier.recognize.tokens import HANGUL
from dossier.recognize.variants import country_keys
from dossier.text import joined_key

_BODIES = words_of(
    "공사 공단 협회 재단 위원회 은행 대학교 대학 연구원 연구소 센터 그룹 전자 "
    "건설 물산 상사 진흥원 병원 공항 항공 통신 증권 보험 화학 중공업 자동차 로지스틱스 "
    "외교부 부처 협의회 연합회 학교 해운 상선 제약 식품 에너지 마트 푸드 로지스 텍 테크 "
    "대사관 영사관 총영사관 요양원 소방서 경찰서 세무서 사무소 표준원 개발원 평가원 "
    "교육원 정보원 관리원 협력단 회의소 중앙회 연맹 협동조합 의료원 미술관 박물관 과학원 "
    "관리단 공동체 세관 지법"
)
# A company's or an institute's head noun that a common noun may end in too: a name needs
# two syllables or more before it ("삼성전기", "세종학당", "콩카페"; not "정전기")
_NAMED_BODIES = words_of(
    "캐피탈 금융그룹 전기 디스플레이 반도체 테크놀로지 솔루션 클리닉 치과 피부과 "
    "성형외과 한의원 호텔 리조트 물류 엔터테인먼트 컬처웍스 카페 학당 무역관 문화원 농원 조선 "
    "교회 의회 부대 종친회 전우회 향우회 동문회 참전자회 재향군인회 노총"
)
# "전투부대" (a combat unit), "파병부대": what kind of unit, not which
_KINDS_OF_UNIT = frozenset(
    words_of("전투 비전투 파병 주둔 지원 건설 의료 공병 해병 특수 예비 보병 기갑 군")
)
# A ministry (…부), a bureau (…국), an agency (…청, …처): names only after the place
# that has them ("베트남 보건부", "다낭시 교통국"), since many common nouns end so too
_PLACED_BODIES = words_of("부 국 청 처")
# Regions, parts and common nouns that end as a ministry or a bureau does
# A ministry (…부), an agency (…청, …처); "…국" ends "공화국" (republic) and "왕국" too
_MINISTRY_ENDS = ("부", "청", "처")
# A state's institutions, named by a common noun: "베트남 국회 의장" is the Assembly's chair
_INSTITUTIONS = frozenset(
    words_of("국회 정부 의회 내각 법원 검찰 경찰 군 공화국 왕국 연방")
)
_NOT_PLACED = re.compile(
    r"^(?:중|북|남|동|서|중남|동남|서남|동북|서북|중북)부$|정부$|"
    r"^(?:일|내|외|전|본|지|간|세|상|하)부$|^(?:전|결|당|약)국$|[시구군]청$"
)
# The countries' Hangul names in countries.yml: "베트남", "대한민국", "캄보디아"
_COUNTRIES = frozenset(key for key in country_keys() if HANGUL.search(key))
# "주한 대사", "주베트남 대사": resident in Korea, in Viet Nam (not a name)
_POSTED_IN = _COUNTRIES | {"한", "베", "미", "일", "중"}
# (not "앞으로도": an adverb with its particle ends as a province does)
_PLACE_WORD = re.compile(
    r"^(?![\uac00-\ud7a3]*(?:로|에|서)도$)[\uac00-\ud7a3]{2,}(?:시|도|군|구|성)$"
)
# a transliterated province or city, its spelling in brackets after it: "빈즈엉성(Binh Duong)"
PLACE_SUFFIX = re.compile(r"[\uac00-\ud7a3]{2,}(?:성|시|군|현)$")
# Korea's provinces and metropolitan cities, as articles write them ("경북 영양군")
# ("경기" is also "the economy" or "a match", "세종" the king: written with 도, or not at all)
_REGIONS = frozenset(
    words_of("""서울 부산 대구 인천 광주 대전 울산 강원 충북 충남 전북 전남 경북 경남
    제주 경기도 강원도 충청북도 충청남도 전라북도 전라남도 경상북도 경상남도 제주도""")
)
# "서울 서대문구", "경북 영양군": a district or county after its region
_DISTRICT = re.compile(r"^[\uac00-\ud7a3]{1,4}[구군]$")
# A body's head with nothing before it that names which: "인민위원회" needs its city.
# words that open the name of one of many like bodies: "한국교육원", "종합병원", "시립박물관"
_BRANCH_WORDS = (
    *words_of(
        "인민 국민 중앙 지방 국가 정부 종합 국립 시립 도립 영재 한국 한인 전시 교육"
    ),
    "컨벤션",
)
_GENERIC = frozenset(words_of("인민 국민 중앙 지방 국가 정부 운영 조직 집행 상임"))
_CITY = re.compile(r"^([\uac00-\ud7a3]{2,})시(?:청)?$")
# "백구영 씨가": 씨 (Mr, Ms), a word too short to lose its particle
_MS = re.compile(r"씨(?:가|는|의|와|를|에게|도)?")
# A ministry (…부, four syllables or more) or an agency (…청) needs no place before it
_MINISTRY = re.compile(r"^[\uac00-\ud7a3]{3,}부$|^[\uac00-\ud7a3]{2,}청$")


# "[쩐 반 하이 / 베트남 빈푹성 소방경찰 부국장 : …]": a broadcast's label for who speaks
_SPEAKER_LABEL = re.compile(
    r"\[\s*(?P<name>[\uac00-\ud7a3]{1,4}(?:\s[\uac00-\ud7a3]{1,3}){0,3})\s*/"
)


# "이성헌(사진 왼쪽 네 번째) 구청장": a picture's note between a name and its title;
# "영양군(군수 오도창)": the title and the name in brackets after the body
_ASIDE_PEOPLE = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<name>[\uac00-\ud7a3]{2,4})\([^()]{1,20}\)\s?"
    r"(?P<title>[\uac00-\ud7a3]{2,8})|"
    # "(사장 이병호)", "(청장 직무대행 유재성)", "(예술감독 : 홍경희)", "(회장 최남섭, 이하 …)"
    # "(BPA, 사장 남기찬)": the body's initials first
    r"\((?:[A-Z]{2,6},\s?)?(?P<inner_title>[\uac00-\ud7a3]{2,8}(?:\s[\uac00-\ud7a3]{2,6})?)\s?:?\s?"
    r"(?P<inner>[\uac00-\ud7a3]{2,4})[),]"
)
# "㈜홍인상사", "(주)선진": a company by its mark; "사단법인 붓다": an incorporated body,
# the word for its kind part of its name
_INCORPORATED = re.compile(
    r"(?:㈜|\(주\)\s?|(?P<kind>사단법인|재단법인|사회적협동조합)\s)"
    r"(?P<word>[\uac00-\ud7a3A-Za-z][\uac00-\ud7a3A-Za-z0-9&]{1,15})"
)
_FOUNDING = frozenset(words_of("설립 등록 인가 허가 전환 형태 법인"))
_ACTING = re.compile(r"(?:직무대행|권한대행|대행)$")
# "쩐탄만 국회의장": a Vietnamese name written as one word, before its title
_GLUED_VIETNAMESE = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<name>(?:응우옌|쩐|팜|호앙|즈엉|응오|르엉|브엉|찐|딘|부이)"
    r"[\uac00-\ud7a3]{2,5})\s(?P<title>[\uac00-\ud7a3]{2,8})"
)


def korean_names(text: str) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each name found in the Korean of ``text``."""
    if not HANGUL.search(text):
        return []
    words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    found: dict[tuple[int, int], tuple[str, str, int, int]] = {}
    for name in (
        *_people(words, text),
        *_bodies(words),
        *_cities(words, text),
        *kind_named(text, words),
    ):
        found.setdefault((name[2], name[3]), name)
    for match in _ASIDE_PEOPLE.finditer(text):
        name = match.group("name") or match.group("inner")
        title = stem((match.group("title") or match.group("inner_title")).split()[0])
        title = _ACTING.sub("", title)  # "사장직무대행": acting president
        low, high = MAX_NAME_SYLLABLES
        # "군수" is a county's head in such brackets or after a name (else "munitions")
        titled = is_title(title) or title == "군수"
        if name[0] in SURNAMES and low <= len(name) <= high and titled:
            span = match.span("name") if match.group("name") else match.span("inner")
            found.setdefault(span, (name, "leaders", *span))
    for match in _INCORPORATED.finditer(text):
        word = stem(match["word"])
        if word in _FOUNDING:
            continue  # "사단법인 설립을 추진한다": founding one, no name
        start = match.start("kind") if match["kind"] else match.start("word")
        end = match.start("word") + len(word)
        found.setdefault((start, end), (text[start:end], "organizations", start, end))
    for match in _GLUED_VIETNAMESE.finditer(text):
        if is_title(stem(match.group("title"))):
            span = match.span("name")
            found.setdefault(span, (match.group("name"), "leaders", *span))
    for name, kind, start, end in transliterated_names(text):
        if kind == "leaders":  # "판 반 카이 수상은", "판 반 장 베트남": not the name's
            parts = name.split()
            while len(parts) > 3 and (
                stem(parts[-1]) != parts[-1]
                or is_title(parts[-1])
                or parts[-1] in _COUNTRIES
            ):
                parts.pop()
            parts[-1] = stem(parts[-1])  # "팜 반 카이가"
            name = " ".join(parts)
            end = start + len(name)
        found.setdefault((start, end), (name, kind, start, end))
    for label in _SPEAKER_LABEL.finditer(text):
        name = label.group("name")
        if name.split()[0] in VIETNAMESE_SURNAMES or (
            len(name) <= MAX_NAME_SYLLABLES[1] and name[0] in SURNAMES
        ):
            span = (label.start("name"), label.end("name"))
            found.setdefault(span, (name, "leaders", *span))
    bodies = [(a, b) for _, kind, a, b in found.values() if kind == "organizations"]
    for start, end in listed_with(text, bodies):  # "현대제철과 포스코, 동국씨엠이"
        key, name = name_key(text[start:end]), text[start:end]
        if not (is_title(name) or is_place(key, lexicon()) or _country(key)):
            found.setdefault((start, end), (name, "organizations", start, end))
    for name in _proper_before_head(text, words):
        found.setdefault(name[2:], name)
    return sorted(
        (n for n in found.values() if not _not_a_name(text, n)),
        key=lambda n: n[2],
    )


def _proper_before_head(
    text: str, words: list[tuple[str, int, int]]
) -> Iterator[tuple[str, str, int, int]]:
    """A proper noun, then a body's head noun as a word of its own: "빈펄 호텔", "폭스콘
    그룹", "키라보시 은행" (not "베트남 은행": the country's banks)."""
    for i in range(1, len(words)):
        head, (before, start, end) = stem(words[i][0]), words[i - 1]
        if head not in _BODIES and head not in _NAMED_BODIES:
            continue
        proper = adjacent(words, i - 1, i) and is_proper_noun(text, start, end)
        if proper and not _country(name_key(before)):
            stop = words[i][1] + len(head)
            yield text[start:stop], "organizations", start, stop


def _country(key: tuple[str, ...]) -> bool:
    return joined_key(key) in country_keys()


def _not_a_name(text: str, name: tuple[str, str, int, int]) -> bool:
    """A word the rules took for a name that the words of the language say is none:
    "이에" (this, to), "서비스를", "특히 협약"; "주부산" is a post in Busan, no person."""
    word, kind, start, end = name
    if kind != "leaders":
        return HANGUL.search(word) is not None and not is_noun_phrase(text, start, end)
    if " " in word:
        return False  # "또 티 빗 응옥": the model has no Vietnamese
    posted = word.startswith("주") and (
        word[1:] in _POSTED_IN or is_place(name_key(word[1:]), lexicon())
    )
    return posted or not is_person_name(text, start, end)


def _people(words: list[tuple[str, int, int]], text: str) -> Iterator[Named]:
    yield from vietnamese_people(words)
    for i, (word, start, end) in enumerate(words):
        low, high = MAX_NAME_SYLLABLES
        named = stem(word)
        if low < len(named) <= high + 1 and named.endswith("씨"):
            if named[0] in SURNAMES:  # "백구영씨의": the name with 씨 (Mr, Ms) on it
                yield named[:-1], "leaders", start, start + len(named) - 1
            continue
        if glued := glued_name(named):  # "이우현의장은": the name, its title on it
            yield glued, "leaders", start, start + len(glued)
        if (opened := name_after_title(named)) and _titled_within(words, i):
            # "사장방성빈 부산은행장": a list's title and the next name, run together
            yield (
                opened,
                "leaders",
                start + len(named) - len(opened),
                start + len(named),
            )
        if not (low <= len(word) <= high and word[0] in SURNAMES):
            continue
        if word in _REGIONS or word in _COUNTRIES or _is_body(word):
            continue  # "경북 영양군(군수 …)", "국방부 차관": a place or a body, no person
        if any(word.startswith(c) and is_title(word[len(c) :]) for c in _COUNTRIES):
            continue  # "한국지사 지점장": the Korea branch
        # "송대윤, 황경아 부의장": names listed before their title; "최영삼 주 베트남
        # 한국 대사": the post's country before it
        last = reach = listed_names(words, text, i)
        while reach + 1 < len(words) and words[reach + 1][0] in _POSTED_IN | {"주"}:
            reach += 1
        for j in range(last + 1, min(reach + 4, len(words))):
            title = stem(words[j][0])
            if is_person_title(title) or _MS.fullmatch(words[j][0]):
                # "방산·군수" lists two things, "하동군(군수 …)" names the county's head;
                # "이규석·아시아연맹사무총장" is a name and its title
                listed = text[end : end + 1] in ("·", "(") and not is_title(title)
                if adjacent(words, last, j) and not listed:
                    yield word, "leaders", start, end
                break


def _is_body(word: str) -> bool:
    """A ministry, an agency or a body by its head noun: "국방부", "부산항만공사"."""
    return (
        bool(_MINISTRY.match(word))
        or word in _INSTITUTIONS
        or (len(word) >= 3 and word.endswith(_MINISTRY_ENDS))
        or any(word.endswith(b) and len(word) > len(b) for b in _BODIES)
    )


def _titled_within(words: list[tuple[str, int, int]], i: int) -> bool:
    """A title (or a body's name ending in one) within the two words after word ``i``."""
    return any(is_person_title(stem(w)) for w, _, _ in words[i + 1 : i + 3])


def _titled(words: list[tuple[str, int, int]], i: int) -> bool:
    """The word after word ``i`` is a title."""
    return (
        i + 1 < len(words)
        and adjacent(words, i, i + 1)
        and is_title(stem(words[i + 1][0]))
    )


def _bodies(words: list[tuple[str, int, int]]) -> Iterator[tuple[str, str, int, int]]:
    for i, (word, start, end) in enumerate(words):
        name = stem(word)
        head = next((b for b in _BODIES if name.endswith(b)), None) or next(
            (
                b
                for b in _NAMED_BODIES
                if name.endswith(b)
                and len(name) >= len(b) + 2
                and name[: -len(b)] not in _KINDS_OF_UNIT
            ),
            None,
        )
        placed = next((b for b in _PLACED_BODIES if name.endswith(b)), None)
        before = words[i - 1][0] if i and adjacent(words, i - 1, i) else ""
        where = before in _COUNTRIES or bool(_PLACE_WORD.match(before))
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
        where = where or (
            is_place(name_key(before), lexicon())
            and (ministry or own.startswith(_BRANCH_WORDS))
        )
        if (
            head is None
            and not ministry
            and not (placed and where and not _NOT_PLACED.search(name))
        ):
            continue
        if head is not None and len(name) <= len(head) and not where:
            continue  # "외교부" alone; "한국 외교부" names whose it is
        end = start + len(name)
        if where or (head and name[: -len(head)] in _GENERIC):
            if not before:
                continue
            start = words[i - 1][1]  # "서울시 교통정보센터", "다낭시 인민위원회"
            name = f"{before} {name}"
        yield name, "organizations", start, end


def _cities(
    words: list[tuple[str, int, int]], text: str
) -> Iterator[tuple[str, str, int, int]]:
    seats = seated_places(words) | vietnamese_provinces(words)
    for i, (word, start, _) in enumerate(words):
        match = _CITY.match(stem(word))
        if match and not match.group(0).endswith("도시"):  # "우호도시": the noun
            yield match.group(1), "cities", start, start + len(match.group(1))
        # "제주도", "전북특별자치도": a listed place whose name ends as the particle 도 does
        name = word if is_place(name_key(word), lexicon()) else stem(word)
        if province := SHORT_PROVINCE.fullmatch(word):  # "충북도는": the province
            name = province["province"]
        before = words[i - 1][0] if i and adjacent(words, i - 1, i) else ""
        if before == "베트남" and PROVINCE.match(name):
            yield name, "cities", start, start + len(name)
        elif before in _REGIONS and _DISTRICT.match(name):
            yield name, "cities", start, start + len(name)  # "서울 서대문구"
        elif is_place(name_key(name), lexicon()) and name not in _REGIONS:
            yield name, "cities", start, start + len(name)  # "다낭에서는", "평창"
        elif is_place_with_kind(name):
            yield name, "cities", start, start + len(name)  # "닥락성", "예산군"
        elif name in seats:  # "함양군은 …", where "함양군수" or "함양군의회" is named
            yield name, "cities", start, start + len(name)
        if province or (name in _REGIONS and text[start + len(word) :][:1] != "="):
            yield name, "cities", start, start + len(name)  # "부산=…" is a byline
