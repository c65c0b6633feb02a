"""A deterministic synthetic dossier for the benchmark: N articles and M entities in a project folder.

Articles recombine real paragraphs of ``seeds/*.txt`` with sentences naming synthetic entities;
entities spread over all six types, carry diacritics, ASCII aliases, Hangul native names, short
names and references to each other. Entity popularity follows a Zipf law, so a few entities are
named in most articles (the case that makes entity pages large). The same seed gives the same
files byte for byte; the first M names of a 10×M set are the M names (for matcher scaling).
"""

from __future__ import annotations

import random
import re
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from dossier import schema
from dossier.model import Entity, Registry
from dossier.text import name_key, normalize, slugify, strip_marks

SEED = 20251127


def _words(text: str) -> list[str]:
    return text.split()


_VN_FAMILY = _words(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý"
)
_VN_MIDDLE = _words("Văn Thị Minh Đức Quang Thanh Hữu Xuân Ngọc Công")
_VN_GIVEN = _words(
    "Hùng Lâm Cường Dũng Hải Hương Lan Phúc Thắng Tuấn Vinh Yến Khải Đạt Sơn Trung Nam Bình Châu Quyết"
)
_KR_FAMILY = dict(
    zip(
        _words(
            "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang"
        ),
        "김이박최정강조윤장임한오서신권황",
        strict=True,
    )
)
_KR_SYLLABLE = dict(
    zip(
        _words("min jun seo ji hye su young hyun woo jae eun sung dong hee ho kyung"),
        "민준서지혜수영현우재은성동희호경",
        strict=True,
    )
)
_VN_PLACE = _words(
    "Tân Hòa Phú Yên Mỹ Thạnh Đông Sơn Bắc Ninh Hải Long Vĩnh Lạc An Bình Định Quảng Trị Gia Lai Cát Bà"
)
_VN_PLACE += _words("Hưng Đức Thái Hà Kiên Lương Sa Đéc Bảo Lộc Tây Đô")
_KR_PLACE = _words(
    "Gang Nam Seong Buk Dae Jeon Gwang Ju Cheong Won Su Wol Mok Po Gim Hae Yang San Chang Pyeong Jin Hwa"
)
_TOPICS = (
    "Urban Planning",
    "Digital Government",
    "Smart Cities",
    "Waterfront Renewal",
    "Tourism",
    "Cultural Exchange",
    "Semiconductor Supply",
    "Vocational Training",
    "Public Health",
    "Green Energy",
    "Rail Transit",
    "Water Management",
    "Film Co-production",
    "Food Safety",
    "Fisheries",
    "Higher Education",
    "Startups",
    "Logistics",
    "Heritage",
    "Webtoons",
)
_ORG_KINDS = (
    "People’s Committee",
    "Metropolitan Council",
    "Development Agency",
    "Chamber of Commerce",
    "University",
    "Trade Office",
)
_INITIATIVE_KINDS = (
    "Culture Week",
    "Film Festival",
    "Food Fair",
    "Language Programme",
    "Exchange Scheme",
    "Music Nights",
)
_EVENT_KINDS = (
    "Forum",
    "Summit",
    "Roundtable",
    "Investment Conference",
    "Official Visit",
    "Expo",
)
_AGREEMENT_KINDS = (
    "Memorandum on",
    "Agreement on",
    "Partnership for",
    "Letter of Intent on",
)
_ROLES = (
    "Mayor",
    "Governor",
    "Minister",
    "Ambassador",
    "Chair",
    "Vice Mayor",
    "Director",
    "Speaker",
)
_OUTLETS = (
    "Korea JoongAng Daily",
    "VnExpress International",
    "Viet Nam News",
    "The Korea Herald",
    "Tuoi Tre News",
    "Yonhap",
)


@dataclass(frozen=True)
class SyntheticEntity:
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    short_names: tuple[str, ...] = ()
    native_name: str | None = None
    country: str = ""

    @property
    def slug(self) -> str:
        return slugify(self.name)


