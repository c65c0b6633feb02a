"""A list's bullet before a headline's bracketed label ("• [Hot Issue]Headline"), and a
paper's reporting desk signing as a reporter does ("• 취재부 기자, x@…"): the label and the
bullet are no part of the headline, the desk is no author."""

from __future__ import annotations

from dossier.clean.headline import strip_labels
from dossier.clean.metadata import byline, outlets


def test_a_bullet_before_a_bracketed_label_goes_with_the_label():
    headline, labels = strip_labels("• [Focus]베트남 섬유 전시회 한국관 성황")
    assert headline == "베트남 섬유 전시회 한국관 성황"
    assert labels == ["•", "[Focus]"]


def test_a_bullet_without_a_label_is_read_as_before():
    assert strip_labels("• 베트남 섬유 전시회 한국관 성황")[0].startswith("•")


def test_a_desk_signing_as_a_reporter_is_no_author():
    assert byline("취재부 기자, desk@example.com", outlets(), alone=True) is None
    assert byline("정하람 기자, haram@example.com", outlets(), alone=True) == (
        "정하람",
    )
