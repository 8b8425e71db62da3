"""The web app's JSON API and page, through the framework's test client (and, for the size limit,
straight through ASGI so that every byte read can be counted)."""

from __future__ import annotations

import asyncio
import io
import json
import re
import stat
import zipfile
from pathlib import Path

import pytest
from conftest import SAMPLES
from contract import violations
from fastapi.testclient import TestClient

import checker.web.app as web_app
from checker.api import check_document
from checker.runner import DEFAULT_MEMORY_MB
from checker.web.app import create_app
from checker.web.cli import is_loopback
from checker.web.convert import ContractError, reports_from_contract
from checker.web.upload import display_name, suffix_for

WEB = Path(web_app.__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def expected(name: str) -> list[str]:
    data = json.loads((SAMPLES / f"{Path(name).stem}.expected.json").read_text(encoding="utf-8"))
    return [data["statuses"][k] for k in "abcdefghij"]


def sample(name: str) -> tuple[str, tuple[str, bytes]]:
    return ("file", (name, (SAMPLES / name).read_bytes()))


def statuses(doc: dict) -> list[str]:
    return [r["status"] for r in doc["requirements"]]


@pytest.fixture(scope="module")
def upload_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("uploads")


@pytest.fixture(scope="module")
def client(upload_root):
    with TestClient(create_app(upload_dir=upload_root, jobs=2, max_files=8)) as c:
        yield c


@pytest.fixture(autouse=True)
def _no_leftovers(request):
    """Every test leaves the upload folder empty, whatever the answer was."""
    yield
    if "client" in request.fixturenames:
        root = request.getfixturevalue("upload_root")
        assert list(root.iterdir()) == []


# --- good documents ------------------------------------------------------------------------


def test_good_sample_is_compliant(client):
    response = client.post("/api/check", files=[sample("01_format_ingevuld.pdf")])
    assert response.status_code == 200
    report = response.json()
    assert violations(report) == []
    (doc,) = report["documents"]
    assert doc["path"] == "01_format_ingevuld.pdf"
    assert doc["verdict"] == "compliant"
    assert statuses(doc) == expected("01_format_ingevuld.pdf")
    assert response.headers["cache-control"] == "no-store"


def test_weak_sample_is_non_compliant(client):
    response = client.post("/api/check", files=[sample("10_zwak_uitgesteld.pdf")])
    report = response.json()
    assert violations(report) == []
    (doc,) = report["documents"]
    assert doc["verdict"] == "non_compliant"
    assert statuses(doc) == expected("10_zwak_uitgesteld.pdf")
    weak = [r for r in doc["requirements"] if r["status"] == "weak"]
    assert all(r["suggestion"] and r["findings"] for r in weak)


def test_several_files_come_back_in_order(client):
    names = [
        "10_zwak_uitgesteld.pdf",
        "03_proza_zonder_kopjes.txt",
        "02_artikelen_drie_partijen.docx",
        "01_format_ingevuld.pdf",
    ]
    response = client.post("/api/check", files=[sample(n) for n in names])
    assert response.status_code == 200
    report = response.json()
    assert violations(report) == []
    assert [d["path"] for d in report["documents"]] == names
    for name, doc in zip(names, report["documents"], strict=True):
        assert statuses(doc) == expected(name), name


def test_same_report_as_the_library(client):
    """The API's document is the library's `to_dict()` for the same file."""
    name = "14_geen_overdracht_bekostiging.txt"
    response = client.post("/api/check", files=[sample(name)])
    (doc,) = response.json()["documents"]
    assert doc == check_document(SAMPLES / name, display_path=name).to_dict()


def test_type_is_taken_from_the_content_not_the_name(client):
    pdf = (SAMPLES / "01_format_ingevuld.pdf").read_bytes()
    text = (SAMPLES / "03_proza_zonder_kopjes.txt").read_bytes()
    response = client.post(
        "/api/check",
        files=[
            ("file", ("overeenkomst.txt", pdf)),
            ("file", ("overeenkomst.pdf", text)),
            ("file", ("zonder-extensie", pdf)),
        ],
    )
    docs = response.json()["documents"]
    assert [d["status"] for d in docs] == ["checked"] * 3
    assert docs[0]["document"]["format"] == "pdf" and docs[2]["document"]["format"] == "pdf"
    assert docs[1]["document"]["format"] == "txt"
    assert statuses(docs[0]) == expected("01_format_ingevuld.pdf")


def test_markdown_keeps_its_headings(client):
    response = client.post("/api/check", files=[sample("07_geintegreerde_route.md")])
    (doc,) = response.json()["documents"]
    assert doc["document"]["format"] == "md"
    assert statuses(doc) == expected("07_geintegreerde_route.md")


# --- hostile and broken files --------------------------------------------------------------


def _pdf(text: str = "Samenwerkingsovereenkomst", encrypt: str | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=encrypt)
    c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _docx(document_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buf.getvalue()


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


HOSTILE = {
    "versleuteld.pdf": (_pdf(encrypt="wachtwoord"), "encrypted"),
    "kapot.pdf": (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b"\x00garbage" * 50,
        "corrupt",
    ),
    "bom.docx": (
        _docx(
            f'<w:document xmlns:w="{W}"><w:body>{_para("klein")}</w:body></w:document>',
            {"word/media/leeg.bin": bytes(12 * 1024 * 1024)},
        ),
        "zip_bomb",
    ),
    "xxe.docx": (
        _docx(
            '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            f'<w:document xmlns:w="{W}"><w:body>{_para("&xxe;")}</w:body></w:document>'
        ),
        "xml_entities",
    ),
    "foto.pdf": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "unsupported_type"),
    "leeg.docx": (b"", "empty"),
    "oud.doc": (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + bytes(600),
        "legacy_doc",
    ),
}


def test_hostile_files_come_back_as_error_documents(client):
    files = [("file", (name, data)) for name, (data, _) in HOSTILE.items()]
    files.insert(3, sample("03_proza_zonder_kopjes.txt"))  # the good one in between still gets checked
    response = client.post("/api/check", files=files)
    assert response.status_code == 200
    report = response.json()
    assert violations(report) == []
    docs = report["documents"]
    assert docs.pop(3)["status"] == "checked"
    assert [d["path"] for d in docs] == list(HOSTILE)
    for doc, (name, (_, code)) in zip(docs, HOSTILE.items(), strict=True):
        assert doc["status"] == "error", name
        assert doc["error"]["code"] == code, (name, doc["error"])
        assert doc["verdict"] is None
        assert doc["error"]["message"] and "\n" not in doc["error"]["message"]
    assert "root:" not in response.text  # the XXE never resolved


def test_all_unreadable_is_still_a_200_batch(client):
    response = client.post("/api/check", files=[("file", ("tabel.xlsx", b"\x00\x01\x02" * 100))])
    assert response.status_code == 200
    (doc,) = response.json()["documents"]
    assert doc["error"]["code"] == "unsupported_type"
    assert "niet ondersteund" in doc["error"]["message"]


def test_filenames_are_display_text_only(client, upload_root, monkeypatch):
    seen: dict = {}
    real = web_app.check_files

    def spy(files, jobs=None, limits=None, progress=None):
        folder = Path(files[0][0]).parent
        seen["folder"] = folder
        seen["mode"] = stat.S_IMODE(folder.stat().st_mode)
        seen["names"] = sorted(p.name for p in folder.iterdir())
        seen["file_modes"] = {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
        seen["limits"] = limits
        seen["jobs"] = jobs
        return real(files, jobs=jobs, limits=limits, progress=progress)

    monkeypatch.setattr(web_app, "check_files", spy)
    text = (SAMPLES / "03_proza_zonder_kopjes.txt").read_bytes()
    names = [
        "../../etc/cron.d/evil.txt",
        "C:\\Users\\juf\\Bureaublad\\overeenkomst.txt",
        "rapport\u202etxt.exe",
        "<script>alert(1)</script>.txt",
        "  .  ",
    ]
    response = client.post("/api/check", files=[("file", (n, text)) for n in names])
    docs = response.json()["documents"]
    assert [d["path"] for d in docs] == [
        "evil.txt",
        "overeenkomst.txt",
        "rapporttxt.exe",
        "script>.txt",
        "document 5",
    ]
    assert all(d["status"] == "checked" for d in docs)
    assert seen["folder"].parent == upload_root
    assert seen["mode"] == 0o700
    assert seen["file_modes"] == {0o600}
    assert seen["names"] == [f"upload-{i:03d}.txt" for i in range(1, 6)]
    assert seen["limits"].timeout == web_app.DEFAULT_TIMEOUT
    assert seen["limits"].memory_mb > DEFAULT_MEMORY_MB
    assert seen["jobs"] == 2
    assert not seen["folder"].exists()


def test_a_failing_check_still_removes_the_folder(client, upload_root, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr(web_app, "check_files", broken)
    no_raise = TestClient(client.app, raise_server_exceptions=False)
    response = no_raise.post("/api/check", files=[sample("03_proza_zonder_kopjes.txt")])
    assert response.status_code == 500
    # _no_leftovers checks the upload folder is empty


def _slow_check(path, *args, display_path=None, **kwargs):
    """Stands in for check_document in the forked workers: hangs on a file called traag.txt."""
    import time

    if display_path == "traag.txt":
        time.sleep(60)
    return _real_check_document(path, *args, display_path=display_path, **kwargs)


_real_check_document = check_document


def test_a_hanging_document_is_cut_off_by_the_time_limit(tmp_path, monkeypatch):
    import time

    import checker.api

    monkeypatch.setattr(checker.api, "check_document", _slow_check)  # inherited by the forked workers
    root = tmp_path / "up"
    root.mkdir()
    with TestClient(create_app(timeout=2, jobs=2, upload_dir=root, warm_up=False)) as c:
        started = time.monotonic()
        response = c.post(
            "/api/check", files=[("file", ("traag.txt", b"tekst")), sample("03_proza_zonder_kopjes.txt")]
        )
        elapsed = time.monotonic() - started
    assert response.status_code == 200
    slow, good = response.json()["documents"]
    assert slow["status"] == "error" and slow["error"]["code"] == "timeout"
    assert "seconden" in slow["error"]["message"]
    assert good["status"] == "checked"
    assert elapsed < 30
    assert list(root.iterdir()) == []


# --- request errors ------------------------------------------------------------------------


def test_no_file_is_422(client):
    response = client.post("/api/check", data={"naam": "x"}, files={"bijlage": ("a.txt", b"tekst")})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "no_files"


def test_empty_file_field_is_no_file(client):
    """A form sent without choosing a file has one empty part without a filename."""
    response = client.post("/api/check", files={"file": ("", b"")})
    assert response.status_code == 422


def test_not_multipart_is_415(client):
    response = client.post("/api/check", content=b"hallo", headers={"content-type": "text/plain"})
    assert response.status_code == 415
    assert "multipart/form-data" in response.json()["error"]["message"]


def test_malformed_multipart_is_400(client):
    response = client.post(
        "/api/check",
        content=b'--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        b"abc\r\n--yyy--garbage",
        headers={"content-type": "multipart/form-data; boundary=zzz"},
    )
    assert response.status_code in (400, 422)
    assert response.json()["error"]["code"] in ("bad_request", "no_files")


def test_too_many_files_is_422(client):
    files = [("file", (f"{i}.txt", b"tekst")) for i in range(9)]
    response = client.post("/api/check", files=files)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "too_many_files"


def test_too_large_upload_is_413(tmp_path):
    root = tmp_path / "up"
    root.mkdir()
    app = create_app(max_bytes=200_000, upload_dir=root, warm_up=False)
    client = TestClient(app)
    response = client.post("/api/check", files=[("file", ("groot.pdf", b"%PDF-1.4\n" + bytes(300_000)))])
    assert response.status_code == 413
    body = response.json()
    assert body["error"]["code"] == "too_large"
    assert "te groot" in body["error"]["message"] and "MB" in body["error"]["message"]
    assert list(root.iterdir()) == []


# --- the size limit at the ASGI level: count what is read ----------------------------------


def _run_asgi(app, headers: list[tuple[bytes, bytes]], chunks: int, chunk_size: int = 65536):
    """POST to /api/check with a body of `chunks` chunks; return (status, body, chunks read)."""
    read = 0
    sent: list[dict] = []
    boundary = b"grens"
    first = (
        b'--grens\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
        b"Content-Type: text/plain\r\n\r\n"
    )

    async def receive():
        nonlocal read
        if read >= chunks:
            return {"type": "http.request", "body": b"\r\n--grens--\r\n", "more_body": False}
        read += 1
        filler = (b"Dit is een regel tekst.\n" * (chunk_size // 24 + 1))[:chunk_size]
        body = first + filler[len(first) :] if read == 1 else filler
        return {"type": "http.request", "body": body, "more_body": True}

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/check",
        "raw_path": b"/api/check",
        "query_string": b"",
        "root_path": "",
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8000),
        "headers": [
            (b"host", b"127.0.0.1:8000"),
            (b"content-type", b"multipart/form-data; boundary=" + boundary),
            *headers,
        ],
    }
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], json.loads(body), read


@pytest.fixture
def small_app(tmp_path):
    root = tmp_path / "up"
    root.mkdir()
    return create_app(max_bytes=1024 * 1024, upload_dir=root, warm_up=False), root


def test_large_declared_length_is_refused_before_reading(small_app):
    app, root = small_app
    status, body, read = _run_asgi(app, [(b"content-length", str(10 * 1024**3).encode())], chunks=10_000)
    assert status == 413
    assert body["error"]["code"] == "too_large"
    assert read == 0
    assert list(root.iterdir()) == []


@pytest.mark.parametrize("headers", [[], [(b"content-length", b"1000")]], ids=["chunked", "lying-length"])
def test_streamed_body_is_cut_off_at_the_limit(small_app, headers):
    app, root = small_app
    status, body, read = _run_asgi(app, headers, chunks=10_000)  # 655 MB offered
    assert status == 413
    assert body["error"]["code"] == "too_large"
    assert read <= 1024 * 1024 // 65536 + 1  # stopped right after the limit
    assert list(root.iterdir()) == []


def test_body_under_the_limit_passes_the_middleware(small_app):
    app, root = small_app
    status, body, read = _run_asgi(app, [], chunks=3)
    assert status == 200
    assert body["documents"][0]["path"] == "a.txt"
    assert list(root.iterdir()) == []


# --- the HTML report, OpenAPI, the page ----------------------------------------------------


def test_html_report_is_the_cli_renderer(client):
    from checker.report import renderer

    response = client.post("/api/check", files=[sample("10_zwak_uitgesteld.pdf")])
    report = response.json()
    html_response = client.post("/api/report.html", json=report)
    if html_response.status_code == 501:
        pytest.skip("the html renderer is not available")
    assert html_response.status_code == 200
    assert html_response.headers["content-type"].startswith("text/html")
    reports = [check_document(SAMPLES / "10_zwak_uitgesteld.pdf", display_path="10_zwak_uitgesteld.pdf")]
    assert html_response.text == renderer("html")(reports)
    direct = client.post("/api/check?format=html", files=[sample("10_zwak_uitgesteld.pdf")])
    assert direct.status_code == 200
    assert direct.text == html_response.text


def test_report_html_refuses_non_reports(client):
    response = client.post("/api/report.html", json={"schema_version": 2, "documents": []})
    assert response.status_code in (422, 501)
    response = client.post(
        "/api/report.html", content=b"{niet json", headers={"content-type": "application/json"}
    )
    assert response.status_code in (422, 501)


def test_contract_round_trip():
    names = ["01_format_ingevuld.pdf", "09_veel_ontbrekend.docx", "12_geen_overeenkomst.txt"]
    reports = [check_document(SAMPLES / n, display_path=n) for n in names]
    reports.append(check_document(SAMPLES / "bestaat-niet.pdf", display_path="x.pdf"))
    from checker.report.json import build

    data = build(reports)
    again = reports_from_contract(json.loads(json.dumps(data)))
    assert [r.to_dict() for r in again] == data["documents"]
    with pytest.raises(ContractError):
        reports_from_contract({"schema_version": 1, "documents": [{"path": 3, "status": "checked"}]})


def test_openapi_describes_the_upload(client):
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/api/check"]["post"]
    body = op["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert body["properties"]["file"]["items"]["format"] == "binary"
    assert {"200", "413", "415", "422"} <= set(op["responses"])
    assert "Controleer" in op["summary"] and "check" in op["summary"]
    assert "schema_version" in spec["info"]["description"]


def test_page_is_dutch_accessible_and_self_contained(client):
    response = client.get("/")
    assert response.status_code == 200
    page = response.text
    assert '<html lang="nl">' in page
    assert '<label for="file-input"' in page and 'id="file-input"' in page and 'type="file"' in page
    assert 'role="status"' in page and 'aria-live="polite"' in page
    assert "20 MB" in page
    assert "{{" not in page
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    for path in ("/static/app.css", "/static/app.js"):
        asset = client.get(path)
        assert asset.status_code == 200
        page += asset.text
    # No CDN, no web fonts, no external anything.
    assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", page, re.IGNORECASE)
    assert "@import" not in page and "@font-face" not in page


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def f(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)


def test_colour_pairs_have_enough_contrast():
    css = (WEB / "static" / "app.css").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-f]{6});", css))
    pairs = [name[: -len("-fg")] for name in colours if name.endswith("-fg")]
    assert {"present", "weak", "missing", "na", "present-badge", "weak-badge", "missing-badge"} <= set(pairs)
    for pair in pairs:
        fg, bg = _luminance(colours[f"{pair}-fg"]), _luminance(colours.get(f"{pair}-bg", colours["text-bg"]))
        ratio = (max(fg, bg) + 0.05) / (min(fg, bg) + 0.05)
        assert ratio >= 4.5, (pair, round(ratio, 2))
    for fg in ("muted-fg", "link-fg"):
        for bg in ("text-bg", "panel-bg"):
            a, b = _luminance(colours[fg]), _luminance(colours[bg])
            assert (max(a, b) + 0.05) / (min(a, b) + 0.05) >= 4.5, (fg, bg)


def test_loopback_only_refuses_other_hosts(tmp_path):
    app = create_app(upload_dir=tmp_path, loopback_only=True, warm_up=False)
    assert TestClient(app, base_url="http://127.0.0.1:8000").get("/").status_code == 200
    assert TestClient(app, base_url="http://localhost:8000").get("/").status_code == 200
    assert TestClient(app, base_url="http://[::1]:8000").get("/").status_code == 200
    refused = TestClient(app, base_url="http://aanvaller.example").get("/")
    assert refused.status_code == 400


# --- small parts ---------------------------------------------------------------------------


def test_display_name():
    assert display_name("/tmp/a/b/overeenkomst.pdf", 1) == "overeenkomst.pdf"
    assert display_name("..\\..\\x.docx", 1) == "x.docx"
    assert display_name("a\x00b\nc\u202e.txt", 1) == "abc.txt"
    assert display_name("", 7) == "document 7"
    long = display_name("x" * 500 + ".pdf", 1)
    assert len(long) <= 120 and long.endswith(".pdf")


def test_suffix_for():
    assert suffix_for(b"%PDF-1.7", "a.txt") == ".pdf"
    assert suffix_for(b"PK\x03\x04", "a.pdf") == ".docx"
    assert suffix_for(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a.docx") == ".docx"
    assert suffix_for(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a.doc") == ".doc"
    assert suffix_for(b"# Titel\n", "a.md") == ".md"
    assert suffix_for(b"tekst", "a.pdf") == ".txt"
    assert suffix_for(b"\x00\x01\x02", "a.pdf") == ".bin"
    assert suffix_for(b"", "a.pdf") == ".bin"


def test_is_loopback():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1") and not is_loopback("example.org")


def test_serve_is_a_cli_command():
    from click.testing import CliRunner

    from checker.cli import main

    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--host" in result.output and "--max-size" in result.output and "127.0.0.1" in result.output
