"""Base geography for the maps: Natural Earth country outlines projected to SVG paths at build time.

The outlines come from the vendored ``world-atlas`` TopoJSON (docs/assets/vendor/world-atlas/),
so the maps need no tile server and no map library in the browser. The map frame is East and
Southeast Asia, widened to take in every city with coordinates; the projection is Mercator.
Paths are clamped to a margin around the frame and thinned to about a pixel, which keeps the
inline SVG small whatever the frame.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

ATLAS = (
    Path(__file__).resolve().parents[3]
    / "docs"
    / "assets"
    / "vendor"
    / "world-atlas"
    / "countries-50m.json"
)
# The Korean peninsula to the south of Viet Nam: the region every map shows at least.
HOME_REGION = (102.0, 8.0, 131.0, 39.0)  # west, south, east, north (degrees)
PADDING = 2.5  # degrees around the outermost city
MAX_LATITUDE = 80.0
HIGHLIGHT = {"410": "kr", "704": "vn"}  # ISO 3166 numeric: South Korea, Viet Nam
MARGIN = 20.0  # px beyond the frame where outlines are clamped
TOLERANCE = 0.7  # px: a point closer than this to the last one kept is dropped


def mercator_y(lat: float) -> float:
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


@dataclass(frozen=True)
class Frame:
    west: float
    south: float
    east: float
    north: float
    width: float = 640.0

    @cached_property  # the outlines project every point of every country through the frame: worked out once
    def scale(self) -> float:
        return self.width / (self.east - self.west)

    @cached_property
    def top(self) -> float:
        return mercator_y(self.north)

    @property
    def height(self) -> float:
        return round((self.top - mercator_y(self.south)) * self.scale, 1)

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        return (lon - self.west) * self.scale, (self.top - mercator_y(lat)) * self.scale


def frame_for(points: list[tuple[float, float]], width: float = 640.0) -> Frame:
    """The home region, widened (with padding) to hold every ``(lat, lon)`` point."""
    west, south, east, north = HOME_REGION
    for lat, lon in points:
        west, east = min(west, lon - PADDING), max(east, lon + PADDING)
        south, north = min(south, lat - PADDING), max(north, lat + PADDING)
    return Frame(
        max(west, -180.0),
        max(south, -MAX_LATITUDE),
        min(east, 180.0),
        min(north, MAX_LATITUDE),
        width,
    )


@lru_cache(maxsize=1)
def countries(
    path: Path = ATLAS,
) -> tuple[tuple[str, str, tuple[tuple[tuple[float, float], ...], ...]], ...]:
    """``(id, name, rings)`` per country, each ring a tuple of ``(lon, lat)``, decoded from TopoJSON."""
    topology = json.loads(path.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # delta-encoded, quantized positions
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> tuple[tuple[float, float], ...]:
        points: list[tuple[float, float]] = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc[1:] if points else arc)
        return tuple(points)

    result = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = tuple(ring(r) for polygon in polygons for r in polygon)
        result.append(
            (
                str(geometry.get("id", "")),
                geometry.get("properties", {}).get("name", ""),
                rings,
            )
        )
    return tuple(result)


def _ring_path(ring: tuple[tuple[float, float], ...], frame: Frame) -> str:
    lo_x, hi_x, lo_y, hi_y = (
        -MARGIN,
        frame.width + MARGIN,
        -MARGIN,
        frame.height + MARGIN,
    )
    kept: list[tuple[float, float]] = []
    for lon, lat in ring:
        x, y = frame.project(lat, lon)
        x, y = min(max(x, lo_x), hi_x), min(max(y, lo_y), hi_y)
        if (
            kept
            and abs(x - kept[-1][0]) < TOLERANCE
            and abs(y - kept[-1][1]) < TOLERANCE
        ):
            continue
        kept.append((x, y))
    if len(kept) < 3 or all(x in (lo_x, hi_x) or y in (lo_y, hi_y) for x, y in kept):
        return ""  # wholly outside the frame (or too small to see)
    return "M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in kept) + "Z"


@lru_cache(
    maxsize=4096
)  # one frame per city's locator map: keep them all across rebuilds
def country_paths(frame: Frame) -> tuple[tuple[str, str, str], ...]:
    """``(id, name, d)`` for each country with something inside the frame."""
    paths = []
    for country_id, name, rings in countries():
        d = "".join(_ring_path(r, frame) for r in rings)
        if d:
            paths.append((country_id, name, d))
    return tuple(paths)
