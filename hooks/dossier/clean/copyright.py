"""Who a copyright line names as holding the rights: often the outlet, spelt out in full
("Copyright © Example Ministry. All Rights Reserved.", "<저작권자 © Businesskorea 무단전재>",
"Caliber.az © 2025.")."""

from __future__ import annotations

import re

from dossier.clean.people import is_writer_name

_COPYRIGHT = re.compile(
    r"[\s<‹〈(\[]*(?:저작권자\s*)?(?:copyrights?\s*)?"
    r"(?:(?:©|ⓒ|\(c\))\s*(?:copyright\s*)?(?:bản quyền thuộc(?: về)?\s+)?|"
    r"bản quyền thuộc(?: về)?\s+)"  # "Bản quyền thuộc về Báo …": the Vietnamese form
    r"(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d\s*)?)?(?:by\s+)?(?P<holder>.+)",
    re.I,
)
# "영남일보(www.yeongnam.com), 무단전재 및 수집, 재배포금지": the paper, no © sign
_KOREAN_RIGHTS = re.compile(
    r"(?:저작권자\s*)?(?P<holder>[가-힣A-Za-z][가-힣A-Za-z .]{1,20}?)\s*(?:\([^()]{2,40}\))?\s*[,.]?\s*"
    r"(?=무단\s?(?:전재|복제))"
)
# "이 기사는 한빛공보 홈페이지(http://…)에서 프린트 되었습니다.": a print view's note names
# the site the story was printed from
_PRINTED_FROM = re.compile(
    r"이 기사는\s+(?P<holder>[^()]{2,30}?)\s*(?:홈페이지|사이트)\s*(?:\([^()]*\))?\s*에서\s*"
    r"(?:프린트|출력|인쇄)\s?되었습니다\.?"
)
# "Caliber.az © 2025.": the holder before the sign
_HOLDER_BEFORE = re.compile(
    r"(?P<holder>[A-Z][\w.&'’ -]{1,40}?)\s*(?:©|ⓒ)\s*(?:19|20)\d\d\b[\s.]*"
)
# a paper's slogan beside its name: quoted before it, or after a dash in Korean
# (or its name again in Latin letters: "덴티스트 - DENTIST"); a description before a paper's
# name ending as one does: "온라인 경제미디어 뉴스웨이"
_TAGLINE = re.compile(
    r"^['‘\"“][^'’\"”]{2,30}['’\"”]\s*|\s[-–]\s(?=[가-힣]).*$|"
    r"(?<=[가-힣])\s[-–]\s[A-Za-z][\w .]*$|"
    r"^(?:[가-힣]*(?:온라인|인터넷|대표|전문|종합|미디어|언론)[가-힣]*\s){1,3}"
    r"(?=(?:[가-힣]+(?:뉴스|미디어)|(?:뉴스|미디어)[가-힣]+)$)"
)
# "매일경제 & mk.co.kr", "비나한인 https://www.vinahanin.com": the paper and its address
_AND_SITE = re.compile(
    r"\s+(?:&\s+(?:https?://)?(?:www\.)?|https?://(?:www\.)?|www\.)[\w-]+(?:\.[\w-]+)+/?$"
)
# "- 발췌 번역 / 정리 - ⓒ 비나한인 …": credits for the copy, then the sign after a dash
_SIGN_AFTER_CREDITS = re.compile(r".{2,40}?\s[-–|]\s(?=(?:©|ⓒ))")
# a Korean sentence's end: "… 있다", "… 했다"
_TOLD = re.compile(r"[가-힣]\s[가-힣]*다$")
_HOLDER_END = re.compile(
    # ("<저작권자 ⓒ 핫타임뉴스 무": "무단전재" cut where the copy ends)
    r"\.\s|\.$|\s*\ball rights\b|\s*무단|\s+무$|\s+[|·]\s|\s*\|\s*$|[>›〉)\]]\s*$|"
    r"\s[-–]\s(?i:cơ quan)",
    re.I,
)


# "한빛전자 뉴스룸이 직접 제작한 기사와 사진은 누구나 자유롭게 사용하실 수 있습니다": the
# newsroom that licenses its own stories
_FREE_TO_USE = re.compile(r"(?P<holder>[^\s].{1,30}?)(?:이|가) 직접 제작한 ")


