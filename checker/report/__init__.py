"""Renderers: one module per output format, all reading the same list of `DocumentReport`s.

`renderer(name)(reports)` gives the report as text. The CI formats (sarif, junit, github) also
take `options=RenderOptions(...)` for `--fail-on` and per-item severity; the others ignore it.
Each format's module is imported only when asked for, so the default text/json path stays cheap
(jinja2 is imported by the html renderer alone).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from checker.report.labels import RenderOptions
from checker.results import DocumentReport

FORMATS = ("text", "json", "html", "csv", "markdown", "sarif", "junit", "github")

Renderer = Callable[..., str]


def renderer(name: str) -> Renderer:
    """The render function of a format: `render(reports, options=None) -> str`."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name}")
    module = import_module(f"checker.report.{name}")
    render = module.render

    def _render(reports: list[DocumentReport], options: RenderOptions | None = None) -> str:
        if getattr(module, "USES_OPTIONS", False):
            return render(reports, options or RenderOptions())
        return render(reports)

    return _render


__all__ = ["FORMATS", "RenderOptions", "renderer"]
