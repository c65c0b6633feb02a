"""Byline shapes beyond ``By X and Y`` (``metadata.byline``): an ``Authors:`` line giving
each author's affiliation, ``by X with Y``, ``By X in Nanning and Y in Beijing``, a name
followed by its outlet in brackets, and a job title or handle after a dash."""

from __future__ import annotations

import re
from typing import Protocol

from dossier.clean.byline_wrappers import unwrapped
from dossier.clean.korean_paper_words import KOREAN_OUTLET_WORD as KOREAN_OUTLET_WORD
from dossier.clean.korean_paper_words import KOREAN_PAPER as KOREAN_PAPER
from dossier.clean.run_patterns import RunPattern
from dossier.clean.school_bylines import school_writer
from dossier.places import is_place_name
from dossier.text import CAPITALS, KOREAN_SURNAMES, words_of

NAME_WORD = rf"[{CAPITALS}][\w'’.\-]*"  # a word of a person's name: capitalised
# two to four such words; an article opens no name ("A Troubled Relations": a subheading)
PERSON = rf"(?!(?:A|The)\s){NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}"
# a Korean paper's sections: alone over the story ("축구", "정치": no headline) or shaped
# like a paper's name ("종합뉴스", "포토뉴스", "카드뉴스": over a page's headline, in a lead's
# brackets, no paper)
KOREAN_SECTIONS = (
    r"(?:정치|경제|사회|국제|문화|스포츠|연예|지역|최신|주요|전체|오늘의|많이본|포토|영상|"
    r"종합|인기|실시간|이슈|속보|기획|해외|전국|산업|생활|교육|과학|헤드라인|추천|단독|카드|"
    r"인터넷|모바일|글로벌|이시각|특집|축구|야구|농구|배구|골프|건강|여행|오피니언|사설|칼럼|"
    r"금융|증권|부동산|자동차|유통|한줄)"
)
SECTION_NAME = re.compile(rf"{KOREAN_SECTIONS}(?:뉴스|일보|신문|방송)")

MAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address (EMAIL: or the mark for a hidden one)
EMAIL = rf"(?:{MAIL}|\[email\s?protected\])"
ADDRESS = r"[\w.+-]+@\S*"  # an email address, maybe cut off where the copy ends
ADDRESSES = RunPattern(ADDRESS, r"[\w.+-]")  # sought where a run of its letters opens
# a web site by its address: "baonghean.vn", "Moitruong.net.vn", "TTH.VN"
SITE = r"[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|kr)"
_AUTHORS = re.compile(r"(?i:authors?)\s*:\s*(?P<rest>\S.{2,200})")
_AUTHOR_GAP = re.compile(r"\s*;\s*|\s+and\s+(?=[A-ZÀ-ỸĐ])")
_WITH = re.compile(
    rf"(?i:by)\s*:?\s+(?P<a>{PERSON})\s+with\s+"
    rf"(?P<b>{PERSON}(?:(?:\s*,\s*|\s+and\s+){PERSON})*)"
)
_BY_PLACED = re.compile(
    rf"(?i:by)\s*:?\s+(?P<a>{PERSON})\s+in\s+{NAME_WORD}(?:\s+{NAME_WORD})?"
    rf"(?:\s*,\s*|\s+and\s+)(?P<b>{PERSON})\s+in\s+{NAME_WORD}(?:\s+{NAME_WORD})?"
)
_WITH_OUTLET = re.compile(rf"(?P<name>{PERSON})\s*\((?P<outlet>[^()]{{2,40}})\)")
_TITLED = re.compile(
    rf"(?i:by)\s*:?\s+(?P<name>{PERSON})\s*[-–—]\s*"
    r"(?i:(?:staff\s+)?(?:reporter|correspondent|contributor|writer|editor))"
    r"(?:\s*[/|]\s*@?[\w.]{2,30})?"
)
_PERSON_ONLY = re.compile(PERSON)
# "Lê Quảng (theo Yonhap)", "Hải Yến (Nguồn: Báo Bắc Ninh)": the author, and the source
_THEO = re.compile(  # "Hằng Đinh (t/h)": compiled (tổng hợp) from other sources
    rf"(?P<name>{PERSON})\s*\((?:(?i:theo|nguồn\s*:|source\s*:)\s*[^()]{{2,30}}|"
    r"(?i:t/h|tổng hợp))\)"
)
# A reporter's desk or standing before 기자: "인턴기자", "선임기자", "국방전문기자"
REPORTER_DESK = r"(?:[가-힣]{2}전문|전문|선임|인턴|수습|객원)?"
_NOT_A_DESK = r"(?<!전문)(?<!선임)(?<!인턴)(?<!수습)(?<!객원)"
# "문홍철 기자 | 기사입력 2024/11/18", "시흥 한지수 기자", "보도본부 | 김정연 기자" (the desk
# first), "정리나 하노이 특파원": a Korean
# reporter's name before 기자 (reporter), the city before it; a correspondent's after it
_KOREAN = re.compile(
    # "이기수 의학전문기자": the name, then the desk ("의학전문" is no name)
    # "호치민(베트남)= 최우진 기자": the city, its country in brackets
    # "한국 유로저널 이준동 기자": a paper's name of two words
    r"(?:(?P<lead>[가-힣A-Za-z0-9]{1,10}(?:\s[가-힣A-Za-z0-9]{1,10})?)"
    r"(?:\([가-힣]{1,8}\))?(?:\s*[=/|]\s*|\s+"
    rf"(?=(?!기자)[가-힣]{{2,4}}{_NOT_A_DESK}\s*(?:기자|선임기자))))?"
    # "김은경 기자 기자": the word printed twice, the name once
    rf"(?:(?!기자)(?P<name>[가-힣]{{2,4}})\s*{REPORTER_DESK}(?:기자|특파원)(?:\s기자)?|"
    r"(?P<correspondent>[가-힣]{2,4})\s+[가-힣]{2,5}\s+특파원)"
    # after a bar, the page's furniture ("| 기사입력 …"), not a sentence ("| … 밝혔다.")
    r"(?:\s*[|=/,]?\s*\(?"  # "박해영기자 , x@…": a comma before the address
    + EMAIL
    + r"\)?|\s*[|/](?!.*다\.$).{0,60}|\s*=|\s+"
    + ADDRESS
    # "김원주 기자 작성": a message board's "written by"; "이동훈 기자 (": the address
    # in brackets broken onto the next line
    + r"|\s*작성|\s*\()?"
)  # "문홍철 기자 | 기사입력 …", "부산=민지호 기자 jiho@example.com"; "기자 = …" opens a story
# "[박규태 / pd@example.com]", "<심우영 / sw@example.com>",
# "< 박수현 기자 shpark@example.co.kr >", "/윤종현기자 email",
# "<김현종 기자>tazan@example.com",
# "<문준영 인턴기자 / 저작권자ⓒ제주의소리. 무단전재 금지>",
# "박정오 다른기사보기", "곽선미 기자의 전체기사 보기", "김하늘 기자 기사 더보기",
# "윤영균 name@example.com": a reporter with an address, or with the link to other stories
# ("기자의 다른기사 보기", the reporter's other stories, names nobody; "환경해양 윤진
# 다른기사보기": the reporter's section before the name)
_KOREAN_SIGNED = re.compile(
    r"(?:\[\s*(?P<name>[가-힣]{2,4})\s*/\s*" + EMAIL + r"\s*\]|"
    r"<\s*(?P<slashname>[가-힣]{2,4})\s*/\s*"
    + EMAIL
    + r"\s*>)"
    + r"|<\s*(?P<angled>[가-힣]{2,4})\s*(?:인턴|수습)?기자\s*(?:"
    + EMAIL
    + r"|/\s*저작권자[^<>]{0,60})?\s*>(?:\s*"
    + EMAIL
    + r")?|/\s?(?:[가-힣]{1,8}\s?=\s?)?(?P<slashed>[가-힣]{2,4})\s?기자\s*(?:"
    + EMAIL
    + r"|[\w.+-]+@[\w.-]*"  # "/박정미기자 jungmi@": the address cut off
    # ("함평.무안 / 김중현 기자 다른기사보기": where the reporter files from, before)
    + r")?|(?:[가-힣.·]{2,12}\s*/\s*|[가-힣·]{2,8}\s)?(?P<other>(?!기자)[가-힣]{2,4})"
    + r"(?:(?:(?:\s*기자의?)?\s*다른|\s*기자의\s*전체)\s?기사\s?보기|\s*기자의?\s*(?:다른\s?)?기사\s?더보기)|"
    + r"(?P<mailed>[가-힣]{2,4})\s+"  # "윤영균 novirusy@example.com": a name, an address
    + EMAIL
    + r"|"
    + EMAIL
    + r"\s+(?P<addressed>[가-힣]{2,4})\s?기자|"  # "kim@example.com 김준석 기자"
    # "임광복 글로벌이코노믹 기자 ac@example.com": the name, the paper, then the address
    # (or in brackets, a slash before the address: "[강해영 한빛타임즈 기자/k@…]")
    + r"(?P<bracket>[\[(]\s*)?(?P<papered>[가-힣]{2,4})\s+[가-힣A-Za-z]{2,12}\s?"
    + REPORTER_DESK
    + r"(?:기자|특파원)(?:\s*[/,]\s*|\s+)"
    + EMAIL
    + r"(?(bracket)\s*[\])])"
)
# a paper's desks, which sign a story with their address as a reporter does
_DESK_WORDS = """기자 편집국 보도국 편집부 취재부 경제부 정치부 사회부 국제부 문화부 산업부
    사진부 체육부 스포츠부 디지털부 온라인부 뉴스팀 취재팀 기획실 편집실"""
