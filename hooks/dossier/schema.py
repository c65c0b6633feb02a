"""What an entity file may say: the types, their folders and the fields of each type.

A field is text, a list of texts, a date, coordinates, or a reference (a slug of another
entity, optionally restricted to some types). The registry validates every file against this.
"""

from __future__ import annotations

from dataclasses import dataclass

TEXT, TEXTS, DATE, COORDINATES, REF, REFS = (
    "text",
    "texts",
    "date",
    "coordinates",
    "ref",
    "refs",
)
PASSAGES = "passages"  # article paragraphs about the entity that do not name it: "<article-slug>#p-3"


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    label: str
    targets: tuple[str, ...] = ()  # allowed entity types of a reference; empty = any
    inverse: str = ""  # how the referenced page names this relation ("Party to")


@dataclass(frozen=True)
class EntityType:
    key: str  # folder and URL segment: "leaders"
    singular: str  # "Leader"
    plural: str  # "Leaders"
    icon: str  # Material icon shortcode name
    schema_org: str
    fields: tuple[Field, ...]


COMMON = (
    Field("name", TEXT, "Name"),
    Field("aliases", TEXTS, "Also written"),
    Field("short_names", TEXTS, "Short form"),
    Field("native_name", TEXT, "Native name"),
    Field("description", TEXT, "Description"),
    Field("tags", TEXTS, "Tags"),
    Field("related", REFS, "Related", inverse="Related"),
    Field("sources", PASSAGES, "Sources"),
)

TYPES: tuple[EntityType, ...] = (
    EntityType(
        "leaders",
        "Leader",
        "Leaders",
        "material/account-tie",
        "Person",
        (
            Field("role", TEXT, "Role"),
            Field("country", TEXT, "Country"),
            Field("organization", REF, "Organization", ("organizations",), "People"),
        ),
    ),
    EntityType(
        "cities",
        "City",
        "Cities and localities",
        "material/city-variant-outline",
        "City",
        (
            Field("kind", TEXT, "Kind"),
            Field("country", TEXT, "Country"),
            Field("coordinates", COORDINATES, "Coordinates"),
            Field("within", REF, "Within", ("cities",), "Includes"),
        ),
    ),
    EntityType(
        "agreements",
        "Agreement",
        "Agreements",
        "material/handshake-outline",
        "CreativeWork",
        (
            Field("kind", TEXT, "Kind"),
            Field("date", DATE, "Date"),
            Field("status", TEXT, "Status"),
            Field(
                "parties",
                REFS,
                "Parties",
                ("leaders", "organizations", "cities"),
                "Party to",
            ),
            Field("place", REF, "Place", ("cities",), "Agreements made here"),
            Field("event", REF, "Signed at", ("events",), "Agreements"),
        ),
    ),
    EntityType(
        "initiatives",
        "Initiative",
        "Cultural initiatives",
        "material/palette-outline",
        "CreativeWork",
        (
            Field("kind", TEXT, "Kind"),
            Field("start", DATE, "Start"),
            Field("end", DATE, "End"),
            Field("city", REF, "City", ("cities",), "Initiatives here"),
            Field(
                "organizers",
                REFS,
                "Organizers",
                ("leaders", "organizations", "cities"),
                "Organizes",
            ),
        ),
    ),
    EntityType(
        "organizations",
        "Organization",
        "Organizations",
        "material/domain",
        "Organization",
        (
            Field("kind", TEXT, "Kind"),
            Field("country", TEXT, "Country"),
            Field("city", REF, "Based in", ("cities",), "Organizations based here"),
            Field("parent", REF, "Part of", ("organizations",), "Units"),
        ),
    ),
    EntityType(
        "events",
        "Event",
        "Events",
        "material/calendar-star",
        "Event",
        (
            Field("kind", TEXT, "Kind"),
            Field("start", DATE, "Start"),
            Field("end", DATE, "End"),
            Field("city", REF, "City", ("cities",), "Events here"),
            Field(
                "participants",
                REFS,
                "Participants",
                ("leaders", "organizations", "cities"),
                "Took part in",
            ),
            Field("part_of", REF, "Part of", ("events",), "Programme"),
        ),
    ),
)

TYPES_BY_KEY = {entity_type.key: entity_type for entity_type in TYPES}


def fields_of(type_key: str) -> dict[str, Field]:
    return {field.name: field for field in COMMON + TYPES_BY_KEY[type_key].fields}


def references(entity) -> list[tuple[Field, str]]:
    """(field, slug) of each reference in an entity's front matter (a REF or REFS field),
    itself and the unknown included: relate/relations.py and recognize/cues.py read them."""
    found = []
    for field in fields_of(entity.type).values():
        if field.kind == REF and entity.get(field.name):
            targets = [entity.get(field.name)]
        elif field.kind == REFS:
            targets = list(entity.get(field.name) or ())
        else:
            continue
        found += [(field, target) for target in targets]
    return found


# Articles first, then the entity types in the order above: how timelines and lists order types.
TYPE_ORDER = {
    key: index for index, key in enumerate(["articles", *(t.key for t in TYPES)])
}
