"""Agreements and programmes Vietnamese writes in lower case after the verb that signs or
follows them: "ký biên bản ghi nhớ về tiếp nhận lao động thời vụ", "theo chương trình lao
động thời vụ", "ký kết Thỏa thuận hợp tác hữu nghị." (only the head capitalised); with
them the agreements that give their short form in brackets before their topic ("Biên bản
ghi nhớ (MOU) về …", ``vietnamese_bracketed``) and the scholarships named after their word
("học bổng KF-Samsung", ``vietnamese_scholarships``)."""

from __future__ import annotations

import re
from collections.abc import Set

from dossier.recognize.candidates.vietnamese_bracketed import bracketed_agreements
from dossier.recognize.candidates.vietnamese_scholarships import scholarships

_KINDS = {
    "biên bản ghi nhớ": "agreements",
    "thỏa thuận": "agreements",
    "thoả thuận": "agreements",
    "hiệp định": "agreements",
    "chương trình": "initiatives",
}
_CAPITALISED = {"bản ghi nhớ": "agreements"} | _KINDS
_AFTER = r"\s+(?:về\s+)?(?:[^\W\d_]+\s+){1,6}?[^\W\d_]+)"
# "cùng" (with) before the other party ("cùng với", "cùng các", "cùng Tập đoàn …"), not
# before a verb ("cùng phát triển", jointly) or "cùng ngày" (the same day); "dưới sự"
# (under: "dưới sự chứng kiến", before the eyes of), not any "dưới"
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper())
_PARTY = rf"cùng\s+(?:(?:với|các|những)\b|[{_UPPER}])|dưới\s+sự\b"
# the verb, the head, "về" (on), then up to seven words up to a function word, a party
# or a stop;
# a head with a capital ("Bản Ghi nhớ", "Thỏa thuận") only up to a stop, as a function
# word may go on inside it ("Bản ghi nhớ về phái cử và tiếp nhận lao động …")
_SIGNED = re.compile(
    r"\b(?:ký kết|ký|theo|tham gia)\s+(?:(?P<name>(?P<head>"
    + "|".join(sorted(_KINDS, key=len, reverse=True))
    + r")"
    + _AFTER
    + r"(?=\s+(?:từ|với|giữa|của|tại|trong|vào|năm|nhằm|cho|và|đã|sẽ)\b"
    + rf"|\s+(?:{_PARTY})|\s*[,.;:()]|$)"
    + r"|(?P<named>(?P<capital>[BTHC](?i:"
    + "|".join(k[1:] for k in sorted(_CAPITALISED, key=len, reverse=True))
    + r"))"
    + _AFTER
    + r"(?=\s*[,.;:()]|$))"
)


def signed_names(text: str, stops: Set[str]) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each agreement or programme after its verb, and of
    each agreement with its short form in brackets, and of each named scholarship;
    ``stops`` are the words a clause goes on with after a name, which end those two."""
    found = []
    for m in _SIGNED.finditer(text):
        group = "name" if m["name"] else "named"
        head = (m["head"] or m["capital"]).casefold()
        if kind := _CAPITALISED.get(head):  # not "Tiệp định", a head's typo
            found.append((m[group], kind, m.start(group), m.end(group)))
    return found + bracketed_agreements(text, stops) + scholarships(text, stops)
