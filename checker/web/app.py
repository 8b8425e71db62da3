"""The web app: one page to upload agreements and read the report, and a JSON API.

Every upload is streamed into a private temporary folder (mode 0700) under generated names and
checked by `checker.runner.check_files` in worker processes with a time and memory limit; the
folder is removed before the response goes out, also when the request fails.
"""

from __future__ import annotations

import html
import os
import shutil
import tempfile
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal

import anyio
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from checker import __version__
from checker.report.json import build
from checker.runner import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, Limits, check_files
from checker.web.convert import ContractError, reports_from_contract
from checker.web.upload import (
    MAX_FILES,
    ApiError,
    BodyLimitMiddleware,
    LoopbackHostMiddleware,
    format_mb,
    receive_uploads,
)

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_REQUEST = 20 * 1024 * 1024

DESCRIPTION = """\
Controleert samenwerkingsovereenkomsten doorlopende leerroute vmbo-mbo op de wettelijke onderdelen
a-j (art. 2.107b lid 2 WVO 2020; art. 9.1.3 lid 2 WEB).

*Checks Dutch vmbo-mbo "doorlopende leerroute" cooperation agreements against statutory items a-j.*

- `POST /api/check`: stuur een of meer bestanden (PDF, Word .docx, tekst) als multipart/form-data,
  elk in een veld `file`. Het antwoord is het rapportcontract (`schema_version` 1), hetzelfde als
  `leerroute-check check --format json`. / *Send one or more files as multipart/form-data fields
  named `file`; the answer is the report contract (schema_version 1).*
- Een bestand dat niet te lezen is (versleuteld, beschadigd, verkeerd type, leeg) komt terug als
  document met `status: "error"` en een Nederlandse melding; de batch zelf krijgt HTTP 200.
  / *Unreadable files come back as documents with `status: "error"`; the batch still gets 200.*
- Foutcodes van het verzoek zelf / *request errors*: 413 te groot (*too large*), 415 geen
  multipart/form-data, 422 geen bestand of te veel bestanden, 400 ongeldig verzoek; altijd als
  `{"error": {"code": ..., "message": ...}}`.

Uploads worden in een tijdelijke map verwerkt en direct na het antwoord verwijderd; er wordt
niets bewaard of gelogd. / *Uploads are processed in a private temporary folder and deleted
before the response is sent; nothing is stored or logged.*
"""

_ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
            "required": ["code", "message"],
        }
    },
}
_REPORT_SCHEMA = {
    "type": "object",
    "description": "Rapportcontract schema_version 1 / report contract (see checker/report/json.py).",
    "properties": {
        "schema_version": {"type": "integer", "enum": [1]},
        "tool": {"type": "object", "properties": {"name": {"type": "string"}, "version": {"type": "string"}}},
        "documents": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "path": {"type": "string", "description": "originele bestandsnaam (alleen als tekst)"},
                    "status": {"type": "string", "enum": ["checked", "error"]},
                    "error": {"type": ["object", "null"]},
                    "verdict": {"type": ["string", "null"], "enum": ["compliant", "non_compliant", None]},
                    "requirements": {
                        "type": "array",
                        "description": "onderdelen a-j / items a-j",
                        "items": {
                            "type": "object",
                            "properties": {
                                "id": {"type": "string"},
                                "title": {"type": "string"},
                                "statute": {"type": "string"},
                                "status": {
                                    "type": "string",
                                    "enum": ["present", "weak", "missing", "not_applicable"],
                                },
                                "confidence": {"type": "number"},
                                "evidence": {"type": "array", "items": {"type": "object"}},
                                "findings": {"type": "array", "items": {"type": "object"}},
                                "suggestion": {"type": ["string", "null"]},
                            },
                        },
                    },
                    "document": {"type": ["object", "null"]},
                    "findings": {"type": "array", "items": {"type": "object"}},
                },
            },
        },
    },
    "required": ["schema_version", "tool", "documents"],
}
_MULTIPART_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "file": {
                        "type": "array",
                        "items": {"type": "string", "format": "binary"},
                        "description": "Een of meer overeenkomsten (PDF, .docx, .txt, .md); het type wordt aan "
                        "de inhoud bepaald. / One or more agreements; type is sniffed from content.",
                    }
                },
                "required": ["file"],
            }
        }
    },
}


