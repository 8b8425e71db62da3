"""Receiving uploads safely: a request-size limit as ASGI middleware, and a streaming multipart
parse that writes each file straight into a private folder under a generated name.

Nothing here reads a whole request body into memory, and nothing from the upload (its name, its
path, its content) is used to choose a path on disk or written to a log. The original filename
survives only as display text, cleaned of path parts and control characters.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from python_multipart.multipart import MultipartParseError, MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect, Request

from checker.extract import sniff

FIELD = "file"  # the multipart field that carries a document
MAX_FILES = 50  # documents per request
_HEAD = 8192  # bytes read for content sniffing (as checker.extract does)
_MAX_NAME = 120


class ApiError(Exception):
    """An error answered as `{"error": {"code", "message"}}` with an HTTP status."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message

    def body(self) -> dict:
        return {"error": {"code": self.code, "message": self.message}}


class RequestTooLarge(Exception):
    """Raised from `receive` once the body grows past the limit."""


def too_large_message(max_bytes: int) -> str:
    return (
        f"De upload is te groot: samen meer dan {format_mb(max_bytes)}. Controleer minder of kleinere "
        "bestanden tegelijk."
    )


def format_mb(n: int) -> str:
    mb = n / 1048576
    return f"{mb:.0f} MB" if mb >= 10 or mb == int(mb) else f"{mb:.1f} MB".replace(".", ",")


class BodyLimitMiddleware:
    """Answer 413 for a request body over `max_bytes`, without reading it.

    A declared Content-Length over the limit is refused before the body is touched; a body
    without one (chunked) or with a lying one is counted while it streams in, and refused as
    soon as it passes the limit.
    """

    def __init__(self, app, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _json_response(
                        send,
                        400,
                        ApiError(400, "bad_request", "De Content-Length van het verzoek is ongeldig.").body(),
                    )
                    return
        if declared is not None and declared > self.max_bytes:
            await self._refuse(send)
            return

        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise RequestTooLarge
            return message

        async def tracking_send(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except RequestTooLarge:
            if started:
                raise
            await self._refuse(send)

    async def _refuse(self, send) -> None:
        body = ApiError(413, "too_large", too_large_message(self.max_bytes)).body()
        body["error"]["max_bytes"] = self.max_bytes
        # The unread body makes the connection unusable for a next request: close it.
        await _json_response(send, 413, body, close=True)


class LoopbackHostMiddleware:
    """When the server listens on loopback only, serve only requests whose Host header names
    loopback: a web page elsewhere cannot reach the app through DNS rebinding."""

    ALLOWED = {"127.0.0.1", "localhost", "::1"}

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            host = ""
            for name, value in scope.get("headers", []):
                if name == b"host":
                    host = value.decode("latin-1").strip().lower()
            if host.startswith("["):
                host = host[1:].split("]", 1)[0]
            else:
                host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
            if host not in self.ALLOWED and not host.startswith("127."):
                await _json_response(
                    send,
                    400,
                    ApiError(
                        400, "bad_host", "Deze app is alleen bereikbaar via 127.0.0.1 of localhost."
                    ).body(),
                )
                return
        await self.app(scope, receive, send)


async def _json_response(send, status: int, body: dict, close: bool = False) -> None:
    import json

    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    headers = [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(data)).encode()),
        (b"cache-control", b"no-store"),
    ]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


@dataclass
class Upload:
    """One received file: where it lies (a generated name) and how to show it."""

    path: Path
    display: str
    size: int
    blank: bool = False  # sent without a filename (an empty file field)


def display_name(raw: str, index: int) -> str:
    """The original filename as safe display text: no folders, no control or bidi characters,
    no more than 120 characters."""
    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFC", name)
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = " ".join(name.split()).strip(" .")
    if len(name) > _MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        if dot and 0 < len(suffix) <= 10:
            name = stem[: _MAX_NAME - len(suffix) - 2] + "…." + suffix
        else:
            name = name[: _MAX_NAME - 1] + "…"
    return name or f"document {index}"


