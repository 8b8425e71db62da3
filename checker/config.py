"""Project configuration: `[tool.leerroute-check]` in `pyproject.toml`, or `.leerroute-check.toml`
with the keys at top level, found in the working directory or the nearest parent that has one
(`.leerroute-check.toml` beats `pyproject.toml` in the same directory). Command-line options
override it. Every key is described in docs/configuration.md.

`apply_config` is the post-processing the configuration asks of finished reports: medezeggenschap
required (h absent -> missing) and skipped items (-> not_applicable with the reason). It runs after
the judge, so the judge stays the bouwsteen's reading.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from checker.report import FORMATS
from checker.report.catalogue import describe
from checker.report.labels import FAIL_ON, LEVELS
from checker.requirements import ITEM_IDS
from checker.results import DocumentReport, Finding, RequirementResult

FILE_NAME = ".leerroute-check.toml"
TOOL_TABLE = "leerroute-check"
OCR = ("auto", "never", "always")
MEDEZEGGENSCHAP = ("optional", "required")
KEYS = (
    "fail-on",
    "format",
    "jobs",
    "max-size",
    "include",
    "exclude",
    "ocr",
    "medezeggenschap",
    "severity",
    "skip",
)


class ConfigError(ValueError):
    """The configuration cannot be used; the message is Dutch and fits on one line."""


@dataclass(frozen=True)
class Config:
    fail_on: str = "weak"
    format: str = "text"
    jobs: int | None = None  # None: one worker per core
    max_size: float = 50.0  # MB
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    ocr: str = "auto"
    medezeggenschap: str = "optional"
    severity: dict[str, str] = field(default_factory=dict)  # item id -> error|warning|note
    skip: dict[str, str] = field(default_factory=dict)  # item id -> reason
    source: Path | None = None  # the file it was read from

    def override(self, **options) -> Config:
        """This configuration with the command line's options (None = not given) on top."""
        return replace(self, **{k: v for k, v in options.items() if v is not None})

    def selects(self, relative: str) -> bool:
        """Whether a file (its path relative to the folder given, with forward slashes) is checked."""
        if self.include and not any(_glob_match(p, relative) for p in self.include):
            return False
        return not any(_glob_match(p, relative) for p in self.exclude)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest configuration file from `start` (default: the working directory) upwards."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        own = folder / FILE_NAME
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def load_config(path: Path | None = None) -> Config:
    """Read the given file, or the nearest one; defaults when there is none."""
    if path is None:
        path = find_config()
        if path is None:
            return Config()
    path = Path(path)
    data = _read_toml(path)
    table = data.get("tool", {}).get(TOOL_TABLE) if isinstance(data.get("tool"), dict) else None
    if path.name == "pyproject.toml" and table is None:
        raise ConfigError(f"Fout in configuratie {path}: geen tabel [tool.{TOOL_TABLE}] gevonden.")
    if table is None or set(data) != {"tool"}:
        table = data  # .leerroute-check.toml: the keys at top level
    return parse_config(table, path)


def parse_config(table: dict, source: Path | None = None) -> Config:
    """Validate a configuration table (keys as in the file)."""
    where = f" {source}" if source else ""

    def fail(message: str) -> ConfigError:
        return ConfigError(f"Fout in configuratie{where}: {message}")

    for key in table:
        if key not in KEYS:
            raise fail(f"onbekende sleutel '{key}' (toegestaan: {', '.join(KEYS)}).")
    out: dict = {"source": source}
    for key, allowed, name in (
        ("fail-on", FAIL_ON, "fail_on"),
        ("format", FORMATS, "format"),
        ("ocr", OCR, "ocr"),
        ("medezeggenschap", MEDEZEGGENSCHAP, "medezeggenschap"),
    ):
        if key in table:
            if table[key] not in allowed:
                raise fail(f"'{key}' moet een van {', '.join(allowed)} zijn, niet {table[key]!r}.")
            out[name] = table[key]
    if "jobs" in table:
        if not isinstance(table["jobs"], int) or isinstance(table["jobs"], bool) or table["jobs"] < 0:
            raise fail(f"'jobs' moet een geheel getal van 0 of meer zijn, niet {table['jobs']!r}.")
        out["jobs"] = table["jobs"]
    if "max-size" in table:
        value = table["max-size"]
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
            raise fail(f"'max-size' moet een positief getal (MB) zijn, niet {value!r}.")
        out["max_size"] = float(value)
    for key in ("include", "exclude"):
        if key in table:
            value = table[key]
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise fail(f"'{key}' moet een lijst met patronen zijn, zoals [\"**/*.pdf\"].")
            out[key] = tuple(value)
    if "severity" in table:
        out["severity"] = _item_table(table["severity"], "severity", fail)
        for item, level in out["severity"].items():
            if level not in LEVELS:
                raise fail(f"'severity.{item}' moet een van {', '.join(LEVELS)} zijn, niet {level!r}.")
    if "skip" in table:
        out["skip"] = _item_table(table["skip"], "skip", fail)
        for item, reason in out["skip"].items():
            if not reason.strip():
                raise fail(f"'skip.{item}' heeft een reden nodig.")
    return Config(**out)