def _error_response(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": _ERROR_SCHEMA}}}


@dataclass
class Settings:
    max_bytes: int = DEFAULT_MAX_REQUEST
    timeout: float = DEFAULT_TIMEOUT
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    max_files: int = MAX_FILES
    upload_dir: Path | None = None  # where the private per-request folders go (default: system temp)
    _limiter: anyio.CapacityLimiter | None = None

    def limiter(self) -> anyio.CapacityLimiter:
        """At most `jobs` batches are checked at once; further requests wait their turn."""
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self.jobs)
        return self._limiter


def create_app(
    max_bytes: int = DEFAULT_MAX_REQUEST,
    timeout: float = DEFAULT_TIMEOUT,
    jobs: int | None = None,
    upload_dir: str | Path | None = None,
    max_files: int = MAX_FILES,
    loopback_only: bool = False,
    warm_up: bool = True,
) -> FastAPI:
    """Build the app. `loopback_only` refuses requests whose Host is not 127.0.0.1/localhost."""
    settings = Settings(
        max_bytes=max_bytes,
        timeout=timeout,
        jobs=jobs or os.cpu_count() or 1,
        max_files=max_files,
        upload_dir=Path(upload_dir) if upload_dir else None,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if warm_up:
            await anyio.to_thread.run_sync(_warm_up)
        yield

    app = FastAPI(
        title="leerroute-check",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # the Swagger page would load scripts from a CDN
        redoc_url=None,
    )
    app.state.settings = settings
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_exception_handler(ApiError, _api_error)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_bytes)
    if loopback_only:
        app.add_middleware(LoopbackHostMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index() -> HTMLResponse:
        return HTMLResponse(_index_html(settings))

    @app.post(
        "/api/check",
        summary="Controleer overeenkomsten / check agreements",
        description=(
            "Upload een of meer bestanden in velden `file` (multipart/form-data). Antwoord: het "
            "rapportcontract (JSON, schema_version 1), of met `format=html` het HTML-rapport zoals "
            "`leerroute-check check --format html`. / Upload one or more files in `file` fields; "
            "returns the report contract, or the HTML report with `format=html`."
        ),
        openapi_extra={"requestBody": _MULTIPART_BODY},
        responses={
            200: {
                "description": 'Rapport per document; onleesbare bestanden als `status: "error"`. / '
                "Report per document; unreadable files as status error.",
                "content": {"application/json": {"schema": _REPORT_SCHEMA}, "text/html": {}},
            },
            400: _error_response("Ongeldig verzoek / malformed request"),
            413: _error_response("Upload te groot / request body over the size limit"),
            415: _error_response("Geen multipart/form-data / not multipart/form-data"),
            422: _error_response("Geen bestand of te veel bestanden / no file or too many files"),
            501: _error_response("HTML-rapport niet beschikbaar / HTML renderer not installed"),
        },
    )
    async def api_check(
        request: Request,
        format: Literal["json", "html"] = Query(
            "json", description="json (rapportcontract) of html (leesbaar rapport)."
        ),
    ) -> Response:
        render_html = _html_renderer() if format == "html" else None
        if format == "html" and render_html is None:
            raise _NO_HTML
        folder = Path(tempfile.mkdtemp(prefix="leerroute-", dir=settings.upload_dir))
        try:
            uploads = await receive_uploads(request, folder, settings.max_files)
            if not uploads:
                raise ApiError(
                    422,
                    "no_files",
                    "Er is geen bestand meegestuurd. Kies een of meer PDF-, Word- (.docx) of "
                    "tekstbestanden (veld 'file').",
                )
            files = [(u.path, u.display) for u in uploads]
            reports = await anyio.to_thread.run_sync(
                partial(_check, files, settings), limiter=settings.limiter()
            )
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        if render_html is not None:
            return HTMLResponse(_render(render_html, reports), headers={"Cache-Control": "no-store"})
        return JSONResponse(build(reports), headers={"Cache-Control": "no-store"})

    @app.post(
        "/api/report.html",
        summary="HTML-rapport bij een JSON-rapport / HTML report for a JSON report",
        description=(
            "Zet een rapport in het JSON-contract (zoals /api/check het geeft) om in het HTML-rapport "
            "van `leerroute-check check --format html`, zonder de bestanden opnieuw te controleren. "
            "/ Renders a contract report as the CLI's HTML report."
        ),
        openapi_extra={
            "requestBody": {"required": True, "content": {"application/json": {"schema": _REPORT_SCHEMA}}}
        },
        responses={
            200: {"description": "HTML-rapport", "content": {"text/html": {}}},
            422: _error_response("Geen rapport volgens het contract / not a contract report"),
            501: _error_response("HTML-rapport niet beschikbaar / HTML renderer not installed"),
        },
        response_class=HTMLResponse,
    )
    async def api_report_html(request: Request) -> Response:
        render_html = _html_renderer()
        if render_html is None:
            raise _NO_HTML
        try:
            reports = reports_from_contract(await request.json())
        except (ValueError, ContractError) as exc:
            raise ApiError(422, "not_a_report", "Dit is geen rapport volgens het JSON-contract.") from exc
        return HTMLResponse(
            _render(render_html, reports),
            headers={
                "Cache-Control": "no-store",
                "Content-Disposition": 'attachment; filename="leerroute-rapport.html"',
            },
        )

    return app


_NO_HTML = ApiError(
    501, "html_unavailable", "Het HTML-rapport is in deze versie nog niet beschikbaar; gebruik JSON."
)


def _html_renderer():
    """`renderer("html")` from checker.report when that format exists, else None."""
    from checker.report import renderer

    try:
        return renderer("html")
    except (ValueError, ImportError):
        return None


def _render(render_html, reports) -> str:
    try:
        return render_html(reports)
    except ImportError as exc:  # the renderer's own dependency is not installed
        raise _NO_HTML from exc


async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
    return JSONResponse(exc.body(), status_code=exc.status, headers={"Cache-Control": "no-store"})


def _check(files: list[tuple[Path, str]], settings: Settings):
    limits = Limits(max_bytes=settings.max_bytes, timeout=settings.timeout, memory_mb=_worker_memory_mb())
    return check_files(files, jobs=min(len(files), settings.jobs), limits=limits)


def _worker_memory_mb() -> int:
    """The address-space limit for a worker: what it inherits from this (large, many-threaded)
    server process when forked, plus the runner's usual budget for the document itself."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) // 1024 + DEFAULT_MEMORY_MB
    except (OSError, ValueError, IndexError):
        pass
    return DEFAULT_MEMORY_MB


_WARM_UP_TEXT = """Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo

Ondergetekenden: Stichting Voorbeeldschool en ROC Voorbeeld.

Artikel 1 De doorlopende leerroute
De route verbindt het vmbo-profiel Zorg en welzijn met de mbo-opleiding Helpende zorg en welzijn.
"""


def _warm_up() -> None:
    """Load the language data and the NLP pipeline once in the server process, so that every
    forked worker starts with them in memory instead of loading them again."""
    from checker.api import check_document

    folder = Path(tempfile.mkdtemp(prefix="leerroute-warmup-"))
    try:
        path = folder / "warm-up.txt"
        path.write_text(_WARM_UP_TEXT, encoding="utf-8")
        check_document(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _index_html(settings: Settings) -> str:
    template = (HERE / "templates" / "index.html").read_text(encoding="utf-8")
    values = {
        "max_bytes": str(settings.max_bytes),
        "max_size": format_mb(settings.max_bytes),
        "max_files": str(settings.max_files),
        "version": __version__,
    }
    for key, value in values.items():
        template = template.replace("{{" + key + "}}", html.escape(value))
    return template


_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' blob:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


class SecurityHeadersMiddleware:
    """No external resources, no framing, no sniffing, no referrer."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def add_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for name, value in (
                    (b"content-security-policy", _CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ):
                    if name not in names:
                        headers.append((name, value))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, add_headers)
