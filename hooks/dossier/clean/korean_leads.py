"""How a Korean paper opens its story: the outlet, the place it was filed from and the
reporter before the text ("[서울=연합뉴스] …", "아주경제 정해인 기자 = …", "[이뉴스투데이 박현
기자] …")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.clean.bracketed_papers import (
    PLACE_END,
    bracketed_paper,
    names_a_paper,
    place_or_country,
)
from dossier.clean.bylines import (
    KOREAN_OUTLET_WORD,
    KOREAN_PAPER,
    NO_NAMES,
    PERSON,
    REPORTER_DESK,
    REPORTER_RANKS,
    SECTION_NAME,
    is_korean_name,
    korean_surname,
)
from dossier.clean.lead_reporters import is_place, is_reporter, reporters_after
from dossier.clean.lead_shapes import (
    BUREAU,
    DESK_THEN_REPORTER,
    ENGLISH_TAG,
    NAMELESS_REPORTER,
    PAPER_IN_ROUND_BRACKETS,
    PAPER_OVER_LETTERS,
    PAPER_PLACE_REPORTERS,
    PAPERS_DESK,
    PROVINCES,
    REPORTER_AFTER,
    TWO_REPORTERS,
)
from dossier.clean.metadata import outlets
from dossier.places import is_country
from dossier.text import words_of

# "【브레이크뉴스 경북 경주】이성현 기자= …": the paper and the place it filed from in
# lenticular brackets, then the reporter ("【경북 경주】 …": a province and its city, no paper)
_PAPER_AND_PLACE = re.compile(
    r"【(?P<outlet>[가-힣A-Za-z0-9]{2,15})\s(?P<place>[가-힣]{1,8}(?:\s[가-힣]{1,8})?)】\s*"
    r"(?P<after>[가-힣]{2,4})\s?(?:기자|특파원)\s?=\s*"
)
# "[리얼푸드=베트남(하노이) 육성연 기자] …": the paper, where it filed from (the country,
# its city in brackets), then the reporter, a space between
PAPER_PLACE_REPORTER = re.compile(
    r"\[(?P<outlet>[^\]=,/ㅣ|]{2,20})\s?=\s?(?P<place>[가-힣]{1,8}(?:\([가-힣]{1,8}\))?)\s"
    r"(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\]\s*=?\s*"
)
# "【베트남 연합】 …": where a wire filed from, then the wire (연합, Yonhap's old tag)
_PLACE_AND_WIRE = re.compile(
    r"【(?P<place>[가-힣]{1,8})\s(?P<outlet>연합|연합뉴스|뉴시스)】\s*"
)
_WIRE_TAGS = {"연합": "연합뉴스"}
# How a Korean wire story opens: outlet, place and reporter before the text
_KOREAN_LEADS = (
    # "[한빛청소년기자단 국제부=12기 김다솜기자]": a desk or a cohort, not a place, after
    # the paper (read before the leads that take the word before "=" for a place)
    DESK_THEN_REPORTER,
    TWO_REPORTERS,
    NAMELESS_REPORTER,
    PAPER_OVER_LETTERS,
    # "[KNS뉴스통신=김관일 기자] …", "[사건의내막 / 문홍철 기자] = …"
    # "아주경제 정해인 기자 = …", "더에듀 전영진 기자 | …", "컨슈머타임스=강나연 기자 | …":
    # the outlet and the reporter
    # "한민일보 서울포커스 박근원 기자 | …": the paper, by its word, and its section between
    # (not "경기 시흥 한지수 기자 = …": a province, then the city)
    re.compile(
        rf"(?P<outlet>{KOREAN_PAPER.pattern.removesuffix('$')})\s[가-힣A-Za-z0-9]{{2,10}}\s"
        r"(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\s*[=|ㅣ]\s*"
    ),
    # "뉴시스 하노이 김민수 특파원 = …": the outlet, the place it filed from, the reporter
    # (a province before its city names no outlet: "경기 시흥 한지수 기자 = …")
    re.compile(
        r"(?P<outlet>[가-힣A-Za-z0-9]{2,12})\s(?P<filed>[가-힣]{2,8})\s"
        r"(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\s*[=|ㅣ]\s*"
    ),
    # "| 한스경제=손철규 기자 | …": a table cell's bar before it; "대한뉴스(KOREANEWS) 이수철
    # 기자 | …": the paper's name in letters after it
    re.compile(
        r"(?:\|\s*)?(?P<outlet>[가-힣A-Za-z0-9]{2,12})(?:\([A-Za-z0-9 .]{2,20}\))?"
        r"(?:\s*=\s*|\s+)"
        r"(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\s*[=|ㅣ]\s*"
    ),
    PAPER_PLACE_REPORTERS,
    # "[이뉴스투데이 박현 기자] …", "[더팩트ㅣ임영무 기자] …", "【투데이신문 김진수 인턴기자】 …",
    # "[뉴스토마토 이석종 국방전문기자] …", "[한빛증권신문_한상설 기자]"
    re.compile(
        r"(?:\[\s?(?P<outlet>[^\]=/ㅣ|]{1,30}?)(?:\s*[=/ㅣ|_]\s*|\s+)|【(?P<paper>[^】=/\s]{2,20})\s+)"
        rf"(?P<name>[가-힣]{{2,4}})\s*(?:{REPORTER_DESK}(?:기자|특파원)|{BUREAU})\s?[\]】]\s*=?\s*"
    ),
    # "[인사이드비나=호치민, 응웬 늇(Nguyen nhut) 기자] …", "[메디파나뉴스/호치민 = 박으뜸 기자]
    # …", "[더팩트ㅣ인천= 김재경기자] …": outlet, place and reporter
    re.compile(
        r"\[(?P<outlet>[^\]=,/ㅣ|]{2,20})\s?[=/ㅣ|]\s?(?P<place>[가-힣]{1,8})\s?[,=]\s*"
        r"(?P<name>[가-힣]{1,4}(?:\s[가-힣]{1,4}){0,3})(?:\s?\([^()]{2,40}\))?\s*"
        r"(?:기자|특파원)\]\s*=?\s*"
    ),
    PAPER_PLACE_REPORTER,
    # "【뉴스퀘스트=석태문 대구경북연구원 선임연구위원】 …": a paper, then its columnist, with
    # the body they work for and their post
    # ("[기고=…]", "[칼럼=…]": a column's label, no paper)
    # ("시사주간=조명애 워싱턴 에디터·불문학 박사] …": its opening bracket cut off in a copy)
    re.compile(
        r"[\[【(]?(?:(?:기고|특별기고|칼럼|시론|오피니언|독자투고)|(?P<outlet>[가-힣A-Za-z0-9]{2,15}))"
        r"\s?=\s?(?P<name>[가-힣]{2,4})\s(?:[가-힣A-Za-z0-9·]{2,15}\s){0,2}[가-힣]{0,8}"
        r"(?:연구위원|교수|위원|원장|소장|대표|칼럼니스트|변호사|박사|이사장|회장|대사)[\]】)]\s*"
    ),
    # "[서울=뉴스핌] 오영상 전문기자 = …", "【하노이(베트남)=서영준 기자】 …",
    # "(다낭=뉴스코리아) 김경태특파원 = …", "[순천/남도방송] 전만오 기자 = …",
    # "【충북ㆍ세종=서울뉴스통신】 박선영 기자 = …": two places with a dot between
    _PLACE_THEN_PAPER := re.compile(
        r"[\[【(](?P<place>[가-힣]{1,8}(?:[ㆍ·][가-힣]{1,8})?)(?:\([가-힣]{1,8}\))?[=/]"
        r"(?:(?P<name>[가-힣]{2,4})\s*"
        r"(?:전문|선임)?(?:기자|특파원)|(?P<outlet>[^\]】)]{1,20}))[\]】)]\s*"
        + REPORTER_AFTER
    ),
    # "하노이=연합뉴스) 김문성 특파원 = …": a lead, its opening bracket cut off in a copy
    # (its place a place: "사진=연합뉴스)", "단위=억달러)" are a credit, a unit; see
    # korean_lead)
    re.compile(
        r"(?P<cut>)(?P<place>[가-힣]{1,8})=(?P<outlet>[가-힣A-Za-z0-9]{2,12})[)\]】]\s*"
        + REPORTER_AFTER
    ),
    # "강원=에너지경제신문 박에스덕 기자 강원도의회는 …": the place, the paper and its
    # reporter, no brackets, the story run on after 기자
    re.compile(
        r"(?P<place>[가-힣]{1,8})=(?P<outlet>[가-힣A-Za-z0-9]{2,15}?(?:신문|일보|뉴스|경제))\s"
        rf"(?P<name>[가-힣]{{2,4}})\s*{REPORTER_DESK}(?:기자|특파원)\s+"
    ),
    # "(백규용 기자) 부산항만공사는 …": the reporter in brackets; "백규용 기자 = …":
    # the reporter and an equals sign
    re.compile(
        r"[(\[](?:(?P<outlet>[가-힣A-Za-z0-9]{2,12}(?:\s[가-힣A-Za-z0-9]{2,12})?)(?:\s?=\s?|\s))?"
        rf"(?P<name>[가-힣]{{2,4}})\s?{REPORTER_DESK}(?:기자|특파원)[)\]]\s*(?:=\s*)?"
    ),  # "(충북뉴스 곽근만 기자) …", "(TGN 한빛뉴스=김정은 기자) = …": the paper, its reporter;
    # "[이세철 기자] …"
    # "[베트남 하노이 = 안준형] …": the place and the reporter, no word for one
    re.compile(
        r"\[(?P<place>[가-힣]{1,8}(?:\s[가-힣]{1,8})?)\s?=\s?(?P<bare>[가-힣]{2,4})\]\s*"
    ),
    re.compile(rf"(?P<name>[가-힣]{{2,4}})\s?{REPORTER_DESK}(?:기자|특파원)\s?=\s*"),
    # "한빛뉴스 사회팀 | …": the paper and its desk
    re.compile(rf"(?P<outlet>[가-힣A-Za-z0-9]{{2,15}})\s{PAPERS_DESK}\s?[|=]\s*"),
    # "[GNN 뉴스통신=GNN 뉴스통신] …": the outlet named twice, no reporter
    re.compile(r"\[(?P<outlet>[^\]=]{2,20}?)\s?=\s?(?P=outlet)\]\s*"),
    # "[뉴스레이더 취재팀]봉화군과 …": the outlet's desk, no reporter named
    re.compile(
        rf"[\[【](?P<outlet>[가-힣A-Za-z0-9]{{2,15}})\s?{PAPERS_DESK}[\]】]\s*=?\s*"
    ),
    # "인천--(뉴스와이어)--인천광역시는 …": a press-release wire's place and name
    re.compile(r"(?P<place>[가-힣]{1,10})\s?--\s?\((?P<outlet>[^()]{2,20})\)\s?--\s*"),
    # "[Korea.net] 한국과 베트남이 …": the site the copy is from
    re.compile(r"\[(?P<outlet>[A-Za-z][\w-]*(?:\.[A-Za-z]{2,6})+)\]\s*"),
    # "[페어뉴스]= KOTRA는 …": the paper alone in brackets, then an equals sign (not a
    # section's label: "[카드뉴스]=", "[글로벌경제]=")
    re.compile(
        rf"\[(?!{SECTION_NAME.pattern}\])"
        r"(?P<outlet>[가-힣A-Za-z0-9]{1,15}(?:뉴스|일보|신문|방송|통신|타임즈|타임스|투데이|데일리|저널))"
        r"\]\s?=\s*"
    ),
    # "[한빛뉴스-경기도] 경기도와 …": the paper, a dash, the body or place the story is
    # from (a source as often as a place: no dateline taken)
    re.compile(
        rf"\[(?!{SECTION_NAME.pattern}\s?[-–])"  # not "[카드뉴스-경제]", a section's
        rf"(?P<outlet>[가-힣A-Za-z0-9]{{1,15}}{KOREAN_OUTLET_WORD.pattern.removesuffix('$')})"
        r"\s?[-–]\s?[가-힣]{1,10}(?:\s[가-힣]{1,10})?\]\s*"
    ),
    _PAPER_AND_PLACE,
    _PLACE_AND_WIRE,
    # "【경주】 경주대가 …": the place alone in lenticular brackets
    re.compile(r"【\s?(?P<place>[가-힣]{1,8})\s?】\s*"),
    # "(Engineering Daily) Nguyen Anh Duong = KEPCO …": an outlet, its reporter, an equals sign
    re.compile(rf"\((?P<outlet>[A-Z][\w .&]{{2,30}})\)\s+(?P<name>{PERSON})\s*=\s*"),
    PAPER_IN_ROUND_BRACKETS,
    # "Nguyen Anh Duong 기자 = 7일 …": a reporter written in letters
    re.compile(rf"(?P<name>{PERSON})\s*기자\s*=\s*"),
    # in English: "(Seoul=News1) Reporter Yoon Ji-ho = …", "[Seoul=NEWSIS]Reporter X = …"
    re.compile(
        rf"[(\[](?P<place>[A-Z][a-z]+)=(?P<outlet>[^)\]]{{2,20}})[)\]]\s*"
        rf"(?:(?i:reporter)\s+(?P<name>{PERSON}))?\s*=\s*"
    ),
    ENGLISH_TAG,
)


# A place a Korean lead names before its equals sign: a city, county or district by its
# suffix, or a city of the gazetteer; a paper's name ("[더구루=…]") is neither
# (or the country or province before it: "(베트남 하노이=…", "(경기 수원=…")
_BEFORE_EQUALS = re.compile(
    r"[\[【(]?(?:(?P<country>[가-힣]{1,10})\s)?(?P<word>[가-힣]{1,10})\s?="
)


def _place_before(tag: str) -> bool:
    """A place before the equals sign, or any city after its country ("일본 도쿄=")."""
    found = _BEFORE_EQUALS.match(tag)
    return found is not None and (
        is_place(found["word"]) or is_country(found["country"] or "")
    )


# a credit's word before a reporter: "(사진=나유라 기자)" credits a photo, names no paper
_CREDITS = frozenset(
    words_of(
        "사진 영상 그래픽 글 정리 편집 자료 촬영 취재 인터뷰 번역 진행 대담 기고 칼럼"
    )
)


def _names_a_place(words: str) -> bool:
    """A place, its country or province before it or in brackets after it: "하노이(베트남)",
    "충남 아산", "베트남(하노이)"."""
    return any(map(place_or_country, words.replace("(", " ").replace(")", " ").split()))


# words before a reporter's name that name no paper: a desk ("경제부", "디지털뉴스부"), a
# team of reporters ("공동취재단"), the paper itself ("본지"), where ("현지"), a body
# ("한인회", "한국무역협회"); a paper may end in 국 ("데일리한국")
_NO_PAPER = re.compile(
    r"[가-힣]{1,8}(?:부|팀|실|과|회|취재단|통신원)|본지|현지|당사|자사|특별취재"
)


def _may_be_paper(word: str) -> bool:
    """The word between a lead's place and its reporter can name the paper: no place,
    country, desk or word for the paper itself ("[대전=위키트리 양완영 기자]")."""
    return not (place_or_country(word) or _NO_PAPER.fullmatch(word) or word in NO_NAMES)


_NAME_THEN_REPORTER = re.compile(
    r"(?P<paper>[가-힣A-Za-z0-9]{2,15})\s(?P<name>[가-힣]{2,4})\s?(?:기자|특파원)"
)
_PAPER_THEN_REPORTER = re.compile(
    rf"(?P<paper>{KOREAN_PAPER.pattern.removesuffix('$')})\s(?P<name>[가-힣]{{2,4}})\s?"
    r"(?:기자|특파원)"
)
# a paper's reporters, or who reads its story ("이화정 아나운서", an announcer); not its
# press corps ("한빛청소년기자단": 기자단)
_REPORTERS = re.compile(r"([가-힣]{2,4})\s?(?:기자(?!단)|특파원|아나운서|앵커)")
_DESK_NAME = re.compile(rf"(?:^|[가-힣]){PAPERS_DESK}$")  # "편집국", "글로벌대학팀"


@dataclass(frozen=True)
class Lead:
    length: int
    place: str | None
    outlet: str | None
    author: str | None


def korean_lead(text: str) -> Lead | None:
    """The outlet, place and reporter a Korean wire story opens with, if it does."""
    # "=[이세철 기자] …": a copy cut inside its lead, the paper's name before "=" lost
    start = 1 if text[:1] == "=" and text[1:2] in "[【(" else 0
    for pattern in _KOREAN_LEADS:
        if match := pattern.match(text, start):
            found = match.groupdict()
            if found.get("cut") is not None and not is_place(found["place"]):
                continue  # "사진=연합뉴스)", "단위=억달러)": a credit, a unit
            if filed := found.get("filed"):
                if not is_place(filed):
                    continue
                outlet = None if found["outlet"] in PROVINCES else found["outlet"]
                return Lead(match.end(), filed, outlet, found["name"])
            if (bare := found.get("bare")) and not (
                korean_surname(bare)
                and is_place(found["place"].split()[-1])
                and not KOREAN_OUTLET_WORD.search(bare)
            ):
                if KOREAN_OUTLET_WORD.search(bare) and is_place(found["place"]):
                    # "[서울 = 연합뉴스]": a place and a paper, no reporter
                    return Lead(match.end(), found["place"], bare, None)
                continue
            if (
                pattern is _PLACE_THEN_PAPER
                and found["name"]
                and not _names_a_place(found["place"])
                and not PLACE_END.search(found["place"])  # "박닌성=", "경기도="
            ):
                # "(데일리팝=최승준 기자) …": the paper, then its reporter, no place;
                # "(글·사진=홍길동 기자)": the credit's words, neither
                credit = _CREDITS & set(re.split(r"[·ㆍ/]", found["place"]))
                found["outlet"] = None if credit else found["place"]
                found["place"] = None
            if pattern is _PLACE_AND_WIRE:
                outlet = _WIRE_TAGS.get(found["outlet"], found["outlet"])
                return Lead(match.end(), found["place"], outlet, None)
            if pattern is PAPER_PLACE_REPORTER and _names_a_place(found["outlet"]):
                # "[대전=위키트리 양완영 기자]", "[하노이(베트남)=…]", "[충남 아산=…]": the
                # place, then the paper
                # ("[하노이=베트남 홍길동 기자]", "[세종=경제부 …]": a country or a desk
                # between, no paper)
                place, paper = found["outlet"].split("(")[0], found["place"]
                paper = paper if _may_be_paper(paper) else None
                return Lead(match.end(), place, paper, found["name"])
            if pattern is PAPER_PLACE_REPORTER and not _names_a_place(found["place"]):
                # "[한빛뉴스=경제부 김철수 기자]": a desk, no place;
                # "[뉴스1=김철수 박영희 기자]": two reporters; "[경북일보=김철수 선임 기자]":
                # a reporter and his rank
                word, found["place"] = found["place"], None
                if is_reporter(word):
                    rank = found["name"] in REPORTER_RANKS
                    found["name"] = word if rank else f"{word}, {found['name']}"
            if pattern is PAPER_IN_ROUND_BRACKETS:
                read = bracketed_paper(found["outlet"], found["name"])
                return Lead(match.end(), **read._asdict())
            if pattern is _PAPER_AND_PLACE and found["outlet"] in PROVINCES:
                found["place"] = f"{found['outlet']} {found['place']}"
                found["outlet"] = None
            author = found.get("name") or reporters_after(found) or bare
            if second := found.get("second"):  # "김철수.박영희 기자": both reporters
                # (not "[한빛뉴스=하노이, 홍길동 기자]": the place it filed from first)
                if is_place(author) or not (
                    korean_surname(author) and korean_surname(second)
                ):
                    continue
                author = f"{author}, {second}"
            author = None if author in NO_NAMES else author  # "관리자 기자": the admin
            outlet = found.get("outlet") or found.get("paper")
            place = found.get("place")
            if outlet and (
                (paper := _PAPER_THEN_REPORTER.fullmatch(outlet))
                or (
                    (paper := _NAME_THEN_REPORTER.fullmatch(outlet))
                    and _may_be_paper(paper["paper"])
                )
            ):
                # "(음성=동양일보 서관석 기자)": the place, then the paper and its reporter;
                # "[대전=위키트리 양완영 기자]": a paper whose name ends in no paper's word
                outlet, author = paper["paper"], paper["name"]
            elif outlet and (reporters := _REPORTERS.findall(outlet)):
                # "[인사이드비나=이용진 기자/ 하노이, 장연환 기자]": the paper, its reporters (the
                # place after "/" the story's); "(내외방송=이화정 아나운서)": who reads it
                filed = re.search(r"/\s?([가-힣]{1,8})\s?,", outlet)
                outlet, author = place, ", ".join(dict.fromkeys(reporters))
                place = filed[1] if filed and is_place(filed[1]) else None
            # "[글로벌대학팀 김선영 기자]": the paper's desk, not its name
            if outlet and _DESK_NAME.search(outlet):
                # "[한국뉴스타임=편집국]": the paper before its desk, no place
                place, outlet = (
                    (place, None) if place and is_place(place) else (None, place)
                )
            # "[호치민=김진성 기자]", "성남시= 주재영 기자 |": a place before the equals
            # sign, a short name no paper's word ends
            if outlet and not place and _place_before(match.group(0)):
                place, outlet = outlet, None
            # "[순천/남도방송]": a place and a paper; "[월드경제신문/시사매일]": two papers
            at = match.end("place") if found.get("place") else -1
            slashed = at >= 0 and text[at : at + 1] == "/"
            if place and outlet and not is_place(place) and is_place(outlet):
                place, outlet = outlet, place  # "[여행스케치=서울]": the paper first
            elif slashed and outlet and not is_place(place or ""):
                continue
            elif (
                place
                and KOREAN_OUTLET_WORD.search(place)
                and not is_place(place)
                and not names_a_paper(outlet or "")
            ):
                # "[우리집신문=ppp]": the paper, then its poster's handle; no place;
                # "[내외경제=주현주]": the paper, then its reporter
                if not author and outlet and is_korean_name(outlet, outlets()):
                    author = outlet
                place, outlet = None, place
            # "【하노이 연합】 김철수 특파원 = …": Yonhap by its old tag
            outlet = _WIRE_TAGS.get(outlet or "", outlet)
            return Lead(match.end(), place, outlet, author)
    return None