@dataclass
class _Names:
    """Claimed token keys and slugs, so no two synthetic entities share a name or an alias."""

    keys: set[tuple[str, ...]] = field(
        default_factory=set
    )  # names and aliases: one owner each
    shorts: set[tuple[str, ...]] = field(
        default_factory=set
    )  # short names may be shared, never an alias
    slugs: set[str] = field(default_factory=set)

    def free(self, entity: SyntheticEntity) -> bool:
        keys = {name_key(n) for n in (entity.name, *entity.aliases)}
        shorts = {name_key(n) for n in entity.short_names}
        return (
            entity.slug not in self.slugs
            and not keys & (self.keys | self.shorts | shorts)
            and not shorts & self.keys
        )

    def claim(self, entity: SyntheticEntity) -> None:
        self.keys.update(name_key(n) for n in (entity.name, *entity.aliases))
        self.shorts.update(name_key(n) for n in entity.short_names)
        self.slugs.add(entity.slug)


def _candidate(
    type_key: str, rng: random.Random, places: list[SyntheticEntity]
) -> SyntheticEntity:
    place = rng.choice(places).name if places else rng.choice(_VN_PLACE)
    if type_key == "leaders":
        if rng.random() < 0.5:
            family, middle, given = (
                rng.choice(_VN_FAMILY),
                rng.choice(_VN_MIDDLE),
                rng.choice(_VN_GIVEN),
            )
            name = f"{family} {middle} {given}"
            return SyntheticEntity(
                type_key, name, (strip_marks(name),), (given,), None, "Viet Nam"
            )
        family = rng.choice(list(_KR_FAMILY))
        first, second = rng.sample(list(_KR_SYLLABLE), 2)
        name = f"{family} {first.title()}-{second}"
        native = _KR_FAMILY[family] + _KR_SYLLABLE[first] + _KR_SYLLABLE[second]
        return SyntheticEntity(
            type_key,
            name,
            (f"{family} {first.title()} {second.title()}",),
            (),
            native,
            "South Korea",
        )
    if type_key == "cities":
        if rng.random() < 0.6:
            name = f"{rng.choice(_VN_PLACE)} {rng.choice(_VN_PLACE)}"
            return SyntheticEntity(
                type_key,
                name,
                (strip_marks(name), f"{name} City"),
                (),
                None,
                "Viet Nam",
            )
        first, second = rng.sample(_KR_PLACE, 2)
        hangul = (
            "".join(rng.choice(list(_KR_SYLLABLE.values())) for _ in range(2)) + "시"
        )
        name = f"{first}{second.lower()}-si"
        return SyntheticEntity(
            type_key, name, (f"{first}{second.lower()}",), (), hangul, "South Korea"
        )
    topic = rng.choice(_TOPICS)
    if type_key == "organizations":
        name = f"{place} {rng.choice(_ORG_KINDS)}"
        acronym = "".join(
            w[0] for w in strip_marks(name).split() if w[0].isalpha()
        ).upper() + str(rng.randint(2, 99))
        return SyntheticEntity(type_key, name, (strip_marks(name), acronym))
    if type_key == "agreements":
        others = [p.name for p in places if p.name != place] or ["Seoul"]
        other = rng.choice(others)
        name = f"{place}–{other} {rng.choice(_AGREEMENT_KINDS)} {topic}"
        return SyntheticEntity(type_key, name, (strip_marks(name).replace("–", "-"),))
    if type_key == "initiatives":
        name = f"{place} {topic} {rng.choice(_INITIATIVE_KINDS)}"
        return SyntheticEntity(type_key, name, (strip_marks(name),))
    year = rng.randint(2019, 2026)
    name = f"{year} {place} {topic} {rng.choice(_EVENT_KINDS)}"
    return SyntheticEntity(type_key, name, (strip_marks(name),))


def synthetic_entities(count: int, seed: int = SEED) -> list[SyntheticEntity]:
    """``count`` entities, types in turn; a prefix of a longer list is the shorter list."""
    rng = random.Random(seed)
    names, places, made = _Names(), [], []
    types = [t.key for t in schema.TYPES]
    for index in range(count):
        type_key = types[index % len(types)]
        for attempt in range(1000):
            entity = _candidate(type_key, rng, places)
            if attempt > 20:  # the name pools are finite: number the rest
                number = f" {attempt}"
                entity = SyntheticEntity(
                    entity.type,
                    entity.name + number,
                    tuple(a + number for a in entity.aliases),
                    (),
                    entity.native_name,
                    entity.country,
                )
            if names.free(entity):
                break
        entity = replace(
            entity,
            aliases=tuple(dict.fromkeys(a for a in entity.aliases if a != entity.name)),
        )
        names.claim(entity)
        made.append(entity)
        if type_key == "cities":
            places.append(entity)
    return made