def copyright_holder(text: str) -> str | None:
    """Who a copyright line names: ``Copyright © Example Ministry. All Rights Reserved.``
    → ``Example Ministry``; ``<저작권자 © Businesskorea 무단전재 …>`` → ``Businesskorea``."""
    if credits := _SIGN_AFTER_CREDITS.match(text):
        text = text[credits.end() :]
    match = (
        _COPYRIGHT.match(text)
        or _KOREAN_RIGHTS.match(text)
        or _FREE_TO_USE.match(text)
        or _HOLDER_BEFORE.fullmatch(text)
        or _PRINTED_FROM.fullmatch(text)
    )
    if not match:
        return None
    holder = _HOLDER_END.split(match.group("holder"), 1)[0].strip(" ,.")
    # "'5개국어 글로벌 경제신문' 아주경제", "기호일보 - 아침을 …": the slogan is not the name
    holder = _TAGLINE.sub("", holder)
    holder = re.sub(r"\s+(?:19|20)\d\d$", "", holder)  # "IBTimes 2024"
    holder = _AND_SITE.sub("", holder)
    words = holder.split()
    # "전북일보 인터넷신문": the paper, then the word for an online paper
    holder = re.sub(r"(?<=[가-힣])\s인터넷신문$", "", holder)
    # (in lower case only a paper's "e-": "e-경남 사회복지문화신문", "e대한경제신문"; or a
    # brand in small letters in a Korean notice against copying: "< Copyright ⓒ mbn.
    # 무단전재 및 재배포 금지 >")
    lower = holder[:1].islower() and not re.match(r"[a-z]-[가-힣A-Z]|e[가-힣]", holder)
    lower = lower and not (_BRAND.fullmatch(holder) and _NO_COPYING.search(text))
    if not 1 <= len(words) <= 10 or lower or _TOLD.search(holder):
        return None  # "© 대한태권도협회 시범단이 … 찍고 있다.": a caption told after the sign
    if (taken := _TAKEN_BY.fullmatch(holder)) and is_writer_name(taken["person"]):
        return None  # "© VNA - Nguyễn Văn An": a picture's agency and its photographer
    return holder


# a picture's credit after the sign: the agency, then the photographer after a dash or slash
_TAKEN_BY = re.compile(r"[^-–/]{2,40}?\s[-–/]\s(?P<person>[^-–/]{5,40})")


# a brand in small Latin letters ("mbn") and the words of a notice against copying
_BRAND = re.compile(r"[a-z][a-z0-9]{1,11}")
_NO_COPYING = re.compile(r"무단\s?(?:전재|복제|배포)")


# "이 기사는 한빛뉴스 보도준칙 및 윤리강령에 따라 …", "한빛뉴스의 모든 기자는 회사의
# [인터넷신문윤리강령]을 준수합니다.": a Korean paper's note on its own rules names it
_OWN_RULES = re.compile(
    r"(?:(?:이|본) 기사는\s)?(?P<paper>[가-힣A-Za-z0-9]{2,15}?)"
    r"(?:\s(?:보도준칙|윤리강령)|의 모든 기자는 회사의)\s.*"
)
# "본지" (this paper), "자사" (our company): the paper by a word for itself; and the press
# bodies whose codes papers follow ("한국기자협회", "인터넷신문위원회")
_NO_PAPER = re.compile(r"본지|자사|당사|언론사|우리|.+(?:협회|위원회|협의회|재단)")


def own_rules_paper(text: str) -> str | None:
    """The paper a Korean note on its own rules names, not a word for itself or a press
    body's code: "이 기사는 뉴스토마토 보도준칙 …" → 뉴스토마토."""
    found = _OWN_RULES.fullmatch(text)
    if found is None or _NO_PAPER.fullmatch(found["paper"]):
        return None
    return found["paper"]


# "© 아세안연구원 | 글: 이문경": the holder's notice, then the writer of the piece after a bar
_WRITER_AFTER = re.compile(
    r"\s[|/]\s*(?:글|글쓴이|필진)\s?[:：]\s?(?P<name>[가-힣]{2,4})$"
)


def writer_credited(text: str) -> tuple[str, ...]:
    """The writer a copyright line credits after its holder, if it does."""
    found = _WRITER_AFTER.search(text.rstrip())
    return (found["name"],) if found else ()
