"""The map of cities and each city's locator map, as inline SVG drawn at build time.

Inline SVG needs no script, no tiles and no map library: every marker is an ordinary link
(keyboard-focusable, opens the city's page), and the theme's colour variables style it, so
light and dark schemes both read. A table beside the map gives the same cities as text.
The markup is in ``templates/map*``; this module places the marks and labels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from markupsafe import Markup

from dossier.model import Dossier, Entity
from dossier.render.geo import HIGHLIGHT, Frame, country_paths, frame_for
from dossier.render.page import RenderedPage
from dossier.render.templates import render
from dossier.render.timeline import entity_ref
from dossier.urls import href

MAP_URI = "map.md"
FONT_SIZE = 12.0
CHAR_WIDTH = 0.6  # rough advance of a label character, in ems, for collision tests
LOCATOR_SCALE = (
    2.2  # a locator map is shown at about a third of the width: larger marks and text
)


def city_frame(dossier: Dossier) -> Frame:
    return frame_for(
        [tuple(e.get("coordinates")) for e in list(dossier.index.mapped_cities)]
    )


def radius(articles: int) -> float:
    return round(4.0 + min(5.0, 1.6 * math.sqrt(articles)), 1)


def _overlaps(
    box: tuple[float, float, float, float],
    boxes: list[tuple[float, float, float, float]],
) -> bool:
    x0, y0, x1, y1 = box
    return any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in boxes)


def place_label(
    x: float,
    y: float,
    r: float,
    text: str,
    taken: list,
    frame: Frame,
    size: float = FONT_SIZE,
) -> tuple[float, float, str] | None:
    """A label position (x, y, text-anchor) beside the marker that overlaps no other label or marker."""
    w, h = len(text) * CHAR_WIDTH * size, size
    candidates = [
        (
            x + r + 3,
            y + h / 3,
            "start",
            (x + r + 2, y - h / 2, x + r + 4 + w, y + h / 2),
        ),
        (x - r - 3, y + h / 3, "end", (x - r - 4 - w, y - h / 2, x - r - 2, y + h / 2)),
        (x, y - r - 4, "middle", (x - w / 2, y - r - 4 - h, x + w / 2, y - r - 3)),
        (x, y + r + h + 2, "middle", (x - w / 2, y + r + 2, x + w / 2, y + r + h + 3)),
    ]
    for lx, ly, anchor, box in candidates:
        inside = (
            box[0] >= 0
            and box[1] >= 0
            and box[2] <= frame.width
            and box[3] <= frame.height
        )
        if inside and not _overlaps(box, taken):
            taken.append(box)
            return lx, ly, anchor
    return None


class Label(NamedTuple):
    """A city's name beside its marker (coordinates formatted as the SVG prints them)."""

    x: str
    y: str
    anchor: str  # text-anchor: start, end or middle
    text: str


class Mark(NamedTuple):
    """A city's marker: a link on the map, the current city on a locator map."""

    cx: str
    cy: str
    r: float
    href: str
    slug: str
    title: str
    label: Label | None


@dataclass(frozen=True)
class MapView:
    """What templates/map.svg draws: the numbers are text, formatted as the map has always
    printed them (coordinates to 0.1 px, radii as Python prints a float)."""

    width: str
    height: float
    role: str
    label: str
    base: Markup
    font: str
    dots: Markup  # the other cities on a locator map (see _dot)
    marks: list[Mark]  # the cities on the map, or the current one on a locator map
    current: bool


@lru_cache(maxsize=64)  # every locator map of a build shares the frame: drawn once
def base_layer(frame: Frame) -> Markup:
    """The sea and the countries; South Korea and Viet Nam are highlighted."""
    paths = [(HIGHLIGHT.get(cid, ""), d) for cid, _, d in country_paths(frame)]
    return render(
        "map_base.svg", width=f"{frame.width:.0f}", height=frame.height, paths=paths
    )


@lru_cache(maxsize=4096)
def _dot(cx: str, cy: str, r: str) -> Markup:
    """Another city on a locator map. Every locator map shows every city: drawn once here and
    joined per map (markup only: nothing to escape again), that is linear in the cities, where
    a template loop over them on every map (three escaped values a dot) made the locator maps
    the slowest part of the pages."""
    return render("map_dot.svg", cx=cx, cy=cy, r=r)


def _country(entity: Entity) -> str:
    return f" ({entity.get('country')})" if entity.get("country") else ""


