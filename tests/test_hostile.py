"""Hostile and broken files: each one gives `status: "error"` with its own code and one Dutch
line, quickly and without a traceback, and a batch that holds them all still checks the rest."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import docx
import pytest
from test_judge import FULL

from checker.api import check_document
from checker.runner import Limits, check_files


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (1 0 obj is the catalog), with a correct xref."""
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


CONTENT = b"BT /F1 12 Tf 72 720 Td (Samenwerkingsovereenkomst) Tj ET"
PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>"
)
STREAM = b"<< /Length %d >>\nstream\n" % len(CONTENT) + CONTENT + b"\nendstream"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def page_tree_loop(kind: str) -> bytes:
    """Page trees whose /Kids lead back to an ancestor."""
    if kind == "self":  # the root Pages node is its own kid
        pages = b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"
        return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", pages, PAGE, STREAM, FONT])
    # a child Pages node whose kids include the root: 2 -> 6 -> 2
    pages = b"<< /Type /Pages /Kids [6 0 R 3 0 R] /Count 3 >>"
    child = b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 2 >>"
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", pages, PAGE, STREAM, FONT, child])


def _reportlab_pdf(encrypt: str | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=encrypt)
    for line, text in enumerate(FULL.strip().splitlines()[:40]):
        c.drawString(60, 800 - 14 * line, text.strip()[:95])
    c.showPage()
    c.save()
    return buf.getvalue()


def _docx_bytes(extra: dict[str, bytes] | None = None, replace: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    word = docx.Document()
    for line in FULL.strip().splitlines():
        word.add_paragraph(line.strip())
    word.save(buf)
    if not extra and not replace:
        return buf.getvalue()
    source = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = (replace or {}).get(info.filename, source.read(info))
            target.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out.getvalue()


XXE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
)
LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)


def make(tmp_path: Path, kind: str) -> Path:
    """Write the hostile file `kind`; return its path."""
    if kind == "encrypted_pdf":
        path, data = tmp_path / "geheim.pdf", _reportlab_pdf(encrypt="wachtwoord")
    elif kind == "truncated_pdf":
        whole = _reportlab_pdf()
        path, data = tmp_path / "afgekapt.pdf", whole[: len(whole) // 2]
    elif kind == "loop_pdf":
        path, data = tmp_path / "lus.pdf", page_tree_loop("child")
    elif kind == "self_loop_pdf":
        path, data = tmp_path / "eigen-lus.pdf", page_tree_loop("self")
    elif kind == "pdf_named_docx":
        path, data = tmp_path / "eigenlijk-pdf.docx", _reportlab_pdf()
    elif kind == "docx_named_pdf":
        path, data = tmp_path / "eigenlijk-word.pdf", _docx_bytes()
    elif kind == "text_named_pdf":
        path, data = tmp_path / "eigenlijk-tekst.pdf", FULL.encode()
    elif kind == "zip_bomb_docx":  # 40 MB of zeros in 40 kB
        path, data = (
            tmp_path / "bom.docx",
            _docx_bytes(extra={"word/media/zeros.bin": bytes(40 * 1024 * 1024)}),
        )
    elif kind == "xxe_docx":
        path, data = tmp_path / "xxe.docx", _docx_bytes(replace={"word/document.xml": XXE})
    elif kind == "laughs_docx":
        path, data = tmp_path / "lachen.docx", _docx_bytes(replace={"word/document.xml": LAUGHS})
    elif kind == "too_large":
        path, data = tmp_path / "groot.txt", ((FULL + "\n") * (1 + 2 * MAX_BYTES // len(FULL))).encode()
    elif kind == "empty":
        path, data = tmp_path / "leeg.docx", b""
    else:
        raise AssertionError(kind)
    path.write_bytes(data)
    return path


EXPECTED = {
    "encrypted_pdf": {"encrypted"},
    "truncated_pdf": {"corrupt", None},  # None: read as far as it goes
    "loop_pdf": {"page_tree_loop"},
    "self_loop_pdf": {"page_tree_loop"},
    "pdf_named_docx": {"type_mismatch"},
    "docx_named_pdf": {"type_mismatch"},
    "text_named_pdf": {"type_mismatch"},
    "zip_bomb_docx": {"zip_bomb"},
    "xxe_docx": {"xml_entities"},
    "laughs_docx": {"xml_entities"},
    "too_large": {"too_large"},
    "empty": {"empty"},
}
MAX_BYTES = 512 * 1024  # the size limit used here, so that "too_large" needs no 50 MB file


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_hostile_file_gives_its_own_code_quickly(tmp_path, kind):
    path = make(tmp_path, kind)
    started = time.perf_counter()
    report = check_document(path, max_bytes=MAX_BYTES)
    assert time.perf_counter() - started < 30
    code = report.error["code"] if report.error else None
    assert code in EXPECTED[kind], (kind, report.status, report.error)
    if code is None:
        assert report.status == "checked"
        return
    assert report.status == "error" and report.verdict is None
    message = report.error["message"]
    assert "\n" not in message and message.endswith(".") and "Traceback" not in message
    assert " het " in f" {message.lower()} " or " de " in f" {message.lower()} "  # Dutch


def test_each_kind_of_damage_has_its_own_code():
    codes = {next(iter(c)) for c in EXPECTED.values() if len(c) == 1}
    assert codes == {
        "encrypted",
        "page_tree_loop",
        "type_mismatch",
        "zip_bomb",
        "xml_entities",
        "too_large",
        "empty",
    }


def test_xxe_is_not_expanded(tmp_path):
    report = check_document(make(tmp_path, "xxe_docx"))
    assert "root:" not in str(report.to_dict())


def test_batch_of_hostile_files_in_workers_goes_on(tmp_path):
    kinds = sorted(EXPECTED)
    files = [(make(tmp_path, kind), kind) for kind in kinds]
    good = tmp_path / "goed.txt"
    good.write_text(FULL, encoding="utf-8")
    files.insert(len(files) // 2, (good, "goed"))
    started = time.perf_counter()
    reports = check_files(files, jobs=2, limits=Limits(max_bytes=MAX_BYTES, timeout=60))
    assert time.perf_counter() - started < 120
    assert [r.path for r in reports] == [shown for _, shown in files]  # input order
    for report in reports:
        if report.path == "goed":
            assert report.status == "checked"
            continue
        code = report.error["code"] if report.error else None
        assert code in EXPECTED[report.path], (report.path, report.error)


def test_extension_that_lies_names_the_real_type(tmp_path):
    report = check_document(make(tmp_path, "docx_named_pdf"))
    assert report.error["code"] == "type_mismatch"
    assert "Word" in report.error["message"] and ".pdf" in report.error["message"]


def test_a_flat_page_tree_is_cleared_without_pdfminer():
    from checker.extract.pdf import _single_flat_page_tree

    assert _single_flat_page_tree(_reportlab_pdf())  # one /Kids array, not naming itself
    assert not _single_flat_page_tree(page_tree_loop("self"))  # the root lists itself
    assert not _single_flat_page_tree(page_tree_loop("child"))  # two nodes: walked in full
