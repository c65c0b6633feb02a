"""A weather strip at a Korean page's top (``• 흐림서울 32.3℃`` …) and the date over it:
the site's today, not the article's date; so is the date by a site's weather widget
(``13.6 C`` over ``London``)."""

from __future__ import annotations

import re

from dossier.clean.dates import is_date_line
from dossier.clean.lines import Line
from dossier.clean.paragraphs import SENTENCE_END
from dossier.places import is_listed_place
from dossier.text import name_key

_TEMPERATURE = re.compile(r"-?\d{1,2}(?:\.\d)?\s?(?:℃|°\s?[CF]?)")
# a widget's other readings, each on a line of its own: "71 %" (humidity), "4.6kmh"
# (wind), "Sat" (the day), "clear sky" (the weather service's words for it)
_READING = re.compile(
    r"\d{1,3}(?:\.\d)?\s?(?:%|km/?h|mph|m/s)|"
    r"(?i:mon|tue|wed|thu|fri|sat|sun)|"
    r"(?i:clear sky|few clouds|scattered clouds|broken clouds|overcast clouds|"
    r"light rain|moderate rain|heavy rain|mist|haze|fog|snow|light snow)"
)
MIN_WEATHER_LINES = 3
MAX_WEATHER_WORDS = 6  # "• 구름많음대전 30.7℃": a city's sky and temperature
# "기상청 제공" (by the weather service): the strip's source, under it
_SOURCE = re.compile(r"제공|기상청|(?i:weather)")


def weather_strips(lines: list[Line | None], found: dict[int, str]) -> None:
    """A weather strip (``• 흐림서울 32.3℃`` …: short lines one under the other, blank
    lines between or not, each a temperature and no sentence) and the date over it: the
    site's today, not the article's date; with the strip its source line (``기상청 제공``).
    A story telling temperatures in its sentences is no strip."""
    _widget_clock(lines, found)
    run: list[int] = []
    for index, line in enumerate([*lines, Line(-1, "")]):
        if line is None:
            continue  # a blank line between the strip's items
        if _weather_item(line.text):
            run.append(index)
            continue
        if _READING.fullmatch(line.text.strip()) and run:
            run.append(index)  # under a temperature: the widget's next reading
            continue
        if len(run) >= MIN_WEATHER_LINES:
            _mark_weather(lines, run, found)
        run = []


def _weather_item(text: str) -> bool:
    return (
        _TEMPERATURE.search(text) is not None
        and len(text.split()) <= MAX_WEATHER_WORDS
        and not text.endswith(SENTENCE_END)
    )


def _mark_weather(lines: list[Line | None], run: list[int], found: dict[int, str]):
    for index in run:
        found[lines[index].number] = "weather strip"
    above = [line for line in lines[: run[0]] if line is not None]
    read = any(_READING.fullmatch(lines[index].text.strip()) for index in run)
    while above and _READING.fullmatch(above[-1].text.strip()):
        read = True
        found[above.pop().number] = "weather strip"  # "clear sky" over the temperature
    if read and above and is_listed_place(name_key(above[-1].text)):
        found[above.pop().number] = "weather strip"  # "Busan": the city it is for
    if above and is_date_line(above[-1].text):
        found[above[-1].number] = "weather strip"  # its date: the site's today
    below = [line for line in lines[run[-1] + 1 :] if line is not None][:1]
    if below and len(below[0].text.split()) <= 3 and _SOURCE.search(below[0].text):
        found[below[0].number] = "weather strip"  # "기상청 제공": its source


# a widget's temperature with no degree sign, alone on its line: "13.6 C", "58 F"
_BARE_TEMPERATURE = re.compile(r"-?\d{1,3}(?:\.\d)?\s?[CF]")
# the city it is for, on the line under it: "London", "Ho Chi Minh City"
_CITY = re.compile(r"[A-ZÀ-ỸĐ][\w'’.-]*(?:\s[A-ZÀ-ỸĐ][\w'’.-]*){0,3}")


def _widget_clock(lines: list[Line | None], found: dict[int, str]) -> None:
    """A site's clock by its weather widget: ``Monday, May 5, 2025`` over ``13.6 C`` over
    ``London``, or ``58 F`` over ``Los Angeles`` over the date. The widget's city is no
    masthead, the clock's date the site's today, not the article's."""
    for index, line in enumerate(lines[:-1]):
        city = lines[index + 1]
        if not (line and city and _BARE_TEMPERATURE.fullmatch(line.text.strip())):
            continue
        if not _CITY.fullmatch(city.text.strip()):
            continue
        above = lines[index - 1] if index else None
        below = lines[index + 2] if index + 2 < len(lines) else None
        clocks = [x for x in (above, below) if x and is_date_line(x.text)]
        if not clocks:
            continue  # no clock beside it: "35 C" alone may be anything
        for widget in (line, city, *clocks):
            found[widget.number] = "weather strip"
