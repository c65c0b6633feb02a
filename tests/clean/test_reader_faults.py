"""A fault in the article reader on one seed stops no build with a traceback: the seed is
named in a problem (which the build reports as an error naming the file) and the other
seeds are read, in this process and in the pool's."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from dossier.cache import ContentCache
from dossier.clean import articles
from dossier.read.seeds import SeedText

GOOD = (
    "Busan port operators study a southern terminal\n\n"
    "A group of port operators from Busan visited the southern coast on Monday to study "
    "a container terminal.\n\nThe delegation met the owners and the provincial authorities.\n"
)
FAULTY = "This seed trips the reader.\n\nIt has a second paragraph.\n"


def _seed(source: str, text: str) -> SeedText:
    return SeedText(source=source, text=text, sidecar={}, problems=())


@pytest.fixture
def faulty_reader(monkeypatch):
    real = articles.clean

    def clean(text, source, metadata):
        if text == FAULTY:
            raise IndexError("string index out of range")
        return real(text, source, metadata)

    monkeypatch.setattr(articles, "clean", clean)


@pytest.mark.parametrize("pooled", [False, True])
def test_a_reader_fault_names_its_seed_and_spares_the_others(faulty_reader, pooled):
    seeds = [
        _seed("seeds/001_good.txt", GOOD),
        _seed("seeds/002_faulty.txt", FAULTY),
        _seed("seeds/003_good.txt", GOOD.replace("Busan", "Incheon")),
    ]
    with ThreadPoolExecutor(1) as pool:
        read, problems = articles.clean_articles(
            seeds, ContentCache(), pool if pooled else None
        )
    assert [a.source for a in read] == ["seeds/001_good.txt", "seeds/003_good.txt"]
    assert [p.path for p in problems] == ["seeds/002_faulty.txt"]
    assert problems[0].severity == "error"
    assert "IndexError: string index out of range" in problems[0].message
    assert "please report it" in problems[0].message