def suffix_for(head: bytes, display: str) -> str:
    """The suffix for the stored copy, chosen from the content; the name only tells apart the
    cases the content leaves open (Markdown or plain text; old .doc or encrypted .docx)."""
    original = Path(display).suffix.lower()
    kind = sniff(head) if head else "empty"
    if kind == "pdf":
        return ".pdf"
    if kind == "zip":
        return ".docx"
    if kind == "ole":
        return ".docx" if original == ".docx" else ".doc"
    if kind == "text":
        return ".md" if original in (".md", ".markdown") else ".txt"
    return ".bin"  # empty or binary: the checker reports it as such


class _Receiver:
    """Callbacks for python-multipart: file parts named `file` go to disk, the rest is dropped."""

    def __init__(self, folder: Path, max_files: int) -> None:
        self.folder = folder
        self.max_files = max_files
        self.uploads: list[Upload] = []
        self._header_name = b""
        self._header_value = b""
        self._disposition = b""
        self._fh = None
        self._current: Upload | None = None
        self.complete = False  # the closing boundary was seen

    def on_end(self) -> None:
        self.complete = True

    def on_part_begin(self) -> None:
        self._disposition = b""
        self._current = None

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        if self._header_name.strip().lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_name = b""
        self._header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition)
        name = options.get(b"name", b"").decode("utf-8", "replace")
        if name != FIELD or b"filename" not in options:
            return  # another form field: its data is ignored
        if len(self.uploads) >= self.max_files:
            raise ApiError(
                422,
                "too_many_files",
                f"Te veel bestanden in één keer: de grens is {self.max_files}. Verdeel ze over meer uploads.",
            )
        index = len(self.uploads) + 1
        raw = options[b"filename"].decode("utf-8", "replace")
        path = self.folder / f"upload-{index:03d}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        self._fh = os.fdopen(fd, "wb")
        self._current = Upload(path=path, display=display_name(raw, index), size=0, blank=not raw.strip())
        self.uploads.append(self._current)

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self._fh is not None:
            self._fh.write(data[start:end])
            self._current.size += end - start

    def on_part_end(self) -> None:
        self.close()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def callbacks(self) -> dict:
        return {
            "on_part_begin": self.on_part_begin,
            "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end,
            "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value,
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
            "on_end": self.on_end,
        }


async def receive_uploads(request: Request, folder: Path, max_files: int = MAX_FILES) -> list[Upload]:
    """Stream a multipart/form-data body into `folder`; each stored file gets a generated name
    with the suffix its content calls for. Raises `ApiError` for a malformed request."""
    kind, params = parse_options_header(request.headers.get("content-type", ""))
    if kind != b"multipart/form-data":
        raise ApiError(
            415,
            "unsupported_media_type",
            "Stuur de bestanden als multipart/form-data, elk in een veld met de naam 'file'.",
        )
    boundary = params.get(b"boundary")
    if not boundary:
        raise ApiError(400, "bad_request", "Het verzoek mist de multipart-boundary.")
    receiver = _Receiver(folder, max_files)
    try:
        parser = MultipartParser(boundary, receiver.callbacks())
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
        if not receiver.complete:
            raise MultipartParseError("no closing boundary")
    except MultipartParseError as exc:
        raise ApiError(400, "bad_request", "Het verzoek is geen geldig multipart/form-data-bericht.") from exc
    except ClientDisconnect as exc:
        raise ApiError(
            400, "client_disconnected", "De verbinding werd verbroken tijdens het uploaden."
        ) from exc
    finally:
        receiver.close()
    uploads = []
    for upload in receiver.uploads:
        if upload.size == 0 and upload.blank:
            upload.path.unlink()
            continue  # an empty file field: the form was sent without choosing a file
        with upload.path.open("rb") as fh:
            head = fh.read(_HEAD)
        target = upload.path.with_suffix(suffix_for(head, upload.display))
        upload.path.rename(target)
        upload.path = target
        uploads.append(upload)
    return uploads