def synthetic_registry(count: int, seed: int = SEED) -> Registry:
    """The names of ``count`` synthetic entities as a Registry (no files, no fields): for matching."""
    entities = {}
    for e in synthetic_entities(count, seed):
        entities[e.slug] = Entity(
            e.slug,
            e.type,
            e.name,
            f"docs/{e.type}/{e.slug}.md",
            e.aliases,
            e.short_names,
            {"name": e.name},
        )
    return Registry(entities)


def _fields(
    entity: SyntheticEntity,
    by_type: dict[str, list[SyntheticEntity]],
    rng: random.Random,
) -> dict:
    def pick(*types: str) -> str | None:
        pool = [e for t in types for e in by_type.get(t, ()) if e.slug != entity.slug]
        return rng.choice(pool).slug if pool else None

    data: dict = {"name": entity.name}
    if entity.aliases:
        data["aliases"] = list(entity.aliases)
    if entity.short_names:
        data["short_names"] = list(entity.short_names)
    if entity.native_name:
        data["native_name"] = entity.native_name
    data["description"] = (
        f"Synthetic {schema.TYPES_BY_KEY[entity.type].singular.lower()} for the benchmark."
    )
    data["tags"] = [rng.choice(_TOPICS)]
    refs: dict[str, str | None] = {}
    if entity.type == "leaders":
        data |= {"role": rng.choice(_ROLES), "country": entity.country}
        refs["organization"] = pick("organizations")
    elif entity.type == "cities":
        data |= {
            "kind": "city",
            "country": entity.country,
            "coordinates": [
                round(rng.uniform(8, 38), 4),
                round(rng.uniform(102, 130), 4),
            ],
        }
    elif entity.type == "agreements":
        data |= {
            "kind": "memorandum",
            "date": f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}",
            "status": "signed",
        }
        data["parties"] = sorted(
            {p for p in (pick("leaders"), pick("organizations"), pick("cities")) if p}
        )
        refs |= {"place": pick("cities"), "event": pick("events")}
    elif entity.type == "initiatives":
        data |= {"kind": "festival", "start": str(rng.randint(2015, 2025))}
        refs["city"] = pick("cities")
        data["organizers"] = sorted(
            {p for p in (pick("organizations"), pick("cities")) if p}
        )
    elif entity.type == "organizations":
        data |= {"kind": "agency", "country": rng.choice(("Viet Nam", "South Korea"))}
        refs["city"] = pick("cities")
    elif entity.type == "events":
        data |= {
            "kind": "meeting",
            "start": f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }
        refs["city"] = pick("cities")
        data["participants"] = sorted(
            {p for p in (pick("leaders"), pick("leaders"), pick("organizations")) if p}
        )
    data |= {k: v for k, v in refs.items() if v}
    if rng.random() < 0.3 and (related := pick(*(t.key for t in schema.TYPES))):
        data["related"] = [related]
    return {k: v for k, v in data.items() if v not in (None, [], "")}


def entity_file(entity: SyntheticEntity, fields: dict) -> str:
    front = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n{entity.name} is a synthetic entity made for the benchmark. It stands for a real one of its kind.\n"


_TEMPLATES = {
    "leaders": (
        "{} said the two sides would deepen cooperation.",
        "According to {}, the plan is on track.",
        "{}’s delegation arrived on Friday.",
    ),
    "cities": (
        "Officials in {} welcomed the delegation.",
        "The programme will start in {} next year.",
        "{}’s authorities backed the plan.",
    ),
    "agreements": (
        "The {} was cited as a model for others.",
        "Both sides reviewed the {} during the talks.",
    ),
    "initiatives": (
        "The {} drew large crowds.",
        "Organisers said the {} would return next year.",
    ),
    "organizations": (
        "The {} will coordinate the work.",
        "A spokesperson for the {} confirmed the schedule.",
    ),
    "events": (
        "The talks took place on the sidelines of the {}.",
        "Delegates met again at the {}.",
    ),
}


