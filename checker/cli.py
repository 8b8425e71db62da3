"""Command line: a thin shell over `checker.api`.

Exit codes: 0 every agreement compliant; 1 some agreement non-compliant (as `--fail-on` says);
2 usage error; 3 some document could not be read (takes precedence over 1).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from checker import __version__
from checker.report import FORMATS
from checker.report.labels import FAIL_ON

EXIT_OK = 0
EXIT_NON_COMPLIANT = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="leerroute-check")
def main() -> None:
    """Controleer een samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo op de wettelijke
    onderdelen a-j (art. 2.107b lid 2 WVO 2020)."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Uitvoer: text (leesbaar, standaard), json (rapportcontract), html (één pagina), csv, markdown, "
    "sarif (code scanning), junit (testrapport voor CI) of github (annotaties in GitHub Actions).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Schrijf het rapport naar dit bestand in plaats van naar standaarduitvoer.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=None,
    help="Aantal werkprocessen (standaard: één per processorkern); 0 = alles in dit proces, zonder "
    "tijd- en geheugengrens per document.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default=None,
    help="Exitcode 1 bij een zwak of ontbrekend onderdeel (weak, standaard) of alleen bij een ontbrekend "
    "onderdeel (missing).",
)
@click.option(
    "--max-size",
    "max_mb",
    type=click.FloatRange(min=0.001),
    default=None,
    help="Grootste bestand dat wordt gelezen, in MB (standaard 50).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Configuratiebestand; standaard het dichtstbijzijnde .leerroute-check.toml of pyproject.toml "
    "met [tool.leerroute-check] in deze map of een map erboven.",
)
@click.option(
    "--ocr",
    type=click.Choice(["auto", "never", "always"]),
    default=None,
    help="Tekstherkenning (OCR) voor gescande PDF-pagina's: auto (alleen pagina's zonder tekstlaag, "
    "standaard), never (alleen waarschuwen) of always (elke pagina).",
)
def check(
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    jobs: int | None,
    fail_on: str | None,
    max_mb: float | None,
    config_path: Path | None,
    ocr: str | None,
) -> None:
    """Controleer PDF-, Word- (.docx) en tekstbestanden; een map wordt helemaal doorzocht."""
    from checker.config import ConfigError, apply_config, load_config
    from checker.report import RenderOptions, renderer

    try:
        config = load_config(config_path).override(
            format=fmt, jobs=jobs, fail_on=fail_on, max_size=max_mb, ocr=ocr
        )
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        sys.exit(EXIT_USAGE)
    files = _collect_files(paths, config)
    if not files:
        raise click.UsageError("Geen PDF-, Word- of tekstbestanden gevonden in de opgegeven paden.")
    reports = apply_config(_check_files(files, config), config)
    options = RenderOptions(fail_on=config.fail_on, severity=config.severity)
    text = renderer(config.format)(reports, options)
    if output:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)
    sys.exit(exit_code(reports, options))


def _collect_files(paths: tuple[str, ...], config) -> list[tuple[Path, str]]:
    """The files to check, once each, in sorted order; tells on stderr what was left out."""
    from checker.api import iter_files, skipped_files
    from checker.config import select_files

    skipped = skipped_files(paths)
    if skipped:
        kinds = sorted({p.suffix.lower() or "(geen extensie)" for p in skipped})
        click.echo(
            f"Let op: {len(skipped)} bestand(en) overgeslagen met een ander type ({', '.join(kinds)}).",
            err=True,
        )
    chosen: dict[Path, tuple[Path, str]] = {}
    excluded = 0
    for raw in paths:
        found = list(iter_files([raw]))
        selected = select_files(found, Path(raw), config)
        excluded += len(found) - len(selected)
        for path, shown in selected:
            chosen.setdefault(path.resolve(), (path, shown))
    if excluded:
        click.echo(
            f"Let op: {excluded} bestand(en) uitgesloten door include/exclude in de configuratie.", err=True
        )
    return sorted(chosen.values(), key=lambda item: Path(item[1]))


def _check_files(files: list[tuple[Path, str]], config) -> list:
    """Check in worker processes, with a progress bar on stderr when that is a terminal."""
    from checker.runner import Limits, check_files

    limits = Limits(max_bytes=int(config.max_size * 1024 * 1024), ocr=config.ocr)
    jobs = config.jobs if config.jobs is not None else _cores()
    if not sys.stderr.isatty():
        return check_files(files, jobs=jobs, limits=limits)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("Controleren"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("controleren", total=len(files))
        return check_files(files, jobs=jobs, limits=limits, progress=lambda _report: bar.advance(task))


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def exit_code(reports, options=None) -> int:
    """3 if a document could not be read; else 1 if an item fails per `--fail-on` and severity."""
    from checker.report.labels import RenderOptions, document_fails

    options = options or RenderOptions()
    if any(r.status == "error" for r in reports):
        return EXIT_UNREADABLE
    if any(document_fails(r, options) for r in reports):
        return EXIT_NON_COMPLIANT
    return EXIT_OK


@main.command()
@click.argument("item", required=False, type=click.Choice(list("abcdefghij")))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="text: leesbaar; markdown: de inhoud van docs/requirements.md.",
)
def explain(item: str | None, fmt: str) -> None:
    """Toon wat elk wettelijk onderdeel (a-j) vraagt, waar de checker op let, en voorbeelden."""
    from checker.explain import explain as render_explanation

    if item and fmt == "markdown":
        raise click.UsageError("--format markdown geeft altijd alle onderdelen; laat ITEM weg.")
    click.echo(render_explanation(item, fmt), nl=False)


def run() -> None:
    """The program's entry point: run the command, then end the process at once.

    A check loads spaCy and 200,000 lemma-table entries; letting the interpreter tear all of that
    down object by object takes about half a second after the report is out. The output is
    flushed and worker processes are joined before this point, so nothing is lost by skipping it.
    """
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more to say
            pass
    os._exit(code)


if __name__ == "__main__":
    run()

from checker.web.cli import serve  # noqa: E402

main.add_command(serve)
