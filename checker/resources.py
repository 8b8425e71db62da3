"""Where the data files live: inside the installed package (`checker.models`) or, when running
from a source checkout, in the repository's `models/` folder."""

from __future__ import annotations

from pathlib import Path


def models_path(name: str) -> Path:
    try:
        from importlib.resources import files

        candidate = Path(str(files("checker.models") / name))
        if candidate.exists():
            return candidate
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "models" / name