_DESKS = frozenset(_DESK_WORDS.split())
# "MBN뉴스 심우영입니다.": the name in a broadcaster's sign-off (clutter.yml knows its shape)
_AIRED = re.compile(r"(?P<name>[가-힣]{2,4})\s?입니다")


# "조혜원 기자입니다.": a broadcast's reporter, named as the anchor hands over
_INTRODUCED = re.compile(
    r"(?:보도에\s)?(?P<name>[가-힣]{2,4})(?<![은는이가])\s+(?:[가-힣]{2,6}\s)?"
    r"(?:기자입니다|기잡니다)\.?|"
    r"이 소식은\s(?P<handed>[가-힣]{2,4})\s?기자가\s전해\s?드립니다\.?"
)  # not "아버지는 기자입니다." (my father is a reporter); "이 소식은 X 기자가 전해드립니다."
# "Reporter Jung Joon-ho covered the shipyard site.": the same hand-off in English
_HANDED_OVER = re.compile(
    rf"(?i:reporter|correspondent)\s+(?P<name>{PERSON})\s+(?:covered|reports|has the|has more)"
)
# "조진욱 기자입니다.}", "… 기자입니다. }": a script's brace closing the anchor's turn
_CLOSED = re.compile(r"\s?[}\]]$")
# "베트남 하노이에서 ", "지금까지 하노이에서 ": where the report is filed from, before its sign-off
AIRED_FROM = re.compile(r"(?:지금까지\s)?(?P<places>(?:[가-힣]+\s){0,2}[가-힣]+)에서\s")
# "필진: 신현석 스마일게이트 베트남 법인장(x@example.com)": a column's writer and post
# "(글. 이은수 / 베네핏 매거진 에디터)": a feature's writer, the magazine and the post after a
# slash
_WRITERS = re.compile(
    r"(?:필진|글쓴이)\s*:\s*(?P<name>[가-힣]{2,4})(?:\s.{0,60})?|"
    r"\(글\s?[.:=·]\s?(?P<written>[가-힣]{2,4})(?:\s?/\s?[^()]{2,40})?\)"
)
# "박지훈 시민리포터 x@…": a (citizen) reporter's sign-off with an address
_REPORTER = re.compile(
    rf"([가-힣]{{2,4}})\s*(?:(?:시민|명예|객원)\s*)?리포터\s*\(?{EMAIL}\)?"
)
# "이지은 국민기자>", "조혜원 기자>": a broadcast script's label of the reporter's turn
_REPORTER_LABEL = re.compile(r"(?P<name>[가-힣]{2,4})\s+(?:국민|시민|객원)?기자\s?>")
# "응웬 늇(Nguyen nhut) 기자": a foreign reporter, the name's spelling in brackets
_KOREAN_GLOSSED = re.compile(
    r"(?P<name>[가-힣]{1,4}(?:\s[가-힣]{1,4}){0,3})\s?\([A-Za-zÀ-ỹĐđ][^()]{1,30}\)\s*"
    r"(?:기자|특파원)"
)


def korean_surname(name: str) -> bool:
    """``name`` opens with a Korean family name's syllable."""
    return name[:1] in KOREAN_SURNAMES