@dataclass(frozen=True)
class Layout:
    """Where the cities of one map go: their positions, marker sizes and the label font."""

    frame: Frame
    positions: dict[str, tuple[float, float]]
    sizes: dict[str, float]
    scale: float

    def boxes(self) -> list[tuple[float, float, float, float]]:
        """The markers' boxes, which labels must not cover."""
        sizes = self.sizes
        return [
            (x - sizes[s], y - sizes[s], x + sizes[s], y + sizes[s])
            for s, (x, y) in self.positions.items()
        ]


def layout(dossier: Dossier, cities: list[Entity], scale: float) -> Layout:
    frame = city_frame(dossier)
    return Layout(
        frame,
        {c.slug: frame.project(*c.get("coordinates")) for c in cities},
        {
            c.slug: round(radius(len(dossier.articles_of(c.slug))) * scale, 1)
            for c in cities
        },
        scale,
    )


def _mark(city: Entity, at: Layout, taken: list, from_uri: str, locator: bool) -> Mark:
    """A city's marker and its label, placed clear of ``taken`` (which it then joins)."""
    x, y = at.positions[city.slug]
    size, font = at.sizes[city.slug], FONT_SIZE * at.scale
    spot = place_label(x, y, size, city.name, taken, at.frame, font)
    label = spot and Label(f"{spot[0]:.1f}", f"{spot[1]:.1f}", spot[2], city.name)
    url, title = href(from_uri, city.uri), city.name + _country(city)
    r = size + 1 if locator else size  # the current city is drawn a little larger
    return Mark(f"{x:.1f}", f"{y:.1f}", r, url, city.slug, title, label)


def _dots(at: Layout, current: Entity) -> Markup:
    """The other cities on ``current``'s locator map, in the map's order."""
    r = f"{3 * at.scale:.1f}"
    dots = [
        _dot(f"{x:.1f}", f"{y:.1f}", r)
        for slug, (x, y) in at.positions.items()
        if slug != current.slug
    ]
    return Markup("".join(dots))  # rendered markup only: nothing to escape again


def map_view(dossier: Dossier, from_uri: str, current: Entity | None = None) -> MapView:
    """The region with every mapped city; on a city page (``current``) only that city is a
    link, and the others are dots."""
    cities = list(dossier.index.mapped_cities)
    if current is not None:  # the current city last, so it is drawn on top
        cities = [c for c in cities if c.slug != current.slug] + [current]
    at = layout(dossier, cities, LOCATOR_SCALE if current is not None else 1.0)
    taken = at.boxes()
    labelled = [current] if current is not None else cities
    marks = [_mark(c, at, taken, from_uri, current is not None) for c in labelled]
    return MapView(
        width=f"{at.frame.width:.0f}",
        height=at.frame.height,
        role="img" if current is not None else "group",
        label=f"Locator map: {current.name} in East and Southeast Asia"
        if current is not None
        else f"Map of {len(cities)} cities in the dossier",
        base=base_layer(at.frame),
        font=f"{FONT_SIZE * at.scale:g}",
        dots=_dots(at, current) if current is not None else Markup(""),
        marks=marks,
        current=current is not None,
    )


def map_page(dossier: Dossier) -> RenderedPage:
    """The map, its legend and the same cities as a table, in one template call."""
    cities = sorted(dossier.index.mapped_cities, key=lambda e: e.name.casefold())
    rows = [
        (
            entity_ref(MAP_URI, c),
            c.get("country") or "",
            "{:.4f}, {:.4f}".format(*c.get("coordinates")),
            len(dossier.articles_of(c.slug)),
        )
        for c in cities
    ]
    unmapped = [
        entity_ref(MAP_URI, e)
        for e in dossier.registry.of_type("cities")
        if not e.get("coordinates")
    ]
    markdown = render(
        "map.html", svg=map_view(dossier, MAP_URI), rows=rows, unmapped=unmapped
    )
    meta = {
        "title": "Map",
        "description": "Every city and locality of the Korea–Vietnam Dossier on a map",
        "dossier_type": "view",
    }
    return RenderedPage(MAP_URI, str(markdown), meta)


def locator_map(entity: Entity, dossier: Dossier) -> Markup:
    """A small map marking one city, for its page ('' for anything without coordinates)."""
    if entity.type != "cities" or not entity.get("coordinates"):
        return Markup("")
    return render(
        "map_locator.html",
        svg=map_view(dossier, entity.uri, current=entity),
        map_href=href(entity.uri, MAP_URI),
    )
