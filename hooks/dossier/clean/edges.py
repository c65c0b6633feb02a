"""The edges of a story's text: what opens its first paragraph (a dateline, an outlet's
tag, a Korean wire's lead) and what closes its last (an end mark, the outlet's or the
reporter's sign-off). Each is taken off the text, logged as dropped, and read for what it
says: the place, the outlet, the author.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.clean import datelines, forms
from dossier.clean import metadata as meta
from dossier.clean.bylines import (
    EMAIL,
    KOREAN_OUTLET_WORD,
    KOREAN_SIGN_OFF,
    SITE,
    reporters_credited,
)
from dossier.clean.dates import MONTH_WORD, lead_date
from dossier.clean.evidence import DATELINE, MASTHEAD, SECTION_NAME, SIGN_OFF, Evidence
from dossier.clean.korean_leads import korean_lead
from dossier.clean.lead_credits import role_credit
from dossier.clean.lead_labels import bracketed_dateline, bracketed_label, plain_words
from dossier.clean.link_lines import links_elsewhere
from dossier.clean.network_trailers import network_sign_off
from dossier.clean.openings import PAPER_LEAD
from dossier.clean.units import Unit
from dossier.model import DroppedLine

_OUTLET_TAG = re.compile(
    r"\(?(?P<tag>[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ0-9]{1,9}|[A-Z][a-z]{0,4}[A-Z][A-Za-z]{1,8}|"
    r"[A-ZĐ]{1,4}[&.][A-ZĐ]{1,4})\)?"  # "(TN&MT) - "
    # "VNA – ", "(LĐXH) - ", "PSNews - ", "(ĐN)- On"; a dash with no space on either side
    # joins a name's parts ("CJ-CGV had …")
    r"(?:\s+[-–—]{1,2}\s*|(?<=\))[-–—]{1,2}\s*|[-–—]{1,2}\s+)(?=[A-ZÀ-ỸĐ“\"])|"
    r"\((?P<named>[^()]{2,30})\)\s*[-–—]{1,2}\s*(?=\S)|"  # "(Dân trí) - ", "(CNN) -- "
    r"\((?P<coloned>[^()]{2,30})\):\s+(?=\S)|"  # "(UCA News): …": a paper's name alone
    # "(Baodautu.vn) Korean …", "(VAN) Three …", "(시사통신) 2023년 …"
    r"\((?P<bare>[^()]{2,30})\)\s+(?=[A-ZÀ-ỸĐ\uac00-\ud7a3\d“\"‘])|"
    rf"\((?P<site>{SITE})\)(?=[A-ZÀ-ỸĐ])"  # "(Moitruong.net.vn)Từ"
    r"|\((?P<stuck>[^()]{2,30})\)(?=[A-ZÀ-ỸĐ])"  # "(CNN)Tran Thi …": a known one only
    r"|(?P<glued>[A-ZĐ]{1,4}&[A-ZĐ]{1,4})(?=[A-Z][a-z])"  # "TN&MTOn July 2 …": run on
    r"|(?P<caps>[A-Z]{3,10})\s+(?=[A-ZÀ-ỸĐ][a-zà-ỹđ])"  # "BNEWS Những …": a known one only
)
# (not "정부가 제공하는 …": a particle before, a verb's ending after, are a sentence's)
_GLUED_CREDIT = re.compile(
    r"[가-힣A-Za-z]{1,9}[가-힣A-Za-z](?<![가이은는을를에의와과])"
    r"(?:\s[가-힣A-Za-z]{1,10})?\s?제공(?=[가-힣])(?![하한해했된되받을를이에과으])"
)
_GLUED_DAY = re.compile(r"\d{1,2}/\d{1,2}/\d{4}(?=[A-ZĐ][A-ZĐ&]+)")
# "Port-cranesThe two cities …", "News desk, May 2ndAccording to …": a picture's name or a
# source's tag run into the story's first word, a lower-case letter against "The" or
# "According to", as no sentence joins two words
_GLUED_LABEL = re.compile(
    r"(?:[^.!?\s]+\s){0,6}[^.!?\s]*[a-z](?=(?:The|According to)\s\S)"
)
_INITIALS = re.compile(r"[A-ZĐ][A-ZĐ0-9&]{1,7}")
_DATED_TAG = re.compile(
    r"\((?P<tag>[A-ZĐ][A-ZĐ0-9&.]{1,9}),\s*(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\)"
    r"\s*[-–—]{1,2}\s*(?=\S)"
)
# "(Vietnam Logistics Review) Có thể nói …": a publication's name in brackets, by the word
# a publication's name ends in
# a name with capitals inside one word ("MangYTe"): a site's or a company's ("YouTube"),
# so its tag says no outlet unless the outlet list knows it
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
# the word a publication's name ends in ("… Review", "… Times"): one list for every rule
PUBLICATION_HEAD = (
    r"(?:Review|News|Times|Magazine|Daily|Post|Online|Journal|Today|Herald|Tribune|"
    r"Weekly|Gazette|Press)"
)
_PUBLICATION = re.compile(
    r"(?!(?:Special|Breaking|Exclusive|Latest|Live|Featured|Top|Hot|Market|Weekly|"
    r"Daily|Morning|Evening|Photo|Video|"  # "(Special Report)": a story's label
    # "(Movie Review)", "(Book Review)": a kind of review, no paper
    r"Movie|Film|Book|Album|Concert|Drama|Theat(?:er|re)|Restaurant|Product)\b)"
    r"(?:[A-ZÀ-ỸĐ][\w.&'’-]*(?:\s[A-ZÀ-ỸĐ&][\w.&'’-]*){0,4}\s"
    rf"{PUBLICATION_HEAD}"
    # "(MangYTe)": a site's name as its address spells it, capitals inside one word;
    # "(Web Quảng Trị)": a portal; "(시사통신)": a Korean paper by its word
    r"|[A-Z][a-z]+[A-Z][A-Za-z]*|Web(?:site)?\s[A-ZÀ-ỸĐ][\w.-]*(?:\s[A-ZÀ-ỸĐ][\w.-]*){0,3}"
    r"|[가-힣A-Za-z0-9]{1,10}(?:통신|신문|일보|뉴스|방송|저널|타임즈))"
)
# "이미지 확대보기이러한 …": the button over a picture, its label run on into the story
_PICTURE_BUTTON = re.compile(r"(?:이미지|사진)\s?(?:확대\s?보기|크게\s?보기)\s*(?=\S)")
_CREDITS_END = re.compile(
    r"(?<=[.!?”\"])\s*\((?i:additional\s+)?(?i:reporting|writing)\s+(?i:by|from)\b[^()]*\)\s*$"
)
# "… 6개소다. 국민일보 쿠키뉴스 장윤형 기자 vitamin@example.co.kr": the papers signing a Korean
# story, maybe with their reporter
_KOREAN_PAPER_END = re.compile(
    r"(?<=다\.)\s+(?P<names>[가-힣A-Za-z]{2,12}(?:\s[가-힣A-Za-z]{2,12})?)"
    rf"(?:\s(?P<name>[가-힣]{{2,4}})\s?기자(?:\s+{EMAIL})?)?$"
)
_VIETNAMESE_TAG = re.compile(
    r"(?P<name>[A-ZĐ][a-zà-ỹđ]*[à-ỹđ][a-zà-ỹđ]*(?:\s[a-zà-ỹđ]+){1,2})\s[-–]\s(?=[A-ZÀ-ỸĐ])"
)
# one to four words, a dash perhaps between: "(BP Portal)", "(News Portal – Dong Nai)"
_NAMED_TAG = re.compile(  # or a name opening with its number: "(2Sao)"
    r"(?:[A-ZÀ-ỸĐ]|\d{1,3}[A-ZÀ-ỸĐ][a-zà-ỹđ])[\w.&]*(?:\s(?:[-–]\s)?[\w.&]+){0,3}"
)
_DATE_LEAD = re.compile(
    rf"(?i:{MONTH_WORD})\s+\d{{1,2}}"  # "Jul. 24 –", "MARCH 28 -"
    r"(?:,\s*\d{4})?\s*[-–—]{1,2}\s+(?=[A-Z\"“])"
)
# "… next week. — Reuters pic ": a caption and its credit run on before the dateline
_PICTURE_BEFORE = re.compile(
    r".{10,600}[.!?]?\s[—–-]\s?[A-Z][\w.&]{1,20}\s(?:pic|photo|picture)\s+(?=[A-Z])"
)
_ORPHAN_DASH = re.compile(r"[-–—]\s+(?=[A-ZÀ-ỸĐ“\"])")
END_MARK = re.compile(
    r"(?<=[.!?”\"’])\s*/\.$|(?<=[.!?”\"’])\s*\.?/\.$|"
    r"(?<=[.!?”\"’])\s+(?:Enditem|ENDITEM|\(END\)|\(end\)|\(끝\))\.?$"  # wire's end mark
)


def opening(
    dropped: list[DroppedLine],
    unit: Unit,
    text: str,
    names: meta.Outlets,
    evidence: Evidence,
    transcript: bool,
) -> str:
    """The first paragraph without its dateline (``HANOI, June 22 (Yonhap) --``) or outlet tag."""
    if day := lead_date(text):  # "Today (January 3, 2020), …": the weakest evidence
        evidence.dates.append((5, day))
    if (pictured := _PICTURE_BEFORE.match(text)) and forms.dateline(
        text[pictured.end() :], names, transcript
    ):
        # "… next week. — Reuters pic SEOUL, March 15 — …": the picture's caption, run on
        dropped.append(DroppedLine(unit.number, pictured.group(0).strip(), "caption"))
        text = text[pictured.end() :]
    if (glued := _GLUED_DAY.match(text)) and (day := meta.find_date(glued[0])):
        # "05/11/2025TN&MTOn November 5, …": the page's date run into the outlet's tag
        dropped.append(DroppedLine(unit.number, glued[0], "publication date"))
        evidence.dates.append((4, day))
        text = text[glued.end() :]
    if glued := _GLUED_LABEL.match(text):
        # "SEOUL, May 2ndThe …", "Hà NộiThe …": a dateline run into the lead, read as one
        spaced = f"{glued[0]} — {text[glued.end() :]}"
        found = forms.dateline(spaced, names, transcript)
        if found and found.length >= len(glued[0]) + 2:
            text = spaced
        elif glued[0].startswith("By ") and (
            authors := meta.byline(glued[0], names, alone=False)
        ):
            # "By Kim Min-jiThe …": the byline run into the lead
            dropped.append(DroppedLine(unit.number, glued[0], "byline"))
            evidence.authors.extend(authors)
            text = text[glued.end() :]
        else:
            dropped.append(DroppedLine(unit.number, glued[0], "glued label"))
            text = text[glued.end() :]
    if dateline := forms.dateline(text, names, transcript) or bracketed_dateline(text):
        again = datelines.dateline(
            text[dateline.length :], names
        )  # "VIETNAM, June 23 - CẦN THƠ —"
        if again:
            dateline = replace(again, length=dateline.length + again.length)
        dropped.append(
            DroppedLine(unit.number, text[: dateline.length].strip(), "dateline")
        )
        evidence.place = dateline.place or None
        evidence.outlets.append((DATELINE, dateline.outlet))
        evidence.dates.append((4, dateline.date))
        text = text[dateline.length :]
        if (dated := _DATE_LEAD.match(text)) and len(text) > dated.end() + 40:
            # "SEOUL – September 06, 2017 – H.E …": the date after the place
            dropped.append(DroppedLine(unit.number, dated.group(0).strip(), "dateline"))
            evidence.dates.append((4, meta.find_date(dated.group(0))))
            text = text[dated.end() :]
        return text
    if lead := korean_lead(text):
        dropped.append(
            DroppedLine(unit.number, text[: lead.length].strip(), "dateline")
        )
        if lead.author:
            evidence.authors.append(lead.author)
        # a Korean paper names itself in its lead: known or not, it is the outlet
        evidence.outlets.append(
            (DATELINE, names.find(lead.outlet or "") or lead.outlet)
        )
        evidence.place = lead.place or evidence.place
        return text[lead.length :]
    if paper := PAPER_LEAD.match(text):
        # "[이코노믹데일리] 삼성과 …": the paper's name in brackets opens the story; "[쿠키
        # 건강] …", "[단독] …": a section's or a story's label; "[뉴스인] 조진성 기자 = …":
        # the paper, whatever its name, and its reporter
        rest = text[paper.end() :]
        reporter = korean_lead(rest)
        reporter = (
            reporter if reporter and reporter.author and not reporter.outlet else None
        )
        named = names.find(paper["outlet"])
        if named or KOREAN_OUTLET_WORD.search(paper["outlet"]) or reporter:
            dropped.append(DroppedLine(unit.number, paper[0].strip(), "outlet tag"))
            evidence.outlets.append((DATELINE, named or paper["outlet"]))
        else:
            dropped.append(DroppedLine(unit.number, paper[0].strip(), "section label"))
        if reporter:
            dropped.append(
                DroppedLine(unit.number, rest[: reporter.length].strip(), "byline")
            )
            evidence.authors.append(reporter.author)
            rest = rest[reporter.length :]
        return rest
    if button := _PICTURE_BUTTON.match(text):
        dropped.append(DroppedLine(unit.number, button[0].strip(), "picture button"))
        text = text[button.end() :]
    if credit := _GLUED_CREDIT.match(text):
        # "충남도 제공우리나라 대학과 …": a picture's credit run on into the story
        dropped.append(DroppedLine(unit.number, credit[0], "picture credit"))
        return text[credit.end() :]
    if (lead := _DATE_LEAD.match(text)) and len(text) > lead.end() + 40:
        # "Jul. 24 – South Korea's top retailer …": a dateline with its date, no place
        dropped.append(DroppedLine(unit.number, lead.group(0).strip(), "dateline"))
        return text[lead.end() :]
    if (orphan := _ORPHAN_DASH.match(text)) and len(text) > orphan.end() + 40:
        # "– The number …": the dash of a dateline the page did not keep
        dropped.append(DroppedLine(unit.number, orphan.group(0).strip(), "dateline"))
        return text[orphan.end() :]
    if (paper := _VIETNAMESE_TAG.match(text)) and len(text) > paper.end() + 40:
        # "Biên phòng - Từ khi …": a paper's name in sentence case, no place's
        dropped.append(DroppedLine(unit.number, paper[0].strip(), "outlet tag"))
        evidence.outlets.append((MASTHEAD, paper["name"]))
        return text[paper.end() :]
    if (dated := _DATED_TAG.match(text)) and len(text) > dated.end() + 40:
        # "(VLU, 30/11/2020) - Returning …": the site's initials and the date it posted
        dropped.append(DroppedLine(unit.number, dated[0].strip(), "outlet tag"))
        known = names.find(dated["tag"])
        evidence.outlets.append(
            (DATELINE, known) if known else (MASTHEAD, dated["tag"])
        )
        evidence.dates.append((4, meta.find_date(dated["date"])))
        return text[dated.end() :]
    # ("KEPCO – South Korea's utility – is …": a subject and what it is, no tag)
    tag = None if forms.DASHED_SUBJECT.match(text) else _OUTLET_TAG.match(text)
    named = tag and names.find(
        tag.group("named")
        or tag.group("coloned")
        or tag.group("bare")
        or tag.group("site")
        or tag.group("caps")
        or tag.group("stuck")
        or ""
    )
    # "(VAN) Three …": capitals in brackets before the story are an outlet's initials
    initials = tag and _INITIALS.fullmatch(tag.group("bare") or "")
    site = tag and (
        tag.group("site")
        or _site(tag.group("named") or "")
        or _site(tag.group("bare") or "")  # "(seafood.vasep.com.vn) Accounting …"
    )
    # "(BP Portal) - …", "(LĐ online) - …": a name in brackets and a dash open the story
    # (not a section's label shaped like a paper's: "(포토뉴스)", "(영상뉴스)")
    bare, called = tag and tag.group("bare") or "", tag and tag.group("named") or ""
    # (a name no list has in plain words is a speaker's: "(Park Jisoo) — I met …")
    plain = plain_words(called) and not _PUBLICATION.fullmatch(called)
    titled = tag and (
        (None if plain else _NAMED_TAG.fullmatch(called))
        or _PUBLICATION.fullmatch(tag.group("coloned") or "")
        or (None if SECTION_NAME.fullmatch(bare) else _PUBLICATION.fullmatch(bare))
    )
    known = tag and (
        tag.group("tag") or tag.group("glued") or named or initials or site or titled
    )
    if known and not named and forms.named_again(tag.group("tag"), text[tag.end() :]):
        known = None  # "LG – Hai Phong … is LG's largest": the story's subject, no tag
    if known and len(text) > tag.end() + 40:
        dropped.append(
            DroppedLine(unit.number, text[: tag.end()].strip(), "outlet tag")
        )
        written = (
            tag.group("tag")
            or tag.group("glued")
            or initials
            and initials.group(0)
            or site
            or titled
            and titled.group(0)
        )
        # an outlet the list does not know still names itself in its tag ("(VNF) - ", "(MCS) - ")
        known_name = named or names.find(written or "")
        # ("(Web Quảng Trị)" names a portal loosely: its address names it as it is; a
        # name in capitals inside one word may be a company's: "(YouTube) Fans …")
        loose = not tag.group("tag") and (
            (written or "").startswith("Web ") or _CAMEL.fullmatch(written or "")
        )
        if known_name or not loose:
            evidence.outlets.append(
                (DATELINE, known_name) if known_name else (MASTHEAD, written)
            )
        rest = text[tag.end() :]
        again = _OUTLET_TAG.match(rest)  # "(ĐS&PL) - (ĐSPL) - …": the tag twice
        if again and again.group("tag") and len(rest) > again.end() + 40:
            dropped.append(DroppedLine(unit.number, again[0].strip(), "outlet tag"))
            rest = rest[again.end() :]
        return rest
    # "(13th Congress) - …": a section's label (not in an interview: "(Laughs) — …")
    if not transcript and (label := bracketed_label(text)):
        dropped.append(DroppedLine(unit.number, label.strip(), "section label"))
        return text[len(label) :]
    return text


_SITE = re.compile(SITE, re.I)


def _site(text: str) -> str | None:
    """``Baonghean.vn``: a web address naming the outlet."""
    return text if _SITE.fullmatch(text) else None


def closing(
    dropped: list[DroppedLine],
    unit: Unit,
    text: str,
    names: meta.Outlets,
    evidence: Evidence,
) -> str:
    """The last paragraph without the outlet's sign-off (``— VNS``, ``(Yonhap)``, ``./.``)."""
    last = unit.lines[-1].number
    if mark := END_MARK.search(text):
        dropped.append(DroppedLine(last, text[mark.start() :].strip(), "end mark"))
        text = text[: mark.start()]
    # "… on Sept 4. - The Korea Herald/ANN": a network's trailer names the paper
    if trailer := network_sign_off(text, names) or meta.outlet_trailer(text, names):
        outlet, start = trailer
        dropped.append(DroppedLine(last, text[start:].strip(), "outlet sign-off"))
        evidence.outlets.append((SIGN_OFF, outlet))
        text = text[:start].rstrip()
    if (wire := KOREAN_SIGN_OFF.search(text)) and role_credit(text[wire.start() :]):
        # "… 말했다. /그래픽=X 기자": the chart's credit, no reporter signing
        dropped.append(DroppedLine(last, text[wire.start() :].strip(), "staff credit"))
        text, wire = text[: wire.start()].rstrip(), None
    if wire:
        evidence.authors.append(wire.group("name"))
        if wire.group("outlet"):  # "/문경=이현종기자": a paper's own, no wire named
            evidence.outlets.append((SIGN_OFF, names.find(wire.group("outlet"))))
        if paper := wire.group(
            "paper"
        ):  # "[비즈니스포스트 이한재 기자]"; not "[하노이 …"
            named = names.find(paper) or (KOREAN_OUTLET_WORD.search(paper) and paper)
            evidence.outlets.append((SIGN_OFF, named or None))
        dropped.append(DroppedLine(last, text[wire.start() :].strip(), "wire sign-off"))
        text = text[: wire.start()].rstrip()
    if (paper := _KOREAN_PAPER_END.search(text)) and (
        outlet := next(
            (names.find(w) for w in reversed(paper["names"].split()) if names.find(w)),
            None,
        )
    ):
        evidence.outlets.append((SIGN_OFF, outlet))
        if paper["name"]:
            evidence.authors.append(paper["name"])
        dropped.append(DroppedLine(last, paper[0].strip(), "outlet sign-off"))
        text = text[: paper.start("names")].rstrip()
    if credits := _CREDITS_END.search(text):
        # "… free trade." (Reporting from Jack Kim, in Seoul; Editing by …): the wire's
        # credits at the end of its last paragraph
        evidence.authors.extend(reporters_credited(credits[0]))
        dropped.append(DroppedLine(last, credits[0].strip(), "wire credits"))
        text = text[: credits.start()].rstrip()
    if signoff := meta.signoff(text, names):
        author, outlet, start = signoff
        evidence.authors.append(author)
        evidence.outlets.append((SIGN_OFF, outlet))
        dropped.append(DroppedLine(last, text[start:].strip(), "reporter's sign-off"))
        text = text[:start].rstrip()
    return text


def opens_another_story(text: str, names: meta.Outlets) -> bool:
    """A paragraph below the first that opens with an outlet's tag ("VTV.vn - Tại Hàn
    Quốc …", "(BGO) – The People's Committee …"): the lead of another story, a teaser;
    or its headline with a link's label ("Related: …", "… (바로가기)")."""
    if links_elsewhere(text):
        return True
    if (site := _SITE_LEAD.match(text)) and len(text) > site.end() + MIN_TEASER_CHARS:
        return True  # "VTV.vn - …"
    tag = _OUTLET_TAG.match(text)
    if not tag or len(text) < tag.end() + MIN_TEASER_CHARS:
        return False
    named = tag.group("tag") or tag.group("named") or tag.group("site") or ""
    return bool(
        named and (names.find(named) or _site(named) or _INITIALS.fullmatch(named))
    )


MIN_TEASER_CHARS = 40
_SITE_LEAD = re.compile(SITE + r"\s*[-–—]\s+(?=\S)", re.I)
