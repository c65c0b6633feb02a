"""The Jinja2 templates the renderers fill: HTML is written in ``templates/``, never by hand.

Autoescaping is on, so every value a template prints is escaped unless it is already markup
(``Markup``: the output of another template). Values are escaped with ``html.escape`` rather
than markupsafe's default, so quotes read ``&quot;``/``&#x27;`` as everywhere else in the site.
"""

from __future__ import annotations

import html
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup


def _escaped(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, Markup):
        return Markup(html.escape(value, quote=True))
    return value


@cache  # one environment per process: templates are compiled once
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("dossier.render", "templates"),
        autoescape=True,
        finalize=_escaped,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates ship with the package: no check of the disk per page
    )


def render(name: str, **context: Any) -> Markup:
    """The template ``name`` filled with ``context``, as markup ready to nest in another."""
    return Markup(environment().get_template(name).render(**context))
