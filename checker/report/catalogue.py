"""The descriptive side of the requirement list (title, statute, what the law asks, model wording)
for renderers that describe every item, whatever the documents say (SARIF rules, HTML).

`checker.requirements.load_requirements()` compiles the term matchers and so loads spaCy, which
costs seconds; a parent process that only renders reports from worker processes should not pay
that. This reads the same `models/requirements.toml` for its plain text fields only;
`tests/test_report_formats.py` checks that both agree.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from checker.resources import models_path


@dataclass(frozen=True)
class ItemDescription:
    id: str
    key: str
    title: str
    statute: str
    asks: str
    suggestion: str

    @property
    def label(self) -> str:
        return f"{self.id}. {self.title}"

    @property
    def rule_id(self) -> str:
        """Stable SARIF rule id: `LRC-F-overstapoptie`."""
        return f"LRC-{self.id.upper()}-{self.key.replace('_', '-')}"


@lru_cache(maxsize=1)
def item_descriptions() -> tuple[ItemDescription, ...]:
    data = tomllib.loads(models_path("requirements.toml").read_text(encoding="utf-8"))
    return tuple(
        ItemDescription(
            id=raw["id"],
            key=raw["key"],
            title=raw["title"],
            statute=raw["statute"],
            asks=raw["asks"],
            suggestion=raw["suggestion"],
        )
        for raw in data["requirement"]
    )


def describe(item_id: str) -> ItemDescription:
    return next(d for d in item_descriptions() if d.id == item_id)
