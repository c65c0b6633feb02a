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

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_acts import stage_acts
from dossier.recognize.candidates.korean_areas import unfound_areas
from dossier.recognize.candidates.korean_bodies import bodies
from dossier.recognize.candidates.korean_chaired import chaired_bodies
from dossier.recognize.candidates.korean_clubs import clubs
from dossier.recognize.candidates.korean_employers import employers
from dossier.recognize.candidates.korean_firm_appositions import apposed_firms
from dossier.recognize.candidates.korean_foreign_heads import foreign_heads
from dossier.recognize.candidates.korean_glued_heads import glued_bodies
from dossier.recognize.candidates.korean_hotels import group_hotels
from dossier.recognize.candidates.korean_initialed import initialed_brackets
from dossier.recognize.candidates.korean_inner_places import places_opening
from dossier.recognize.candidates.korean_kinds import kind_named
from dossier.recognize.candidates.korean_landmarks import glued_landmarks, landmarks
from dossier.recognize.candidates.korean_lettered_bodies import companies
from dossier.recognize.candidates.korean_lettered_heads import lettered_heads
from dossier.recognize.candidates.korean_lists import list_neighbours
from dossier.recognize.candidates.korean_localities import cities, localities
from dossier.recognize.candidates.korean_named_bodies import named_bodies
from dossier.recognize.candidates.korean_named_people import aged, monks
from dossier.recognize.candidates.korean_occupations import (
    after_occupation,
    spelt_after_occupation,
)
from dossier.recognize.candidates.korean_paired_bodies import paired_bodies
from dossier.recognize.candidates.korean_person_names import may_be_person
from dossier.recognize.candidates.korean_proper_heads import (
    is_country_key,
    proper_before_head,
)
from dossier.recognize.candidates.korean_provinces import (
    foreign_provinces,
    whole_provinces,
)
from dossier.recognize.candidates.korean_quoted import quoted_names, quoted_whole_names
from dossier.recognize.candidates.korean_schools import universities
from dossier.recognize.candidates.korean_sights import sights
from dossier.recognize.candidates.korean_speaker_labels import labelled_speakers
from dossier.recognize.candidates.korean_stadiums import stadiums
from dossier.recognize.candidates.korean_stage_names import cued_stage_names
from dossier.recognize.candidates.korean_subsidiaries import subsidiaries
from dossier.recognize.candidates.korean_titled import titled_in_brackets
from dossier.recognize.candidates.korean_trimmed import trimmed
from dossier.recognize.candidates.korean_units import units, units_opened
from dossier.recognize.candidates.korean_vetting import not_a_name
from dossier.recognize.candidates.korean_villages import villages
from dossier.recognize.candidates.korean_words import (
    MAX_NAME_SYLLABLES,
    MS,
    NEXT_ONLY,
    POSTED_IN,
    RESIDENT,
    SURNAMES,
    WORD,
    Named,
    adjacent_in_text,
    adjacent_ranked,
    glued_name,
    in_open_brackets,
    is_field_director,
    is_person_title,
    is_title,
    listed_names,
    name_after_title,
    stem,
    titled_within,
    words_of,
)
from dossier.recognize.candidates.lexicon import name_key
from dossier.recognize.candidates.morphemes import (
    is_common_nouns,
    is_unknown_word,
)
from dossier.recognize.candidates.transliterated import transliterated_names
from dossier.recognize.candidates.vietnamese_in_hangul import (
    glued_vietnamese_people,
    spelt_people,
    vietnamese_people,
)
from dossier.recognize.candidates.vietnamese_name_ends import person_words
from dossier.recognize.tokens import HANGUL
from dossier.text import overlapping

# a transliterated province or city, its spelling in brackets after it: "빈즈엉성(Binh Duong)"
PLACE_SUFFIX = re.compile(r"[\uac00-\ud7a3]{2,}(?:성|시|군|현)$")


