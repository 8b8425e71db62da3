"""Where a finding is, for formats that point at a file and a line (SARIF, GitHub annotations).

A PDF or DOCX has no lines a code host can show, so those findings sit on line 1 with the page and
section in the result's properties. For plain text and Markdown the line of the quoted evidence is
looked up in the file (best effort: the quote is matched with its whitespace normalised).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path, PurePath
from urllib.parse import quote

_LINE_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
_MAX_BYTES = 5 * 1024 * 1024


def display_path(path: str) -> str:
    """The path as given, with forward slashes; an absolute path under the working directory is
    made relative to it, so the same run gives the same paths on every machine."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_posix()
    return PurePath(os.path.normpath(p)).as_posix()


def artifact_location(path: str) -> dict:
    """A SARIF artifactLocation: a relative URI against %SRCROOT%, or a file URI when absolute."""
    shown = display_path(path)
    if Path(shown).is_absolute():
        return {"uri": Path(shown).as_uri()}
    return {"uri": quote(shown, safe="/"), "uriBaseId": "%SRCROOT%"}


def evidence_line(path: str, evidence: str | None) -> int:
    """The 1-based line where the evidence starts in a text or Markdown file, else 1."""
    if not evidence or Path(path).suffix.lower() not in _LINE_SUFFIXES:
        return 1
    index = _line_index(path)
    if index is None:
        return 1
    flat, lines = index
    words = evidence.replace("…", " ").split()
    for size in (12, 6, 3):
        needle = " ".join(words[:size])
        if len(needle) < 12:
            continue
        at = flat.find(needle)
        if at >= 0:
            return lines[at]
    return 1


@lru_cache(maxsize=64)
def _line_index(path: str) -> tuple[str, list[int]] | None:
    """The file's text with whitespace runs collapsed, and for each character its line number."""
    try:
        if os.path.getsize(path) > _MAX_BYTES:
            return None
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
    except OSError:
        return None
    chars: list[str] = []
    lines: list[int] = []
    line = 1
    for m in re.finditer(r"\s+|\S+", text):
        token = m.group(0)
        if token.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                lines.append(line)
            line += token.count("\n")
        else:
            chars.extend(token)
            lines.extend([line] * len(token))
    return "".join(chars), lines