# two reporters: "차종혁·민경인 기자 x@example.com", "차종혁 기자, 민경인 기자"
_TWO_KOREANS = re.compile(
    rf"(?P<a>[가-힣]{{2,4}})(?:\s?기자)?\s*[,·]\s*(?P<b>[가-힣]{{2,4}})\s?기자"
    rf"(?:\s+{EMAIL})?"
)
# the reporter's address, then the name glued on: "/x@example.com조영신기자"
_MAILED_FIRST = re.compile(
    r"/?\s?[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z]+)+\s?(?P<name>[가-힣]{2,4})\s?기자"
)


class Outlets(Protocol):
    def find(self, text: str) -> str | None: ...


def is_korean_name(word: str, outlets: Outlets) -> bool:
    """``word`` may be a Korean's name: it opens with a surname, and it is no word for
    nobody ("관리자", the admin) nor a paper's name ("연합뉴스")."""
    return korean_surname(word) and word not in NO_NAMES and not outlets.find(word)


# the words of an author's post or desk after a comma: "Kim Min-ji, Research Fellow"
_POST_WORD = re.compile(
    r"\b(?i:fellow|professor|researcher|analyst|economist|director|manager|officer|chief|"
    r"head|lecturer|specialist|editor|reporter|correspondent|writer|staff|team|"
    r"desk|institute|university|cent(?:er|re)|department|school|college|group|office)\b"
)


def _listed_or_placed(part: str) -> list[str]:
    """ "Julia Roe, Yoon Seo" (the names of a list) or "Kim Min-ji, Research Fellow" (a
    name and the author's post): the names a part of an "Authors:" line gives."""
    pieces = [piece.strip() for piece in part.split(",")]
    listed = all(
        _PERSON_ONLY.fullmatch(piece) and not _POST_WORD.search(piece)
        for piece in pieces
    )
    return pieces if listed else pieces[:1]


_NAME_FIELD = re.compile(r"(?:[•·]\s*)?기자명\s*:?\s*([가-힣]{2,4})")


def other_byline(text: str, outlets: Outlets) -> tuple[str, ...] | None:
    """The authors a byline of one of these shapes names, else None."""
    if writer := school_writer(text):  # "윤정인 아주대학교 교통시스템공학과"
        return (writer,)
    if match := _AUTHORS.fullmatch(text):
        parts = _AUTHOR_GAP.split(match.group("rest"))
        names = [name for part in parts for name in _listed_or_placed(part)]
        if names and all(_PERSON_ONLY.fullmatch(name) for name in names):
            return tuple(names)
        return None
    if match := _WITH.fullmatch(text):
        others = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group("b"))
        return (match.group("a"), *others)
    if match := _BY_PLACED.fullmatch(text):
        return (match.group("a"), match.group("b"))
    if (match := _WITH_OUTLET.fullmatch(text)) and any(
        map(outlets.find, match.group("outlet").split("/"))
    ):  # "Thanh Liêm (TTXVN/Vietnam+)": one of the outlets is enough
        return (match.group("name"),)
    if match := _TITLED.fullmatch(text):
        return (match.group("name"),)
    if match := _KOREAN.fullmatch(text):
        name = match.group("name") or match.group("correspondent")
        lead = match.group("lead")
        # "최우진 베트남 기자": the reporter, then the country covered; "이승렬 더파워
        # 기자": the reporter, then the paper (a word no Korean name opens so)
        beside = is_place_name(name) or not korean_surname(name)
        if lead and beside and is_korean_name(lead, outlets):
            name = lead
        # "뉴시스 기자": the wire's desk; "편집부 한빛일보 기자": a paper, by its word;
        # "취재기자": a reporting reporter, a label; "홍보팀 기자": a team
        desk = outlets.find(name) or KOREAN_OUTLET_WORD.search(name) or name[-1] == "팀"
        desk = desk or name in _DESKS  # "취재부 기자": the reporting desk signs
        return None if desk or name in NO_NAMES else (name,)
    if match := _KOREAN_GLOSSED.fullmatch(text):
        return (match.group("name"),)
    if (match := _TWO_KOREANS.fullmatch(text)) and all(
        is_korean_name(n, outlets) for n in match.group("a", "b")
    ):
        return match.group("a", "b")  # "차종혁·민경인 기자", "차종혁 기자,민경인 기자"
    if (match := _MAILED_FIRST.fullmatch(text)) and is_korean_name(
        match["name"], outlets
    ):
        return (match.group("name"),)  # "/x@example.com조영신기자"
    if match := _REPORTER_LABEL.fullmatch(text):
        return (match.group("name"),)  # "이지은 국민기자>": the reporter's turn
    # "필진: 신현석 … 법인장(x@…)": the column's writer
    if (match := _WRITERS.fullmatch(text)) and is_korean_name(
        name := match["name"] or match["written"], outlets
    ):
        return (name,)
    if match := _KOREAN_SIGNED.fullmatch(text):
        found = match.group("name") or match.group("angled") or match.group("slashed")
        found = found or match.group("papered")
        # "이메일 x@…": the address's label; "x@… 관리자 기자": the admin; no name
        mailed, addressed = match.group("mailed"), match.group("addressed")
        # "<심우영 / x@…>": no 기자 says a person, so the name must read as one
        mailed = mailed or match.group("slashname")
        if mailed and not is_korean_name(mailed, outlets):
            return None
        # "[편집국 / x@…]", "<경제부 / x@…>": a desk signs, no reporter
        signer = match.group("name") or match.group("slashname")
        if signer in _DESKS or signer in NO_NAMES:
            return None
        if addressed and (addressed in NO_NAMES or outlets.find(addressed)):
            return None  # (기자 says a person: "레타인 기자" needs no Korean surname)
        return (found or match.group("other") or mailed or addressed,)
    if (match := _NAME_FIELD.fullmatch(text)) and is_korean_name(match[1], outlets):
        return (
            match[1],
        )  # "• 기자명 임경래": a paper's details strip names its reporter
    if match := _THEO.fullmatch(text):  # "Lê Quảng (theo Yonhap)": author, and source
        return (match.group("name"),)
    # "박지훈 시민리포터 x@…": a (citizen) reporter, a name by its surname, and an address
    if (match := _REPORTER.fullmatch(text)) and is_korean_name(match[1], outlets):
        return (match[1],)
    if (inner := unwrapped(text)) != text:  # "[ 강영호 기자 x@… ]", "(서울=연합뉴스) …"
        return other_byline(inner, outlets)
    return None


