from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_agreements"


@pytest.fixture
def write_text(tmp_path):
    """Write a dedented agreement text to a .txt file and return its path."""

    def _write(text: str, name: str = "overeenkomst.txt") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
        return path

    return _write