def _item_table(value, key: str, fail) -> dict[str, str]:
    if not isinstance(value, dict):
        raise fail(f"'{key}' moet een tabel per onderdeel zijn, zoals {key} = {{ h = \"...\" }}.")
    for item, text in value.items():
        if item not in ITEM_IDS:
            raise fail(f"onbekend onderdeel '{key}.{item}' (toegestaan: a tot en met j).")
        if not isinstance(text, str):
            raise fail(f"'{key}.{item}' moet tekst zijn, niet {text!r}.")
    return dict(value)


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"Configuratie {path} kan niet worden gelezen: {exc.strerror}.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Configuratie {path} is geen geldige TOML: {exc}.") from exc


def _has_tool_table(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        return False
    if TOOL_TABLE not in text:
        return False
    return TOOL_TABLE in _read_toml(pyproject).get("tool", {})


# -- file selection ---------------------------------------------------------------------------


def _glob_match(pattern: str, relative: str) -> bool:
    """Gitignore-like globs: `*` and `?` stay within a folder, `**` spans folders, a trailing `/`
    means everything in that folder, and a pattern without `/` matches the file name at any depth."""
    pattern = pattern.strip()
    if pattern.startswith("./"):
        pattern = pattern[2:]
    if pattern.endswith("/"):
        pattern = pattern.rstrip("/") + "/**"
    if "/" not in pattern:
        return bool(_glob_regex(pattern).fullmatch(relative.rsplit("/", 1)[-1]))
    return bool(_glob_regex(pattern).fullmatch(relative))


def _glob_regex(pattern: str) -> re.Pattern[str]:
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out))


def select_files(files: Iterable[tuple[Path, str]], root: Path, config: Config) -> list[tuple[Path, str]]:
    """The (path, shown) pairs under `root` that include/exclude let through."""
    out = []
    for path, shown in files:
        relative = path.relative_to(root).as_posix() if root.is_dir() else Path(shown).as_posix()
        if config.selects(relative):
            out.append((path, shown))
    return out


# -- post-processing of reports ---------------------------------------------------------------

MEDEZEGGENSCHAP_KEY = "medezeggenschap"


def apply_config(reports: list[DocumentReport], config: Config) -> list[DocumentReport]:
    """Apply `medezeggenschap = "required"` and `skip` to finished reports (in place; returned)."""
    for report in reports:
        if report.status != "checked":
            continue
        for result in report.requirements:
            if config.medezeggenschap == "required" and result.key == MEDEZEGGENSCHAP_KEY:
                _require_medezeggenschap(result)
            if result.id in config.skip:
                _skip(result, config.skip[result.id])
    return reports


def _require_medezeggenschap(result: RequirementResult) -> None:
    """h absent: the statute (art. 2.107b lid 2 onder j WVO 2020) asks for it, so it is missing.
    An interne regeling keeps not_applicable: there h is not required by law."""
    absent = [f for f in result.findings if f.code == "medezeggenschap_not_arranged"]
    if result.status != "not_applicable" or not absent:
        return
    result.status = "missing"
    result.confidence = min(result.confidence, 0.8)
    others = [f for f in result.findings if f.code != "medezeggenschap_not_arranged"]
    result.findings = [
        Finding(
            "medezeggenschap_required",
            "error",
            "Er zijn geen afspraken over de medezeggenschap gevonden. Art. 2.107b lid 2 onder j WVO 2020 "
            "vraagt hoe de medezeggenschap door de medezeggenschapsorganen van de school en de instelling "
            'is ingericht (in deze configuratie verplicht: medezeggenschap = "required").',
        ),
        *others,
    ]
    result.suggestion = result.suggestion or describe(result.id).suggestion


def _skip(result: RequirementResult, reason: str) -> None:
    result.status = "not_applicable"
    result.suggestion = None
    result.findings = [
        Finding(
            "skipped_by_config",
            "info",
            f"Niet gecontroleerd volgens de configuratie (skip), met als reden: “{reason.strip()}”.",
        )
    ]
