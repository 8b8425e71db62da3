"""`leerroute-check serve`: start the web app on this computer."""

from __future__ import annotations

import ipaddress

import click

from checker.runner import DEFAULT_TIMEOUT


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Adres om op te luisteren. Standaard alleen deze computer; een ander adres maakt de app "
    "bereikbaar voor anderen in het netwerk (zonder inlog).",
)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Poort.")
@click.option(
    "--max-size",
    "max_mb",
    type=click.FloatRange(min=0.001),
    default=20.0,
    show_default=True,
    help="Grootste upload per verzoek (alle bestanden samen), in MB.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Tijdgrens per document, in seconden.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Aantal documenten dat tegelijk wordt gecontroleerd (standaard: aantal processorkernen).",
)
def serve(host: str, port: int, max_mb: float, timeout: float, jobs: int | None) -> None:
    """Start de webapp: controleer overeenkomsten in de browser (en via de JSON-API /api/check)."""
    import uvicorn

    from checker.web.app import create_app

    loopback = is_loopback(host)
    app = create_app(
        max_bytes=int(max_mb * 1024 * 1024),
        timeout=timeout,
        jobs=jobs,
        loopback_only=loopback,
    )
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Leerroute-check draait op http://{shown}:{port}/  (stoppen: Ctrl+C)", err=True)
    if not loopback:
        click.echo(
            f"Let op: de app luistert op {host} en is dus bereikbaar voor anderen die dit adres kunnen "
            "bereiken. Er is geen inlog.",
            err=True,
        )
    # The access log holds method, path and status only: no filenames, no content.
    uvicorn.run(
        app, host=host, port=port, log_level="info", access_log=True, server_header=False, proxy_headers=False
    )
