"""A prompt to follow the site, where it names itself: "Follow SamMobile on Google News",
"Theo dõi MTĐT trên" (the platforms' icons after it), "Mời quý độc giả theo dõi VOV.VN
trên"."""

from __future__ import annotations

import re

from dossier.clean.metadata import Outlets

_INVITED = r"^(?i:mời (?:quý )?(?:độc giả|bạn đọc) )"  # "Mời quý độc giả …" (readers)
_FOLLOW = re.compile(
    rf"(?:^|\|\s*|(?P<invited>{_INVITED}))(?i:follow|theo dõi)\s+"
    r"(?!(?i:us|chúng tôi)\s|(?i:báo)\s+(?i:trên)\b)"  # "Theo dõi báo trên": the paper
    r"(?P<outlet>[^\s|][^|]{0,30}?)\s+(?i:on|trên)(?:\s+"
    r"(?i:google news|whatsapp|facebook|twitter|x|telegram|zalo|youtube|instagram|tiktok)"
    r"\b[^|.]{0,12}[.!]?)?$"
)
# a site named by its address: "VOV.VN", "baoquocte.vn"
_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}")


def followed_site(text: str, outlets: Outlets) -> str | None:
    """The site a prompt to follow it names: a readers' invitation ("Mời quý độc giả theo
    dõi … trên YouTube") names it only by a listed outlet or an address, for it invites
    them to follow anything ("… theo dõi trực tiếp trận đấu trên YouTube": the match)."""
    follow = _FOLLOW.search(text)
    named = follow and follow["outlet"].strip()
    if not named:
        return None
    listed = outlets.find(named)
    if follow["invited"] and not listed and not _ADDRESS.fullmatch(named):
        return None
    return listed or named