# The same at the end of a wire story another paper carries: "… 있다. (하노이=연합뉴스)
# 김선한 특파원 shkim@yna.co.kr"; or a paper's own, glued to the last sentence: "…
# 점검했다./문경=이현종기자" (the place it was filed from, the reporter), "… 선정되기도
# 했다. 조아미 기자" (the reporter alone), "… 말했다. [비즈니스포스트 이한재 기자]" (the
# paper and its reporter in brackets)
_SURNAME = "[" + "".join(sorted(KOREAN_SURNAMES)) + "]"
# "경제부 기자", "편집부 기자": a desk signs, no reporter
_NOT_A_DESK_NAME = r"(?<![부팀국실])"
KOREAN_SIGN_OFF = re.compile(
    # the spaces before the sign-off are read from the first of a run only, and those
    # after the reporter's name are read once ("\s*+"): a long run of spaces is no
    # quadratic search
    r"(?<!\s)\s*(?:\((?P<place>[가-힣]{1,8})=(?P<outlet>[^()]{1,20})\)|"
    r"(?<=[.”\"])\s*/\s?[가-힣]{1,8}\s?=|"
    # "… 말했다. 김하늘 기자", "… 배정됐다.김하늘기자", "… 말했다./김하늘기자‧ab@…"
    # ("… 예정이다. /김하늘기자 ab@…": a space before the slash)
    rf"(?<=다\.)(?:\s*/\s?|\s+|(?=[가-힣]{{2,4}}\s?(?:전문|선임)?기자))"
    rf"(?!(?:전문|선임|수습|인턴)기자)"
    rf"(?={_SURNAME}[가-힣]{{1,3}}{_NOT_A_DESK_NAME}\s?(?:전문|선임)?기자)|"
    r"(?<=[.”\"])\s*\[(?P<paper>[^\[\]=]{2,20}?)\s)\s*(?P<name>[가-힣]{2,4})\s*"
    r"(?:전문|선임)?(?:기자|특파원)(?(paper)\]|)\s*+(?:[‧·]\s*+)?(?:"
    + EMAIL
    + r"|[\w.-]+@[\w.-]*)?\s*$"
)


