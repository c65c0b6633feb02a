"""A Korean footer's notice against copying names its outlet even when the brand is
written in small letters: "< Copyright ⓒ hanbit. 무단전재 및 재배포 금지 >"."""

from __future__ import annotations

import pytest
from dossier.clean.copyright import copyright_holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("< Copyright ⓒ hanbit. 무단전재 및 재배포 금지 >", "hanbit"),
        ("ⓒ stepnews 무단 복제 금지", "stepnews"),
        # no notice against copying: a caption's credit in small letters names no one
        ("© the photographer", None),
        ("Copyright ⓒ example.kr all rights reserved.", None),
    ],
)
def test_a_brand_in_small_letters_holds_a_korean_notices_rights(line, holder):
    assert copyright_holder(line) == holder
