"""Command line: a thin shell over `checker.api`.

Exit codes: 0 every agreement compliant; 1 some agreement non-compliant; 2 usage error;
3 some document could not be read (takes precedence over 1).
"""

from __future__ import annotations

import sys

import click

from checker import __version__

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
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Uitvoer: leesbaar rapport (text) of JSON volgens het rapportcontract.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Schrijf het rapport naar dit bestand in plaats van naar standaarduitvoer.",
)
@click.option(
    "--max-size",
    "max_mb",
    type=click.FloatRange(min=0.001),
    default=50.0,
    show_default=True,
    help="Grootste bestand dat wordt gelezen, in MB.",
)
def check(paths: tuple[str, ...], fmt: str, output: str | None, max_mb: float) -> None:
    """Controleer PDF-, Word- (.docx) en tekstbestanden; een map wordt helemaal doorzocht."""
    from checker.api import check_document, iter_files, skipped_files
    from checker.report import renderer

    files = list(iter_files(paths))
    skipped = skipped_files(paths)
    if skipped:
        kinds = sorted({p.suffix.lower() or "(geen extensie)" for p in skipped})
        click.echo(
            f"Let op: {len(skipped)} bestand(en) overgeslagen met een ander type ({', '.join(kinds)}).",
            err=True,
        )
    if not files:
        raise click.UsageError("Geen PDF-, Word- of tekstbestanden gevonden in de opgegeven paden.")
    max_bytes = int(max_mb * 1024 * 1024)
    reports = [check_document(path, max_bytes=max_bytes, display_path=shown) for path, shown in files]
    text = renderer(fmt)(reports)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)
    sys.exit(exit_code(reports))


def exit_code(reports) -> int:
    if any(r.status == "error" for r in reports):
        return EXIT_UNREADABLE
    if any(r.verdict == "non_compliant" for r in reports):
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


if __name__ == "__main__":
    main()
