"""Renderers: one module per output format, all reading the same list of `DocumentReport`s."""

from __future__ import annotations

from collections.abc import Callable

from checker.results import DocumentReport

FORMATS = ("text", "json")


def renderer(name: str) -> Callable[[list[DocumentReport]], str]:
    if name == "json":
        from checker.report.json import render
    elif name == "text":
        from checker.report.text import render
    else:
        raise ValueError(f"unknown format {name}")
    return render
