"""Agreements, initiatives and events that articles write in lower case.

"a memorandum of understanding on urban planning", "a working group on smart traffic control",
"the 2024 tourism and culture forum": no capital marks them, but the shape does: an article,
a head noun of the kind, and what it is about. A phrase is proposed only with a topic (a bare
"the agreement" or "a three-day festival" names nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.development_names import development_names
from dossier.recognize.candidates.genre_names import genre_names
from dossier.recognize.candidates.lexicon import lexicon
from dossier.recognize.candidates.lowercase_heads import kind_named
from dossier.recognize.candidates.quoted_kinds import quoted_kind_names
from dossier.recognize.candidates.vietnamese_incidents import incident_names
from dossier.text import name_key

_WORD = r"[a-zà-ỹđ][\w’'-]*"
_STOP = (
    r"(?:on|in|at|with|between|by|from|to|that|which|who|signed|during|after|before|"
    r"and|or|as|for\s+the|last|this|next|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|out|until|through|under|over|into|has|have|had|is|are|was|were|"
    r"will|would|been|afterwards?|later|today|yesterday|tomorrow|again|together)\b"
)
# A topic may end in a capitalised name: "… on the Employment Permit System".
_NAMED = r"[A-ZÀ-ỸĐ][\w’'-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-ZÀ-ỸĐ][\w’'-]*){0,5}"
# "… on student and lecturer exchange": a second topic after "and", unless a verb, a
# pronoun or an article follows it ("… on tourism and agreed", "… and the two sides").
_NOT_TOPIC = (
    r"(?:[a-z]+ed|the|an?|will|would|also|then|its|their|his|her|other|more|is|are|was|were|has|"
    r"have|had|can|could|should|may|must|said|says|plans?|aims?)\b"
)
_TOPIC_WORDS_BEFORE = 4
# what follows a topic's last word when the phrase ends there: a mark or a stop
_TOPIC_END = rf"(?=\s*(?:[,.;:!?()\[\]”\"’]|$)|\s+{_STOP})"
# a verb after a plural noun, no word of the topic ("… of skilled workers expires")
_VERB_AFTER_PLURAL = r"(?<=s\s)[a-z]+s(?![\w’'-])"
# no sixth word: a verb, an adverb or a pronoun that opens the next clause
_NOT_SIXTH = (
    r"(?:[a-z]+ed|began|came|took|ran|went|being|they|it|we|he|she|you|now|here|there|"
    r"just|still|soon|alone|too|even|only|already|recently|officially|jointly|newly|"
    r"previously|currently|formally|finally|comes|begins|starts|ends|expires|runs|"
    r"lapses|remains|enters|takes|covers|applies|allows|helps|matters|paves|worth)\b"
)


def _topic(longer: bool = False) -> str:
    """A topic: up to five words, its last maybe a name after "the"; an agreement's may
    hold a sixth ("… on the establishment of the cooperative relationship") where a
    mark or a stop ends it, and no verb after a plural noun is among its words."""
    last = rf"(?:(?<=\bthe\s){_NAMED}|(?!{_STOP}){_WORD})"
    short = rf"(?:(?!{_STOP}){_WORD}\s+){{0,{_TOPIC_WORDS_BEFORE}}}{last}"
    if not longer:
        return rf"(?P<topic>{short})"
    six = (
        rf"(?:(?!{_STOP}|{_VERB_AFTER_PLURAL}){_WORD}\s+){{{_TOPIC_WORDS_BEFORE + 1}}}"
        rf"(?!{_STOP}|{_NOT_SIXTH}){_WORD}{_TOPIC_END}"
    )
    return rf"(?P<topic>{six}|{short})"


_TOPIC = _topic()
# Agreements list their topics; a working group's "and" more often goes on to a verb.
# The second topic ends the phrase: a stop, a bracket or a word of the next clause
# follows it ("… on defense cooperation and explore new fields of …" has none).
_TOPICS = (
    rf"{_topic(longer=True)}(?:\s+and\s+(?!{_STOP}|{_NOT_TOPIC})"
    rf"(?:(?!{_STOP}){_WORD}\s+){{0,3}}(?!{_STOP}){_WORD}{_TOPIC_END})?"
)
# the domain a field ends in, after "cooperation in": "smart city development", "labour",
# "trade and investment" (not "many areas", "recent years", "order", "both countries")
_FIELD_NOUN = (
    r"(?:development|management|planning|labou?r|trade|investment|education|training|"
    r"health|healthcare|medicine|tourism|culture|agriculture|fisheries|aquaculture|"
    r"forestry|energy|technology|technologies|science|innovation|transport|"
    r"transportation|logistics|infrastructure|security|defen[cs]e|finance|banking|"
    r"environment|research|construction|manufacturing|industry|aviation|shipping|"
    r"employment|justice|enforcement|sports?|media|telecommunications|communications|"
    r"information|startups?|transformation|digitali[sz]ation|exchanges?|protection|"
    r"prevention|peacekeeping|diplomacy|commerce|mining)(?![\w’'-])"
)
_A_FIELD = (
    rf"(?:(?!{_STOP}|the\b|an?\b|its\b|their\b|his\b|her\b|this\b|that\b){_WORD}\s+){{0,3}}"
    rf"{_FIELD_NOUN}"
)
# the second field after "and": at most two words before its domain, none a verb, a
# plural or a word of the next clause ("… and digital transformation", "… and foreign
# direct investment"; not "… and local firms expanded investment", "… and officials plan
# more exchanges", "… and students began exchanges")
_PAST = r"(?:began|begun|grew|rose|fell|saw|made|took|held|met|won|led|gave|went|came|became)\b"
_PLURAL = r"[\w’'-]*(?<![su’'])(?<!ic)s(?![\w’'-])"
_MORE_FIELD = (
    rf"(?:(?!{_STOP}|{_NOT_TOPIC}|{_PAST}|{_PLURAL}|this\b|that\b){_WORD}\s+){{0,2}}"
    rf"{_FIELD_NOUN}"
)
# "… on cooperation in the field of social security": the field the topic is in; after
# "cooperation", a field alone, or two joined by "and" ("… on cooperation in smart city
# development", "… in trade and investment")
_FIELD = (
    rf"(?:\s+in\s+the\s+fields?\s+of\s+(?:(?!{_STOP}){_WORD}\s+){{0,3}}"
    rf"(?!{_STOP}){_WORD}|(?<=\bcooperation)\s+in\s+{_A_FIELD}"
    rf"(?:,?\s+and\s+{_MORE_FIELD})?)?"
)
# "the existing MOU on defense cooperation", "the Memorandum of Understanding on defence
# cooperation": the kind as a title or in capitals too, where the topic is in lower case;
# "a letter of intent on …", "a joint vision statement for …"; how many sign it, if said,
# is the name's ("a tripartite memorandum of understanding on …")
# "a protocol on sentenced persons"; the year it was signed in, after an article or the
# parties' possessive: "the two sides' 2010 memorandum of understanding on …"
_AGREEMENT = re.compile(
    r"(?:\b(?:an?|the)\s+(?:(?:existing|new|first|second|bilateral|revised|previous|"
    r"earlier|landmark|historic)\s+)?|(?<=s[’']\s)(?=(?:19|20)\d\d\s))"
    r"(?P<name>(?:(?:19|20)\d\d\s+)?(?:(?:tripartite|trilateral)\s+)?"
    r"(?:memorandum of understanding|memorandum|mou|agreement|"
    r"Memorandum of Understanding|Memorandum|MOU|MoU|Agreement|letter of intent|"
    r"joint vision statement|joint statement|protocol|"
    r"accord|treaty|pact|cooperation agreement)"
    # its initials in brackets after it: "a memorandum of understanding (MoU) on …"
    rf"(?:\s+\((?:MOU|MoU|mou)\))?\s+(?:on|for)\s+{_TOPICS}{_FIELD})",
)
# "the South Korea-Vietnam free trade agreement": the parties' names, then the kind in
# lower case
_BETWEEN = re.compile(
    r"\b(?:the|an?)\s+(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?[-–][A-Z][\w.]*(?:\s[A-Z]\w*)?"
    r"\s+(?:free[ -]trade agreement|trade agreement|economic partnership agreement|"
    r"investment agreement|visa waiver agreement))\b"
)
# "the Free Trade Agreement between Vietnam and Korea": an agreement's kind as a title,
# then its two parties, which must be countries (``parties_named`` checks)
_PARTIES = re.compile(
    r"\b(?:the|an?)\s+(?P<name>(?:[A-Z][\w-]*\s+){0,3}(?:Agreement|Treaty|Accord)\s+"
    r"between\s+(?P<one>[A-Z][\w’']*(?:\s[A-Z][\w’']*){0,2})\s+and\s+"
    r"(?P<two>[A-Z][\w’']*(?:\s[A-Z][\w’']*){0,2}))\b"
)
# "a government-to-government agreement", "the state-to-state deal": two states joined
# by "-to-" name a treaty between them (not "a face-to-face agreement", nor a
# "business-to-business deal" or a "city-to-city agreement", which describe any of many)
_STATE = r"(?:government|state)"
_SIDES = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>{_STATE}-to-{_STATE}\s+"
    r"(?:agreement|deal|accord|treaty|pact))\b"
)
_INITIATIVE = re.compile(
    r"\b(?:an?|the)\s+(?P<name>(?:working group|task force|network|programme|program|"
    rf"project|scheme|fund|initiative|campaign)\s+(?:on|of|for)\s+{_TOPIC})",
)
_MODIFIER = (
    r"(?!\d|one\b|two\b|three\b|four\b|five\b|annual\b|first\b|new\b|very\b|good\b|"
    r"great\b|friendly\b|important\b|successful\b|productive\b|fruitful\b|frank\b|"
    r"open\b|constructive\b|close\b|recent\b|upcoming\b|high-level\b|two-day\b|"
    r"of\b|the\b|an?\b|in\b|on\b|at\b|for\b|with\b|to\b|by\b|its\b|their\b|key\b)"
)
# an edition after the article, no part of the name: "the 10th strategic defense
# dialogue", "the fifth deputy ministerial strategic dialogue"
_NTH = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth)\s+"
)
# what a dialogue is on, a list of single words ending in "and": "… dialogue on
# diplomacy, security and defence", "… on energy and climate" (not a lone word: "… on
# Monday", "… on record", "… on issues of common concern", "… on the sidelines")
_ON_LIST = (
    rf"(?:\s+on\s+(?!{_STOP}|the\b|issues\b|matters\b|topics\b|ways\b|measures\b|"
    rf"areas\b|things\b){_WORD}(?:,\s+(?!{_STOP}){_WORD}){{0,4}}"
    rf",?\s+and\s+(?!{_STOP}|{_NOT_TOPIC}){_WORD}(?![\w-]))?"
)
_EVENT = re.compile(
    rf"\b(?:an?|the)\s+(?:{_NTH})?(?P<name>(?:(?:19|20)\d\d\s+)?"
    rf"(?:{_MODIFIER}{_WORD}\s+){{2,5}}"
    r"(?:forum|festival|fair|expo|summit|conference|roundtable|seminar|week|"
    rf"dialogue{_ON_LIST}))\b",
)
# "the Vietnam-South Korea business forum", "the Vietnam-Korea Extended Investment forum",
# "a South Korea-Vietnam university student forum", "the 10th annual Vietnam-ROK strategic
# defense dialogue", "a South Korea - Vietnam Master Chef competition": the parties' names
# (a dash between them, spaced or not), what the meeting is on (capitalised words, or up
# to four of a topic's words in lower case), the kind in lower case; "the Korea-Vietnam
# summit" alone is any of them
_TOPIC_WORDS = (
    r"business|trade|investment|economic|economy|culture|cultural|tourism|friendship|"
    r"youth|education|film|food|startup|logistics|technology|energy|security|defen[cs]e|"
    r"labou?r|industry|industrial|innovation|science|health|media|sports?|music|"
    r"university|students?|literature|environment(?:al)?|ministerial|cooperation|"
    r"promotion|strategic|policy|diplomatic|agricultur(?:e|al)|medical|healthcare|"
    r"financial|finance|local|people-to-people|vice-ministerial|deputy-ministerial|"
    r"exchange"
)
_TOPIC_RUN = rf"(?:{_TOPIC_WORDS})(?:-(?:{_TOPIC_WORDS}))?"
_BETWEEN_EVENT = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:{_NTH})?"
    r"(?P<name>(?:annual\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:[-–]|\s[-–]\s)[A-Z][\w.]*"
    r"(?:\s[A-Z][\w.]*)?"
    rf"(?:(?:\s[A-Z][a-z]\w*){{1,3}}(?:\s(?:{_TOPIC_WORDS}))?|(?:\s{_TOPIC_RUN}){{1,4}})"
    r"\s+(?:forum|festival|fair|expo|summit|dialogue|conference|roundtable|seminar|"
    r"meeting|contest|competition|workshop|symposium))\b"
)
# a statement on a thing the story has named before, not a topic: "a joint statement on
# the matter", "… for the press" (but "… on the Comprehensive Strategic Partnership")
_STATEMENT_ON_THING = re.compile(
    r"\bstatement\s+(?:on|for)\s+(?:the|a|an|this|that|these|those|its|their)\s+(?![A-Z])"
)
# a second "on" and a topic in lower case after an agreement's: its topic goes on past
# what the words read ("… on establishing a framework on smart zones"); not an "on" of
# the occasion ("… on his visit to Hanoi", "… on a visit", "… on behalf of …")
_GOES_ON = re.compile(
    rf"\s+on\s+(?!{_NOT_TOPIC}|{_STOP}|my\b|our\b|your\b|this\b|that\b|these\b|"
    r"those\b|each\b|both\b|one\b|behalf\b|occasion\b|arrival\b|average\b|time\b|"
    r"schedule\b|track\b|site\b|board\b|record\b|sidelines\b|top\b|condition\b)[a-z]"
)
# a body's name before "meeting": that body's meeting, no named event ("the Vietnam-Korea
# Friendship Association meeting")
_BODY_MEETING = re.compile(
    r"\s(?:Association|Federation|Union|Society|Chamber|Club|League|Alliance|Foundation|"
    r"Institute)\s+meeting$"
)
_HEADS = re.compile(
    r"\b(?:memorandum|mou|Memorandum|MOU|MoU|Agreement|agreements?|accord|treaty|pact|protocol|"
    r"deal|"
    r"letter of intent|statement|"
    r"working group|task force|network|"
    r"programme|program|project|scheme|fund|initiative|campaign|forum|festival|fair|expo|"
    r"summit|dialogue|conference|roundtable|seminar|week|meeting|contest|competition|"
    r"workshop|symposium)\b"
)
KINDS = (
    ("agreements", _AGREEMENT),
    ("agreements", _BETWEEN),
    ("agreements", _SIDES),
    ("initiatives", _INITIATIVE),
    ("events", _EVENT),
    ("events", _BETWEEN_EVENT),
)


def lower_case_names(text: str) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each lower-case agreement, initiative or event, and
    of each name whose kind follows it in lower case ("Gwanghwamun square")."""
    named = kind_named(text) + genre_names(text) + development_names(text)
    named += incident_names(text)
    if "“" in text or '"' in text or "‘" in text:
        named += quoted_kind_names(text)
    if not _HEADS.search(text):  # most sentences name none: one quick look decides
        return named
    return [*_names(text), *parties_named(text), *named]


