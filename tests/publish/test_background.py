"""The second process of `mkdocs build` (dossier.publish.background): the same answers as the
functions it runs, computed in a forked child that inherited the dossier."""

from __future__ import annotations

import threading

import pytest
from builders import write_project
from dossier.build import build_dossier
from dossier.derive.candidates import project_candidates
from dossier.publish.background import Background, can_fork, forked_pool
from dossier.publish.search_index import name_counts
from dossier.render.article import render_article
from dossier.urls import article_uri

ARTICLE = """Seoul and Hanoi sign a culture pact

Mayor Oh Se-hoon of Seoul met Hanoi officials on Monday. The Hanoi Culture Week will open
in Seoul next May, organised with the Busan Port Authority and the Korea Tourism Office.
"""


@pytest.fixture
def project(tmp_path):
    return write_project(
        tmp_path,
        seeds={"100_pact.txt": ARTICLE},
        entities={
            "cities/seoul.md": "name: Seoul\ncountry: South Korea",
            "cities/hanoi.md": "name: Hanoi\ncountry: Viet Nam",
            "leaders/oh-se-hoon.md": "name: Oh Se-hoon\ncountry: South Korea",
        },
    )


@pytest.mark.skipif(not can_fork(), reason="no fork here, or threads already running")
def test_the_child_answers_as_the_functions_do(project):
    dossier = build_dossier(project, candidates=False)
    assert dossier.index.candidates is None  # left for later
    full = build_dossier(project)
    html = "<p>Seoul and Hanoi, then Oh Se-hoon in Seoul.</p>"
    background = Background(dossier, project)
    try:
        candidates = background.candidates().result(timeout=60)
        counts = background.name_counts(html).result(timeout=60)
        [slug] = [a.slug for a in dossier.articles]
        pages = background.article_pages([slug])
        markdown = pages[article_uri(slug)].result(timeout=60)[article_uri(slug)]
    finally:
        background.close()
    assert candidates == full.index.candidates
    assert candidates == project_candidates(dossier, project)
    assert {c.name for c in candidates[slug]} >= {"Busan Port Authority"}
    assert counts == name_counts(html, dossier) and sorted(counts.values()) == [1, 1, 2]
    assert markdown == render_article(dossier.articles[0], dossier).markdown


def test_no_fork_beside_other_threads():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not can_fork()
    finally:
        stop.set()
        thread.join()


@pytest.mark.skipif(not can_fork(), reason="no fork here, or threads already running")
def test_seeds_cleaned_half_in_a_second_process_are_the_same_articles(tmp_path):
    days = ("Monday", "Tuesday", "Friday")
    seeds = {
        f"{100 + i}_pact.txt": ARTICLE.replace("pact", f"pact on {day}", 1)
        for i, day in enumerate(days)
    }
    project = write_project(tmp_path, seeds=seeds)
    alone = build_dossier(project)
    with forked_pool() as pool:
        shared = build_dossier(project, pool=pool)
    assert shared.articles == alone.articles and len(shared.articles) == 3
    assert shared.problems == alone.problems