# "이성헌(사진 왼쪽 네 번째) 구청장": a picture's note between a name and its title;
# "영양군(군수 오도창)": the title and the name in brackets after the body
_ASIDE_PEOPLE = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<name>[\uac00-\ud7a3]{2,4})\([^()]{1,20}\)\s?"
    r"(?P<title>[\uac00-\ud7a3]{2,8})|"
    # "소망의 집(강종식원장)": the head's name with the title written onto it
    r"\((?P<glued>[\uac00-\ud7a3]{5,7})\)|"
    # "(사장 이병호)", "(청장 직무대행 유재성)", "(예술감독 : 홍경희)", "(회장 최남섭, 이하 …)"
    # "(BPA, 사장 남기찬)", "(KMI·원장 양창호)", "(aT, 사장 이병호)": the body's initials first;
    # "(총장·양영희)", "(이사장 정제봉 이하 평연)": a dot between, the body's short name after
    # "( 회장 박용만 )": spaces inside; "(대표 김지연, 회장 황수연)": a second head after a comma
    # ("( 재단 , 이사장 김영수 )": a space before it too); "(VKIST*, 원장 …)": a footnote mark
    r"(?:\(\s?|(?<=[\uac00-\ud7a3])\s?,\s)(?:[A-Za-z]{2,6}\*?\s?[,·]\s?)?"
    r"(?P<inner_title>[\uac00-\ud7a3]{2,8}(?:\s[\uac00-\ud7a3]{2,6})?)\s?[:·]?\s?"
    r"(?P<inner>[\uac00-\ud7a3]{2,4})\s?(?:\)|(?=,)|\s이하\s)"
)
# "㈜홍인상사", "(주)선진": a company by its mark; "사단법인 붓다": an incorporated body,
# the word for its kind part of its name
_INCORPORATED = re.compile(
    r"(?:㈜|\(주\)\s?|(?P<kind>사단법인|재단법인|사회적협동조합)\s)"
    r"(?P<word>[\uac00-\ud7a3A-Za-z][\uac00-\ud7a3A-Za-z0-9&]{1,15})"
)
_FOUNDING = frozenset(words_of("설립 등록 인가 허가 전환 형태 법인"))
_ACTING = re.compile(r"(?:직무대행|권한대행|대행)$")


