"""The JSON report (schema_version 1). Fields may be added, never renamed or dropped."""

from __future__ import annotations

import json

from checker import __version__
from checker.results import DocumentReport

SCHEMA_VERSION = 1


def build(reports: list[DocumentReport]) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "leerroute-check", "version": __version__},
        "documents": [r.to_dict() for r in reports],
    }


def render(reports: list[DocumentReport]) -> str:
    return json.dumps(build(reports), ensure_ascii=False, indent=2) + "\n"
