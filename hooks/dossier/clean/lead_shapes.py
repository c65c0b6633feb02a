"""Parts of a Korean paper's lead (``korean_leads``): the words for a paper's desk and a
reporter's post, and the reporter's name as a lead writes it after the paper's tag."""

from __future__ import annotations

import re

from dossier.clean.bylines import PERSON, REPORTER_DESK, REPORTER_RANKS, SECTION_NAME
from dossier.text import words_of

# Korea's provinces by their short names, which open a place's, not a paper's
PROVINCES = frozenset(
    words_of(
        "경기 강원 충북 충남 전북 전남 경북 경남 제주 서울 부산 대구 인천 광주 대전 울산 세종"
    )
)
# A paper's desk: "사회팀", "온라인뉴스팀", "취재부", "편집국", "디지털뉴스국"
PAPERS_DESK = (
    r"(?:[가-힣]{0,6}팀|취재부|편집부|편집국|보도국|[가-힣]{0,4}뉴스국|데스크)"
)
# A reporter's post: a bureau's ("제주본부장", "호치민지사장", "하노이 통신원"), the desk's
# ("논설위원", "대기자") or the newsroom's head ("보도국장", "편집국장", "편집장")
BUREAU = (
    r"(?:[가-힣]{0,4}\s?(?:본부장|지사장|지국장|통신원|주재기자|논설위원|편집위원|대기자|"
    r"국장|편집장))"
)
# A Korean's name, or a Vietnamese's written in Hangul, its syllables apart ("홍 리"):
# apart only where its spelling in letters follows in brackets ("홍 리 (Hong Ly)")
_SPACED = r"[가-힣]{1,4}(?:\s[가-힣]{1,4}){1,3}(?=\s?\([A-Za-z])"
# the spelling in letters ("(Hong Ly)"), or the country the reporter covers ("(베트남)"),
# between the name and 기자: "홍 리 (Hong Ly) 기자", "하경옥(베트남)기자"
_GLOSS = r"(?:\s?\((?:[A-Za-zÀ-ỹĐđ][A-Za-zÀ-ỹĐđ .'-]{1,30}|[가-힣]{2,8})\))?"
# The reporter after a lead's closing bracket: "김철수 기자 = …", "홍 리 (Hong Ly) 기자 = …";
# a standing set apart ("김철수 인턴 기자", "김철수 경제전문 기자"); 기자 a word of its own
# (not "기자회견", "기자단", "기자들")
_POST_AFTER = (
    rf"(?:(?:{'|'.join(sorted(REPORTER_RANKS))}|[가-힣]{{2}}전문)\s)?{REPORTER_DESK}"
    r"(?:기자|특파원)(?![가-힣])"
)
# two words before it only where an equals sign (or the line's end) follows, as a wire's
# lead sets it: "김철수 박영희 기자 = …" (two reporters), "김철수 사회부 기자 = …" (a desk),
# "응우옌 반남 기자 = …" (one name); which are names: lead_reporters.reporters_after
REPORTER_AFTER = (
    rf"(?:(?P<after>{_SPACED}|[가-힣]{{2,4}}|{PERSON})"
    rf"(?:\s(?!{_POST_AFTER})(?P<also>[가-힣]{{2,4}})(?=\s*{_POST_AFTER}\s*(?:=|$)))?"
    rf"{_GLOSS}\s*{_POST_AFTER}\s*=?\s*)?"
)