# a reporter's rank or beat, written apart from 기자: "김철수 선임 기자", "[사진 기자]"
REPORTER_RANKS = frozenset(
    words_of("전문 선임 인턴 수습 객원 수석 사진 영상 취재 편집")
)
# words in a byline's place that name no one: "관리자 기자" (the admin), "이메일 x@…", "문의
# x@…" (an address's label), a rank alone ("[본지 기자]": the paper's own)
NO_NAME_WORDS = """관리자 운영자 편집자 편집부 취재팀 사진부 이메일 문의 제보 연락처 구독 구독신청
    기사 보도 취재 광고 홍보 대표 고객 메일 본지 현장 어린이 청소년 기상 교통 명예 시민
    대학생 학생 이번"""
NO_NAMES = frozenset(NO_NAME_WORDS.split()) | REPORTER_RANKS
# up to the editors: "(Reporting from A and B, in Seoul; C, in Hanoi. Editing by …)", and
# a translated copy's "Báo cáo của A; Chỉnh sửa bởi B"
_REPORTING = re.compile(
    r"(?:reporting (?:by|from)|báo cáo của) ((?:(?!editing by|chỉnh sửa bởi)[^()])+)",
    re.I,
)
_FILED_FROM = re.compile(r"(?:^|\s+)in\s+[A-ZÀ-ỸĐ][\w ]*$")
_MORE_REPORTING = re.compile(r"^(?:additional\s+)?reporting\s+(?:by|from)\s+", re.I)


def reporters_credited(text: str) -> tuple[str, ...]:
    """``(Reporting by Jane Roe and Kim Min-ji in Seoul; Editing by …)`` → the reporters."""
    match = _REPORTING.search(text)
    if not match:
        return ()
    names = re.split(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+", match.group(1).strip(" ."))
    found = (_FILED_FROM.sub("", _MORE_REPORTING.sub("", n)).strip(" .") for n in names)
    return tuple(n for n in found if n)  # ", in Seoul": where the names before it filed


# "윤종원", "이윤낙 발행인", "이남기 하노이 ‘한인소식’ 편집장": a Korean name, perhaps with
# the writer's post, as an item of a page's credits list
_KOREAN_LISTED = re.compile(
    r"(?P<name>[가-힣]{2,4})"
    r"(?:\s+(?:\S.{0,30}?\s)?(?:기자|특파원|발행인|편집인|편집장|편집국장|대표|위원|작가)"
    # "• 이은아 기자=베트남 하노이": where the reporter filed from after an equals sign
    r"(?:\s?=\s?[가-힣]{1,10}(?:[\s/][가-힣]{1,10}){0,2})?)?"
)


def listed_korean_name(item: str, outlets: Outlets) -> str | None:
    """The writer a Korean page's list of credits names in ``item``, over or under the
    list's date (``• 임경주`` / ``• 승인 2016.01.21 11:42``); not a wire (``• 뉴시스 기자``)."""
    found = _KOREAN_LISTED.fullmatch(item.strip())
    return found.group("name") if found and not outlets.find(found["name"]) else None


def aired_reporter(signoff: str) -> str | None:
    """The reporter a broadcaster's sign-off names: "KBS 뉴스 박서윤입니다." → 박서윤, or the
    anchor's hand-over: "조혜원 기자입니다." → 조혜원."""
    if filed := AIRED_FROM.match(signoff):  # "하노이에서 채널A 뉴스 최재원입니다."
        signoff = signoff[filed.end() :]
    if introduced := _INTRODUCED.fullmatch(_CLOSED.sub("", signoff)):
        return introduced["name"] or introduced["handed"]
    if handed := _HANDED_OVER.match(signoff):
        return handed["name"]  # "Reporter Jung Joon-ho covered the shipyard site."
    found = _AIRED.search(signoff)
    return found.group("name") if found else None


# "하노이에서 채널A 뉴스 X입니다.": the broadcaster a sign-off names before its reporter
_AIRED_BY = re.compile(
    r"(?:^|\s)(?P<station>[A-Za-z가-힣]{2,8}?)\s?(?:뉴스\s?)?[가-힣]{2,4}\s?입니다"
)


def aired_broadcaster(signoff: str) -> str | None:
    """The station a broadcaster's sign-off names: "하노이에서 채널A 뉴스 박서윤입니다." →
    채널A (the caller looks it up among the known outlets)."""
    found = _AIRED_BY.search(signoff)
    return found["station"] if found else None