def parties_named(text: str) -> Iterator[tuple[str, str, int, int]]:
    """ "the Free Trade Agreement between South Korea and Vietnam": the agreement's kind
    as a title and the two countries it is between (not "… between Hanoi and Seoul")."""
    countries = lexicon().countries
    for match in _PARTIES.finditer(text):
        if all(" ".join(name_key(match[p])) in countries for p in ("one", "two")):
            name = " ".join(match["name"].split())
            yield name, "agreements", match.start("name"), match.end("name")


def _names(text: str) -> Iterator[tuple[str, str, int, int]]:
    for kind, pattern in KINDS:
        for match in pattern.finditer(text):
            name = " ".join(match.group("name").split())
            if name.endswith((" the", " a", " an")):
                continue  # its object is not written out
            undated = kind == "events" and not re.match(r"(19|20)\d\d ", name)
            undated = (
                undated and pattern is not _BETWEEN_EVENT
            )  # "Laos-Korea trade forum"
            if undated and ("-" in name.split()[0] or len(name.split()) < 3):
                continue
            if pattern is _BETWEEN_EVENT and _any_meeting(name, match):
                continue
            if pattern is _AGREEMENT and _STATEMENT_ON_THING.search(name):
                continue
            if pattern is _AGREEMENT and _GOES_ON.match(text, match.end()):
                continue  # "… on establishing a framework on smart zones": cut short
            # a festival is filed as an initiative, as the registry files festivals
            typed = "initiatives" if name.endswith(" festival") else kind
            yield name, typed, match.start("name"), match.end("name")


def _any_meeting(name: str, match: re.Match[str]) -> bool:
    """A meeting of the parties that names no particular one: after "a" ("held a
    Korea-Vietnam business meeting", where "the 4th Korea-Vietnam environmental
    ministerial meeting" is one), or a body's own ("the Vietnam-Korea Friendship
    Association meeting")."""
    if not name.endswith(" meeting"):
        return False
    return match[0][:1] in "Aa" or _BODY_MEETING.search(name) is not None
