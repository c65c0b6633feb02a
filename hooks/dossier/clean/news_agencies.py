"""The news agencies whose copy other outlets carry and credit."""

from __future__ import annotations

# A wire agency's story carried by another outlet is the agency's: its tag in the dateline
# ("SEOUL (AP) —") or its name as the byline ("By Yonhap") names the outlet over the
# carrier's masthead.
WIRE_AGENCIES = frozenset(
    ("AFP", "Associated Press", "Reuters", "Xinhua", "Kyodo News", "Yonhap News Agency",
     "Bernama", "Antara")
)  # fmt: skip
# every agency a paper's tag may name beside its own ("NDO/VNA—", "(Newsis/AFP)")
NEWS_AGENCIES = WIRE_AGENCIES | {"Vietnam News Agency", "Newsis", "News1"}
