"""A Korean page's last line that is only a name in brackets ("[호치민 한빛플라자]"): a
community site's credit to the paper it copied the story from. A label the foot sets in
brackets ("[관련기사]", "[끝]", a section's name) names no paper."""

from __future__ import annotations

import re

from dossier.clean.bylines import KOREAN_SECTIONS

# "[호치민 한빛플라자]" closing a Korean page: the paper a community site copied the story
# from, in brackets on the page's last line (over a story, a section's label: "[단독]")
_FOOT_TAG = re.compile(
    r"\[\s?(?P<name>[가-힣][가-힣A-Za-z0-9]*(?:\s[가-힣A-Za-z0-9]+){0,3})\s?\]"
)
# the labels a page's foot sets in brackets: related stories, a picture, an ad, the end
_FOOT_LABEL = re.compile(
    r".*(?:관련|기사|사진|영상|광고|이미지|전문|목록|댓글|공유|구독|알림|더보기|이전|다음|"
    r"출처|제공|기자|특파원|끝|편집|자료|참고|보기).*"
)
MIN_TAG_SYLLABLES = 4  # "[끝]", "[포토]", "[속보]": a label's word, no paper's name


def foot_tag(text: str) -> str | None:
    """The paper a Korean page's last line names in brackets alone: "[호치민 한빛플라자]"."""
    found = _FOOT_TAG.fullmatch(text.strip())
    if found is None:
        return None
    name = found["name"]
    syllables = sum("가" <= c <= "힣" for c in name)
    if syllables < MIN_TAG_SYLLABLES or _FOOT_LABEL.fullmatch(name):
        return None
    return None if re.match(KOREAN_SECTIONS, name) else name