# "[한빛청소년기자단 국제부=12기 김다솜기자]": the paper, its desk, then the reporter by the
# cohort a student press corps counts ("12기"); "[한빛일보 사회부=김철수 기자]": the desk
# alone
DESK_THEN_REPORTER = re.compile(
    r"\[(?P<outlet>[가-힣A-Za-z0-9]{2,20})"
    r"(?:\s(?P<desk>[가-힣]{1,6}[부팀])\s?=\s?(?:\d{1,3}기\s?)?|\s?=\s?\d{1,3}기\s?)"
    r"(?P<name>[가-힣]{2,4})\s?(?:기자|특파원)\]\s*=?\s*"
)
# in English: "[Hanbit Economy Reporter Kim Min-ji] …", "[Alpha Biz= Reporter Kim Sangjin]":
# the outlet, then its reporter (no "Staff", "Senior" or "Intern" as the outlet: a rank)
ENGLISH_TAG = re.compile(
    r"\[(?!(?i:staff|senior|intern|chief|special|cub|junior)\s)"
    r"(?P<outlet>[A-Z][\w .&-]{1,30}?)(?:\s?=\s?|\s+)(?i:reporter|correspondent)\s+"
    rf"(?P<name>{PERSON})\]\s*"
)
# "[천지일보 인천=김미정 기자] …", "[한빛뉴스,남해=…]", "【한빛뉴스 하노이(베트남)=김철수
# 특파원】": the paper, the place it filed from (its country in brackets), the reporter; a
# second after a dot, a local stringer perhaps ("김철수 특파원·부 튀 띠엔 통신원"), is
# passed over: the page's byline line names the first again, and a lead gives one author
PAPER_PLACE_REPORTERS = re.compile(
    r"[\[【](?P<outlet>[가-힣A-Za-z0-9]{2,15})(?:\s|\s?,\s?)(?P<place>[가-힣]{1,8})"
    r"(?:\([가-힣]{1,8}\))?\s?=\s?"
    rf"(?P<name>[가-힣]{{2,4}})\s*{REPORTER_DESK}(?:기자|특파원)"
    r"(?:\s?[·,]\s?(?:[가-힣]{1,4}(?:\s[가-힣]{1,4}){0,3}?)\s?(?:기자|특파원|통신원))?"
    r"[\]】]\s*=?\s*"
)
# "[한빛신문/김철수.박영희 기자]전라남도와 …": the paper, then two reporters joined by a
# stop or a middle dot, one 기자 after both (not a comma: "[한빛뉴스=경제부, 김철수 기자]",
# "[한빛뉴스=도쿄, 김철수 특파원]" name a desk or a place, then one reporter)
TWO_REPORTERS = re.compile(
    r"[\[【](?P<outlet>[가-힣A-Za-z0-9]{2,15})(?:\s?[=/ㅣ|_]\s?|\s)"
    r"(?P<name>[가-힣]{2,4})\s?[.·ㆍ]\s?(?P<second>[가-힣]{2,4})\s?(?:기자|특파원)"
    r"[\]】]\s*=?\s*"
)
# the word a Korean paper's name ends in, as a tag in brackets writes it alone
_PAPER_WORD = r"(?:뉴스|일보|신문|방송|통신|타임즈|타임스|투데이|데일리|저널)"
# "관리자 기자 | 최민수 의장은 …", "[한빛신문] 관리자 기자 | …": the site's software
# signing for nobody (its admin, operator or editor as the reporter), the paper in
# brackets before it at most (a section's label, "[속보] ", is no paper), a bar or an
# equals sign before the story
NAMELESS_REPORTER = re.compile(
    rf"(?:\[(?:(?P<outlet>[가-힣A-Za-z0-9]{{1,12}}{_PAPER_WORD})|[가-힣]{{2,4}})\]\s*)?"
    r"(?:관리자|운영자|편집자)\s?기자\s?[|ㅣ=]\s*"
)
# "[한빛일보]K-water(사장 …)는 …", "[한빛일보] LG전자는 …": the paper alone in brackets
# over a story that opens on a name in letters, Korean after it (a story opening in
# Hangul is read where the paper's bracket is: openings.PAPER_LEAD); not a section's
# label ("[카드뉴스]")
PAPER_OVER_LETTERS = re.compile(
    rf"\[(?!{SECTION_NAME.pattern}\])"
    rf"(?P<outlet>[가-힣A-Za-z0-9]{{1,15}}{_PAPER_WORD})"
    r"\]\s*(?=[A-Za-z][A-Za-z0-9&.-]*(?:\([^()]{1,30}\))?[가-힣])"
)
# "(한빛데일리) 김철수 기자 = …", "(한빛데일리) Tran Van Nam 기자 = …": the paper alone in
# round brackets, then its reporter, in Hangul or in letters, and the equals sign (a place
# in the brackets is the dateline: "(하노이) 김철수 특파원 = …")
PAPER_IN_ROUND_BRACKETS = re.compile(
    r"\((?P<outlet>[가-힣A-Za-z0-9][가-힣A-Za-z0-9 .&]{1,20})\)\s*"
    rf"(?P<name>[가-힣]{{2,4}}|{PERSON})\s?{REPORTER_DESK}(?:기자|특파원)\s*=\s*"
)