def korean_names(text: str) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each name found in the Korean of ``text``."""
    if not HANGUL.search(text):
        return []
    words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    found: dict[tuple[int, int], tuple[str, str, int, int]] = {}
    for name in (
        *universities(words, text),  # "서울대 교수": the university, not a person
        *clubs(text),  # "전북 현대", "수원 삼성 블루윙즈": a club, not its city
        *_people(words, text),
        *after_occupation(words),  # "가수 한사라"
        *spelt_after_occupation(words, text),  # "감독 찰리 누엥과"
        *bodies(text, words),
        *glued_bodies(words),  # "농촌진흥청장": the agency, its head's title glued on
        *chaired_bodies(words),
        *localities(words, text),
        *cities(words, text),
        *foreign_provinces(words),  # "칸호아성"
        *kind_named(text, words),
        *villages(text),  # "하미마을", "퐁니·퐁넛 마을"
    ):
        found.setdefault((name[2], name[3]), name)
    cued = set()  # names a title in brackets vouches for, which the model may not know
    asides = (
        # "전주대(총장 이호인) 교직원": the university's head, inside a match of the
        # first kind ("전주대(…) 교직원")
        [m for m in overlapping(_ASIDE_PEOPLE, text) if in_open_brackets(text, m)]
        if "(" in text
        else []
    )
    for match in asides:
        if match["glued"]:
            if name := glued_name(match["glued"]):
                span = (match.start("glued"), match.start("glued") + len(name))
                found.setdefault(span, (name, "leaders", *span))
                cued.add(span)
            continue
        name = match.group("name") or match.group("inner")
        title = stem((match.group("title") or match.group("inner_title")).split()[0])
        title = _ACTING.sub("", title)  # "사장직무대행": acting president
        # "군수" is a county's head in such brackets or after a name (else "munitions")
        titled = is_title(title) or title == "군수"
        if titled and titled_in_brackets(name):  # "(총장 장주석)"
            span = match.span("name") if match.group("name") else match.span("inner")
            found.setdefault(span, (name, "leaders", *span))
            cued.add(span)
    for name in _bracketed_bodies(text, words, asides):
        found.setdefault(name[2:], name)
    for match in _INCORPORATED.finditer(text):
        word = stem(match["word"])
        if word in _FOUNDING:
            continue  # "사단법인 설립을 추진한다": founding one, no name
        start = match.start("kind") if match["kind"] else match.start("word")
        end = match.start("word") + len(word)
        found.setdefault((start, end), (text[start:end], "organizations", start, end))
    spelt = set()  # Vietnamese names, which the model of Korean reads only as a whole
    # a dharma name, a person of an age, a group's company, a name in quotes: names the
    # model does not know, or knows as proper nouns
    for name in (
        *monks(words),
        *foreign_heads(text, words),  # "푸틴 러시아 대통령"
        *aged(text),
        *companies(words, text),  # a group's ("삼성디스플레이"), "T&T그룹"
        *lettered_heads(text),  # "YSL 그룹", "CBMC 실업인 연합회"
        *quoted_names(text),
        *apposed_firms(text),  # "김치업체인 킴앤킴", "베이커리 브랜드 뚜레쥬르"
        *landmarks(text, words),  # "미딘 국립경기장", "호안끼엠 호수"
        *glued_landmarks(words),  # "하롱베이", "미케비치"
        *stadiums(text, words),  # "미딘국립경기장", "수원월드컵경기장"
    ):
        found.setdefault(name[2:], name)
        spelt.add(name[2:])
    for name in cued_stage_names(words, text):  # "걸그룹 파랑새와": vetted as any name
        found.setdefault(name[2:], name)
    for name in stage_acts(text):  # "샤이니, 씨스타 등 7팀이", "샤이니 온유, EXO 찬열"
        # a listed act, no district ("여자친구": 여자친 and 구); a person read before
        # stays one ("가수 김수진, …")
        if name[2:] not in found or found[name[2:]][1] != "leaders":
            found[name[2:]] = name
        spelt.add(name[2:])
    for name in sights(text):  # "설악산", "남이섬", "낙산사": vetted as any name
        found.setdefault(name[2:], name)
    # a quoted name whole, not the pieces of it read before ("‘2020 하노이 한·베 문화페어’",
    # not "한·베 문화페어"); a group's hotel with its city ("롯데호텔 하노이", not "롯데호텔")
    for name in (*quoted_whole_names(text), *group_hotels(text)):
        _, kind, start, end = name
        for span, other in list(found.items()):
            if other[1] == kind and start <= span[0] and span[1] <= end:
                del found[span]
                spelt.discard(span)
        found[start, end] = name
        spelt.add((start, end))
    for name in glued_vietnamese_people(words):
        # "하반기 … 대표": the second half, read as common nouns; not "보반트엉 국가주석",
        # read so in its sentence but alone as one word the model does not know
        if not is_common_nouns(text, *name[2:]) or is_unknown_word(name[0]):
            found.setdefault(name[2:], name)
            spelt.add(name[2:])
    for name, kind, start, end in (*transliterated_names(text), *spelt_people(text)):
        if kind == "leaders":
            name = person_words(name, text[end : end + 8])
            end = start + len(name)
        found.setdefault((start, end), (name, kind, start, end))
    found, hyphened = whole_provinces(text, found)  # "바리어-붕따우성", not "붕따우성"
    spelt |= hyphened
    for name, *span, vouched in labelled_speakers(text):  # "▶ 인터뷰 : 김진석 / …"
        found.setdefault(tuple(span), (name, "leaders", *span))
        if vouched:  # the label vouches for a name the model does not know
            cued.add(tuple(span))
    # "현대제철과 포스코, 동국씨엠이"; "삼성디스플레이 베트남은": a firm's branch there
    for name in list_neighbours(text, found.values()):
        found.setdefault(name[2:], name)
    for name in subsidiaries(text, list(found.values())):
        found.setdefault(name[2:], name)
    for name in units(text, words, list(found.values())):  # "코이카 베트남사무소"
        found.setdefault(name[2:], name)
    for name in proper_before_head(text, words):
        found.setdefault(name[2:], name)
    for name in paired_bodies(text, list(found.values())):  # "한-베 …센터"
        found.setdefault(name[2:], name)
    found.update((n[2:], n) for n in unfound_areas(text, words, found))  # "롱손 지역에"
    kept = [
        n
        for n in found.values()
        if n[2:] in spelt or not not_a_name(text, n, n[2:] in cued)
    ]
    kept_spans = {n[2:] for n in kept}
    cut = {
        t[2:]: t
        for n in found.values()
        if n[2:] not in kept_spans and (t := trimmed(text, n))
    }
    kept += [t for span, t in cut.items() if span not in found]  # "담긴 …양해각서"
    kept += [n for n in places_opening(kept) if n[2:] not in found]  # "대전…센터"
    opened = [n for n in named_bodies(text, words, kept) if n[2:] not in found]
    kept += opened + list(units_opened(text, opened, kept))  # "호치민 …대학교 …센터"
    kept += [  # "김상조 국제종합기계 사장": the body between a name and its title
        n for n in employers(text, words, kept) if not not_a_name(text, n, False)
    ]
    # "도반홍 인민의회 의장": a person, then the body whose title follows; not one body;
    # "응우옌 민 찌엣" the end of "르엉 응우옌 민 찌엣", "호치민 총영사관" of "주 호치민 …"
    people = {start for start, end in spelt if found[start, end][1] == "leaders"}
    ends: dict[tuple[str, int], int] = {}  # where the longest name ending there starts
    # "도안" of "도안 칸 응우옌": a Vietnamese name's first word, no Korean's name
    spaced = {a: b for w, kind, a, b in kept if kind == "leaders" and " " in w}
    for _, kind, a, b in kept:
        ends[kind, b] = min(a, ends.get((kind, b), a))
    return sorted(
        (
            (word, kind, a, b)
            for word, kind, a, b in kept
            if not (kind == "organizations" and a in people and " " in word)
            and not (kind in _ENDED and ends[kind, b] < a)
            and not (kind == "leaders" and spaced.get(a, b) > b)
        ),
        key=lambda n: n[2],
    )


def _bracketed_bodies(
    text: str, words: list[tuple[str, int, int]], asides: list[re.Match[str]]
) -> Iterator[Named]:
    """A body told by what its brackets hold: its head's title and name ("한국수력원자력(사장
    황주호)") or its initials ("코이카(KOICA)", when the model reads it as a proper noun:
    not "양해각서(MOU)", "인공지능(AI)"); not a place ("의왕시(시장 김성제)")."""
    if "(" not in text:
        return
    before = {end: (word, start) for word, start, end in words}
    heads = (
        match.start()
        for match in asides  # the brackets korean_names read for people
        if match["inner"]  # a name, not a second title: "임원(상무·이사)"
        and is_title(_ACTING.sub("", stem(match["inner_title"].split()[0])))
        and not is_title(match["inner"])
    )
    for bracket in (*heads, *initialed_brackets(text)):
        if bracket not in before:
            continue
        word, start = before[bracket]
        key = name_key(word)
        place = (
            is_listed_place(key) or is_place_with_kind(word) or PLACE_SUFFIX.match(word)
        )
        if not (is_title(word) or place or is_country_key(key)):
            yield word, "organizations", start, bracket


_ENDED = ("leaders", "organizations")  # kinds whose longer name ending there is whole
LETTERED_NAME = 3  # syllables of a person named before a firm in letters


def _people(words: list[tuple[str, int, int]], text: str) -> Iterator[Named]:
    yield from vietnamese_people(words, text)
    for i, (word, start, end) in enumerate(words):
        low, high = MAX_NAME_SYLLABLES
        named = stem(word)
        if low < len(named) <= high + 1 and named.endswith("씨"):
            if named[0] in SURNAMES:  # "백구영씨의": the name with 씨 (Mr, Ms) on it
                yield named[:-1], "leaders", start, start + len(named) - 1
            continue
        if glued := glued_name(named):  # "이우현의장은": the name, its title on it
            yield glued, "leaders", start, start + len(glued)
        if (opened := name_after_title(named)) and titled_within(words, i):
            # "사장방성빈 부산은행장": a list's title and the next name, run together
            yield (
                opened,
                "leaders",
                start + len(named) - len(opened),
                start + len(named),
            )
        if not may_be_person(word, text, start):
            continue
        # "송대윤, 황경아 부의장": names listed before their title; "최영삼 주 베트남
        # 한국 대사": the post's country before it
        last = reach = listed_names(words, text, i)
        reach += last + 1 < len(words) and words[last + 1][0] in ("전", "현")  # former
        while reach + 1 < len(words) and words[reach + 1][0] in POSTED_IN | {RESIDENT}:
            reach += 1
        for j in range(last + 1, min(reach + 4, len(words))):
            title = stem(words[j][0])
            # "신현곤 aT 식품수출이사": a field's director, the body between
            between = words[j][1] - end > 1 and is_field_director(title)
            if is_person_title(title) or MS.fullmatch(words[j][0]) or between:
                # "방산·군수" lists two things, "하동군(군수 …)" names the county's head;
                # "이규석·아시아연맹사무총장" is a name and its title
                listed = text[end : end + 1] in ("·", "(") and not is_title(title)
                # "한빛모아(사장 문재석)": the title opening the brackets is their head's
                # ("김경묵(한국중소기업학회 회장)" is the person, the title theirs)
                headed = text[end : end + 1] == "(" and words[j][1] == end + 1
                # or a firm in letters between ("최태원 SK그룹 회장"): a name of three
                # syllables, no place's ("전주 MBC 사장" is the station's head)
                near = adjacent_ranked(words, text, last, j) or (
                    len(word) == LETTERED_NAME
                    and not is_listed_place(name_key(word))
                    and adjacent_in_text(words, text, last, j)
                )
                field = title in NEXT_ONLY and j > last + 1  # "이래 국가대표 선수"
                if near and not (listed or headed or field):
                    yield word, "leaders", start, end
                break