def _real_paragraphs(root: Path) -> tuple[list[str], list[str]]:
    """(paragraphs, headlines) taken from the real seeds."""
    paragraphs, headlines = [], []
    for path in sorted((root / "seeds").glob("*.txt")):
        blocks = [
            " ".join(b.split())
            for b in re.split(r"\n\s*\n", normalize(path.read_text(encoding="utf-8")))
        ]
        blocks = [b for b in blocks if b]
        headlines += [
            b for b in blocks[:3] if 4 <= len(b.split()) <= 20 and not b.endswith(".")
        ][:1]
        paragraphs += [
            b for b in blocks if len(b.split()) >= 20 and b.endswith((".", "”", '"'))
        ]
    fallback = "The two countries agreed to expand cooperation in trade, culture and technology over the coming years."
    return paragraphs or [fallback], headlines or [
        "Korea and Vietnam expand cooperation"
    ]


def _named(entity: SyntheticEntity, rng: random.Random) -> str:
    return rng.choice((entity.name, entity.name, *entity.aliases))


def article_text(
    index: int,
    entities: list[SyntheticEntity],
    weights: list[float],
    paragraphs: list[str],
    headlines: list[str],
    rng: random.Random,
) -> tuple[str, dict]:
    chosen = list(
        dict.fromkeys(rng.choices(entities, weights=weights, k=rng.randint(3, 8)))
    )
    lead = chosen[0]
    headline = f"{lead.name}: {rng.choice(headlines)}"
    body = []
    for number in range(rng.randint(5, 12)):
        sentence = rng.choice(_TEMPLATES[chosen[number % len(chosen)].type]).format(
            _named(chosen[number % len(chosen)], rng)
        )
        if number % len(chosen) == 0 and lead.short_names and number:
            sentence += f" {lead.short_names[0]} added that more visits would follow."
        text = rng.choice(paragraphs)
        body.append(
            f"{sentence} {text}" if rng.random() < 0.5 else f"{text} {sentence}"
        )
    text = headline + "\n\n" + "\n\n".join(body) + "\n\nBy Synthetic Reporter\n"
    sidecar = {
        "slug": f"story-{index:05d}-{slugify(lead.name)[:40].strip('-')}",
        "title": headline,
        "published": f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "outlet": rng.choice(_OUTLETS),
        "url": f"https://example.org/news/{index:05d}",
    }
    return text, sidecar


def copy_site_frame(root: Path, project: Path) -> None:
    """mkdocs.yml, hooks/, overrides/ and the hand-written pages of docs/ (not the entity files)."""
    project.mkdir(parents=True, exist_ok=True)
    shutil.copy2(root / "mkdocs.yml", project / "mkdocs.yml")
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(
        root / "hooks", project / "hooks", ignore=ignore, dirs_exist_ok=True
    )
    if (root / "overrides").is_dir():
        shutil.copytree(
            root / "overrides", project / "overrides", ignore=ignore, dirs_exist_ok=True
        )
    entity_dirs = {t.key for t in schema.TYPES}
    for path in sorted((root / "docs").rglob("*")):
        rel = path.relative_to(root / "docs")
        if path.is_dir() or (
            rel.parts[0] in entity_dirs
            and path.suffix == ".md"
            and path.name != "index.md"
        ):
            continue
        (project / "docs" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, project / "docs" / rel)


def generate(
    root: Path, project: Path, articles: int, entities: int, seed: int = SEED
) -> list[Path]:
    """Write the synthetic project; returns the seed files written."""
    copy_site_frame(root, project)
    rng = random.Random(seed + 1)
    made = synthetic_entities(entities, seed)
    by_type: dict[str, list[SyntheticEntity]] = {}
    for entity in made:
        by_type.setdefault(entity.type, []).append(entity)
    for entity in made:
        folder = project / "docs" / entity.type
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{entity.slug}.md").write_text(
            entity_file(entity, _fields(entity, by_type, rng)), encoding="utf-8"
        )
    paragraphs, headlines = _real_paragraphs(root)
    weights = [
        1 / (rank + 1) for rank in range(len(made))
    ]  # Zipf: a few entities are everywhere
    seeds = project / "seeds"
    seeds.mkdir(exist_ok=True)
    written = []
    for index in range(articles):
        text, sidecar = article_text(index, made, weights, paragraphs, headlines, rng)
        stem = f"{index:05d}_{rng.getrandbits(64):016x}"
        (seeds / f"{stem}.txt").write_text(text, encoding="utf-8")
        (seeds / f"{stem}.yml").write_text(
            yaml.safe_dump(sidecar, allow_unicode=True, sort_keys=False),
            encoding="utf-8",
        )
        written.append(seeds / f"{stem}.txt")
    return written
