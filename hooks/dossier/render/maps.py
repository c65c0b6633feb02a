"""The map of cities and each city's locator map, as inline SVG drawn at build time.

Inline SVG needs no script, no tiles and no map library: every marker is an ordinary link
(keyboard-focusable, opens the city's page), and the theme's colour variables style it, so
light and dark schemes both read. A table beside the map gives the same cities as text.
"""

from __future__ import annotations

import math
from functools import lru_cache

from dossier.model import Dossier, Entity
from dossier.render.geo import HIGHLIGHT, Frame, country_paths, frame_for
from dossier.render.page import RenderedPage, entity_link, esc
from dossier.urls import href

MAP_URI = "map.md"
FONT_SIZE = 12.0
CHAR_WIDTH = 0.6  # rough advance of a label character, in ems, for collision tests
LOCATOR_SCALE = (
    2.2  # a locator map is shown at about a third of the width: larger marks and text
)
CREDIT = '<span class="dossier-map__credit">Country outlines: Natural Earth (public domain), Mercator projection.</span>'


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


@lru_cache(maxsize=64)  # every locator map of a build shares the frame: drawn once
def base_layer(frame: Frame) -> str:
    paths = "".join(
        f'<path class="dossier-map__land{" dossier-map__land--" + HIGHLIGHT[cid] if cid in HIGHLIGHT else ""}" d="{d}"/>'
        for cid, _, d in country_paths(frame)
    )
    return f'<g aria-hidden="true"><rect class="dossier-map__sea" width="{frame.width:.0f}" height="{frame.height}"/>{paths}</g>'


def _country(entity: Entity) -> str:
    return f" ({entity.get('country')})" if entity.get("country") else ""


def map_svg(dossier: Dossier, from_uri: str, current: Entity | None = None) -> str:
    """The region with every mapped city; on a city page (``current``) only that city is a link."""
    frame = city_frame(dossier)
    cities = list(dossier.index.mapped_cities)
    if current is not None:  # the current city last, so it is drawn on top
        cities = [c for c in cities if c.slug != current.slug] + [current]
    positions = {c.slug: frame.project(*c.get("coordinates")) for c in cities}
    scale = LOCATOR_SCALE if current is not None else 1.0
    font = FONT_SIZE * scale
    sizes = {
        c.slug: round(radius(len(dossier.articles_of(c.slug))) * scale, 1)
        for c in cities
    }
    taken = [
        (x - sizes[s], y - sizes[s], x + sizes[s], y + sizes[s])
        for s, (x, y) in positions.items()
    ]
    labelled = [current] if current is not None else cities
    labels = {
        c.slug: place_label(
            *positions[c.slug], sizes[c.slug], c.name, taken, frame, font
        )
        for c in labelled
    }
    marks = []
    for city in cities:
        x, y = positions[city.slug]
        label = labels.get(city.slug)
        text = (
            f'<text x="{label[0]:.1f}" y="{label[1]:.1f}" text-anchor="{label[2]}" font-size="{font:g}">{esc(city.name)}</text>'
            if label
            else ""
        )
        if current is not None and city.slug != current.slug:
            marks.append(
                f'<circle class="dossier-map__dot" cx="{x:.1f}" cy="{y:.1f}" r="{3 * scale:.1f}" aria-hidden="true"/>'
            )
        elif current is not None:
            circle = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{sizes[city.slug] + 1}"/>'
            marks.append(
                f'<g class="dossier-map__marker dossier-map__marker--current">{circle}{text}</g>'
            )
        else:
            url = esc(href(from_uri, city.uri))
            title = esc(city.name + _country(city))
            # xlink:href, not href: Material's instant navigation assigns `.href` of every [href]
            # element, which throws on an SVG link (its href is read-only).
            circle = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{sizes[city.slug]}"/>'
            attributes = f'class="dossier-map__marker" xlink:href="{url}" data-slug="{city.slug}" aria-label="{title}"'
            marks.append(f"<a {attributes}><title>{title}</title>{circle}{text}</a>")
    label = (
        f"Locator map: {current.name} in East and Southeast Asia"
        if current is not None
        else f"Map of {len(cities)} cities in the dossier"
    )
    role = 'role="img"' if current is not None else 'role="group"'
    return (
        f'<svg class="dossier-map__svg" viewBox="0 0 {frame.width:.0f} {frame.height}" {role} aria-label="{esc(label)}" '
        'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        f'{base_layer(frame)}<g class="dossier-map__markers">{"".join(marks)}</g></svg>'
    )


def legend() -> str:
    return (
        '<ul class="dossier-legend" aria-label="Legend">'
        '<li><span class="dossier-swatch dossier-swatch--kr"></span>South Korea</li>'
        '<li><span class="dossier-swatch dossier-swatch--vn"></span>Viet Nam</li>'
        '<li><span class="dossier-swatch dossier-swatch--land"></span>Other countries</li>'
        '<li><span class="dossier-swatch dossier-swatch--marker"></span>City: the larger the dot, the more articles name it</li>'
        "</ul>"
    )


def map_page(dossier: Dossier) -> RenderedPage:
    cities = list(dossier.index.mapped_cities)
    unmapped = [
        e for e in dossier.registry.of_type("cities") if not e.get("coordinates")
    ]
    rows = "".join(
        f"<tr><td>{entity_link(MAP_URI, c)}</td><td>{esc(c.get('country') or '')}</td>"
        f"<td>{c.get('coordinates')[0]:.4f}, {c.get('coordinates')[1]:.4f}</td><td>{len(dossier.articles_of(c.slug))}</td></tr>"
        for c in sorted(cities, key=lambda e: e.name.casefold())
    )
    table = (
        '<table class="dossier-index dossier-map__table"><caption>The cities on the map</caption>'
        '<thead><tr><th scope="col">City</th><th scope="col">Country</th><th scope="col">Latitude, longitude</th><th scope="col">Articles</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )
    parts = [
        "# Map",
        f'<p class="dossier-lead">{len(cities)} cities and localities with known coordinates. '
        "Select a dot to open its page; the table below lists the same places.</p>",
        f'<figure class="dossier-map"><div class="dossier-map__frame">{map_svg(dossier, MAP_URI)}</div><figcaption>{legend()}{CREDIT}</figcaption></figure>',
        f"## Places\n\n{table}",
    ]
    if unmapped:
        links = ", ".join(entity_link(MAP_URI, e) for e in unmapped)
        parts.append(
            f'<p class="dossier-note">Not on the map, because their files give no coordinates: {links}.</p>'
        )
    meta = {
        "title": "Map",
        "description": "Every city and locality of the Korea–Vietnam Dossier on a map",
        "dossier_type": "view",
    }
    return RenderedPage(MAP_URI, "\n\n".join(parts) + "\n", meta)


def locator_map(entity: Entity, dossier: Dossier) -> str:
    """A small map marking one city, for its page ('' for anything without coordinates)."""
    if entity.type != "cities" or not entity.get("coordinates"):
        return ""
    link = f'<a href="{esc(href(entity.uri, MAP_URI))}">All cities on the map</a>'
    svg = map_svg(dossier, entity.uri, current=entity)
    return f'<figure class="dossier-map dossier-map--locator"><div class="dossier-map__frame">{svg}</div><figcaption>{link}</figcaption></figure>'
