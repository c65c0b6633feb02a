"""A Korean paper's credit to the wire whose copy it prints, set alone in angle brackets
on the line under the story ("<연합>", "〈뉴시스〉"): a source line, no paragraph. Markup the
page shows as text ("<br>", "<사진>") names no outlet, and stays as the page has it."""

from __future__ import annotations

import re

from dossier.clean import metadata as meta

_ANGLED = re.compile(r"[<〈]([^<>〈〉]{1,30})[>〉]")


def angled_source(text: str, names: meta.Outlets) -> bool:
    """``text`` is an outlet's name alone in angle brackets."""
    found = _ANGLED.fullmatch(text.strip())
    return bool(found and names.find(found[1]))
