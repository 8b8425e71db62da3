"""Bad input: a one-line Dutch error per file, exit 3, never a traceback, and the batch goes on."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from click.testing import CliRunner
from contract import violations
from test_judge import FULL

from checker.api import check_document
from checker.cli import main


def _pdf_bytes(text: str = "Samenwerkingsovereenkomst", encrypt: str | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=encrypt)
    c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _make(tmp_path, kind: str):
    if kind == "empty":
        p = tmp_path / "leeg.pdf"
        p.write_bytes(b"")
    elif kind == "corrupt_pdf":
        p = tmp_path / "kapot.pdf"
        p.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b"\x00garbage" * 50)
    elif kind == "truncated_pdf":
        data = _pdf_bytes()
        p = tmp_path / "afgekapt.pdf"
        p.write_bytes(data[: len(data) // 3])
    elif kind == "encrypted_pdf":
        p = tmp_path / "geheim.pdf"
        p.write_bytes(_pdf_bytes(encrypt="wachtwoord"))
    elif kind == "image_as_pdf":
        p = tmp_path / "foto.pdf"
        p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    elif kind == "docx_is_pdf":
        p = tmp_path / "eigenlijk-pdf.docx"
        p.write_bytes(_pdf_bytes())
    elif kind == "bad_zip_docx":
        p = tmp_path / "kapot.docx"
        p.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    elif kind == "zip_not_docx":
        p = tmp_path / "archief.docx"
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("hallo.txt", "geen word")
        p.write_bytes(buf.getvalue())
    elif kind == "legacy_doc":
        p = tmp_path / "oud.doc"
        p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    elif kind == "binary_txt":
        p = tmp_path / "binair.txt"
        p.write_bytes(bytes(range(256)) * 8)
    elif kind == "whitespace_txt":
        p = tmp_path / "wit.txt"
        p.write_text("   \n\n\t\n")
    elif kind == "unknown_ext":
        p = tmp_path / "tabel.xlsx"
        p.write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    else:
        raise AssertionError(kind)
    return p


CASES = {
    "empty": "empty",
    "corrupt_pdf": "corrupt",
    "truncated_pdf": "corrupt",
    "encrypted_pdf": "encrypted",
    "image_as_pdf": "unsupported_type",
    "docx_is_pdf": "type_mismatch",
    "bad_zip_docx": "corrupt",
    "zip_not_docx": "unsupported_type",
    "legacy_doc": "legacy_doc",
    "binary_txt": "unsupported_type",
    "whitespace_txt": "empty",
    "unknown_ext": "unsupported_type",
}


@pytest.mark.parametrize(("kind", "code"), sorted(CASES.items()))
def test_bad_file_gives_error_code_and_one_dutch_line(tmp_path, kind, code):
    report = check_document(_make(tmp_path, kind))
    assert report.status == "error"
    assert report.verdict is None
    assert report.error["code"] == code
    message = report.error["message"]
    assert "\n" not in message and message.endswith(".")
    assert "Traceback" not in message


def test_batch_goes_on_after_bad_files_and_exits_3(tmp_path, write_text):
    good = write_text(FULL, "goed.txt")
    bad = [_make(tmp_path, k) for k in ("empty", "encrypted_pdf", "corrupt_pdf", "legacy_doc")]
    result = CliRunner().invoke(main, ["check", *map(str, bad), str(good), "--format", "json"])
    assert result.exit_code == 3
    assert "Traceback" not in result.output
    report = json.loads(result.stdout)
    assert violations(report) == []
    statuses = {d["path"]: d["status"] for d in report["documents"]}
    assert statuses[str(good)] == "checked"
    assert sum(s == "error" for s in statuses.values()) == 4


def test_text_report_shows_error_line(tmp_path):
    result = CliRunner().invoke(main, ["check", str(_make(tmp_path, "encrypted_pdf"))])
    assert result.exit_code == 3
    assert "FOUT (encrypted): Het PDF-bestand is met een wachtwoord beveiligd" in result.output


def test_size_limit(tmp_path, write_text):
    path = write_text(FULL)
    result = CliRunner().invoke(main, ["check", str(path), "--max-size", "0.001", "--format", "json"])
    assert result.exit_code == 3
    assert json.loads(result.stdout)["documents"][0]["error"]["code"] == "too_large"
