"""Every report format, produced for the sample folder plus one unreadable file, read back the way
its consumer reads it: CSV with csv, Markdown as a table, HTML with html.parser, JUnit with
xml.etree, GitHub annotations line by line."""

from __future__ import annotations

import copy
import csv
import html
import io
import json
import tempfile
import xml.etree.ElementTree as ET
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES
from contract import violations

from checker.api import check_document, iter_files
from checker.report import FORMATS, RenderOptions, renderer
from checker.report.catalogue import item_descriptions
from checker.report.github import escape_data, escape_property
from checker.report.labels import STATUS_NL
from checker.report.locate import evidence_line
from checker.results import DocumentReport, Evidence, Finding, RequirementResult

IDS = list("abcdefghij")
ERROR_PATH = "kapot/beschadigd.pdf"


def sample_files() -> list[tuple[Path, str]]:
    """The sample agreements as (path, shown) with paths shown relative to the checkout."""
    return [(p, p.relative_to(ROOT).as_posix()) for p, _ in iter_files([SAMPLES])]


@lru_cache(maxsize=1)
def _sample_reports() -> tuple[DocumentReport, ...]:
    from checker.runner import check_files

    reports = check_files(sample_files(), jobs=0)
    with tempfile.TemporaryDirectory() as tmp:
        broken = Path(tmp) / "beschadigd.pdf"
        broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ngarbage")
        reports.append(check_document(broken, display_path=ERROR_PATH))
    return tuple(reports)


def sample_reports() -> list[DocumentReport]:
    """A fresh copy of the checked sample folder (+ one unreadable file); checked once per session."""
    return copy.deepcopy(list(_sample_reports()))


@pytest.fixture
def reports(monkeypatch) -> list[DocumentReport]:
    monkeypatch.chdir(ROOT)  # renderers that look up evidence lines read the files by their shown path
    return sample_reports()


def _checked(reports):
    return [r for r in reports if r.status == "checked"]


def test_the_sample_set_has_every_status_and_an_error(reports):
    statuses = {q.status for r in _checked(reports) for q in r.requirements}
    assert statuses == {"present", "weak", "missing", "not_applicable"}
    assert reports[-1].status == "error" and reports[-1].error["code"]
    # "weak without evidence" comes from the judge (outside the report layer) for a few samples.
    problems = violations(json.loads(renderer("json")(reports)))
    assert [p for p in problems if not p.endswith("weak without evidence")] == []


def test_catalogue_agrees_with_the_requirement_list():
    from checker.requirements import load_requirements

    full = load_requirements()
    light = item_descriptions()
    assert [(d.id, d.key, d.title, d.statute, d.asks, d.suggestion) for d in light] == [
        (r.id, r.key, r.title, r.statute, r.asks, r.suggestion) for r in full
    ]
    assert light[5].rule_id == "LRC-F-overstapoptie"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_the_samples(reports, fmt):
    text = renderer(fmt)(reports, RenderOptions())
    assert text.endswith("\n") and len(text) > 200


# -- CSV --------------------------------------------------------------------------------------


def test_csv_has_one_row_per_agreement_with_item_columns(reports):
    rows = list(csv.DictReader(io.StringIO(renderer("csv")(reports))))
    assert len(rows) == len(reports)
    assert list(rows[0]) == ["path", "status", "verdict", *IDS, "error_code", "error_message"]
    for row, report in zip(rows, reports, strict=True):
        assert row["path"] == report.path
        assert row["verdict"] == (report.verdict or "")
        if report.status == "checked":
            assert [row[i] for i in IDS] == [q.status for q in report.requirements]
            assert row["error_code"] == ""
        else:
            assert row["error_code"] == report.error["code"] and row["error_message"]
            assert [row[i] for i in IDS] == [""] * 10


# -- Markdown ---------------------------------------------------------------------------------


def test_markdown_table_and_problem_list(reports):
    text = renderer("markdown")(reports)
    table = [line for line in text.splitlines() if line.startswith("| ")]
    header, separator, *rows = table
    assert header.split("|")[3:13] == [f" {i} " for i in IDS]
    assert set(separator.replace("|", "").split()) == {"---", ":-:"}
    assert len(rows) == len(reports)
    assert all(row.count("|") == 13 for row in rows)
    missing_09 = next(r for r in reports if r.path.endswith("09_veel_ontbrekend.docx"))
    section = text.split("### sample\\_agreements/09\\_veel\\_ontbrekend.docx", 1)[1].split("###", 1)[0]
    for requirement in missing_09.requirements:
        if requirement.status in ("weak", "missing"):
            assert f"**{requirement.id}. " in section
    assert "Niet te lezen (" in text


def test_markdown_escapes_pipes_in_paths():
    report = _handmade(path="map|met|pipes.txt")
    row = next(line for line in renderer("markdown")([report]).splitlines() if "pipes" in line)
    assert row.count("|") - row.count("\\|") == 13


# -- HTML -------------------------------------------------------------------------------------


class _MatrixParser(HTMLParser):
    """Collects the matrix rows (cell classes) and the page's structure."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.in_matrix = self.in_body = False
        self.header_items = 0
        self.rows: list[list[dict]] = []
        self.headings: list[str] = []
        self.external: list[str] = []
        self.scripts_with_src = 0
        self.th_without_scope = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag in ("h1", "h2", "h3", "h4"):
            self.headings.append(tag)
        if tag == "script" and "src" in a:
            self.scripts_with_src += 1
        for key in ("src", "href"):
            if a.get(key, "").startswith(("http:", "https:", "//")):
                self.external.append(a[key])
        if tag == "th" and "scope" not in a:
            self.th_without_scope += 1
        if tag == "table" and a.get("id") == "matrix":
            self.in_matrix = True
        if not self.in_matrix:
            return
        if tag == "th" and "item" in (a.get("class") or "").split():
            self.header_items += 1
        if tag == "tbody":
            self.in_body = True
        if tag == "tr" and self.in_body:
            self.rows.append([])
        if tag == "td" and self.in_body:
            self.rows[-1].append(a)

    def handle_endtag(self, tag):
        if tag == "table":
            self.in_matrix = self.in_body = False


def test_html_matrix_has_a_row_per_agreement_and_status_classes(reports):
    text = renderer("html")(reports)
    parser = _MatrixParser()
    parser.feed(text)
    assert parser.lang == "nl"
    assert parser.header_items == 10
    assert len(parser.rows) == len(reports)
    for cells, report in zip(parser.rows, reports, strict=True):
        if report.status == "checked":
            items = cells[1:]  # the verdict cell comes first
            assert len(items) == 10
            assert [c["class"].split()[-1] for c in items] == [f"st-{q.status}" for q in report.requirements]
        else:
            assert cells[1]["class"] == "st-error" and cells[1]["colspan"] == "10"
    assert parser.headings[0] == "h1" and parser.headings.count("h1") == 1
    assert parser.headings.count("h3") == len(reports)
    assert parser.external == [] and parser.scripts_with_src == 0
    assert parser.th_without_scope == 0
    assert "<link" not in text and "@import" not in text


def test_html_shows_counts_evidence_suggestions_and_errors(reports):
    text = renderer("html")(reports)
    missing_b = sum(
        1 for r in _checked(reports) for q in r.requirements if q.id == "b" and q.status == "missing"
    )
    assert f'<th scope="row">b. Betrokkenheid bedrijfsleven</th>\n<td>{missing_b}</td>' in text
    assert "Voorgestelde tekst" in text
    ev = next(
        e for r in _checked(reports) for q in r.requirements for e in q.evidence if e.page and e.section
    )
    assert html.escape(f"p. {ev.page} · {ev.section}", quote=False) in text  # page and section under a quote
    assert "Niet te lezen" in text and reports[-1].error["message"].split()[0] in text
    for word in ("aanwezig", "zwak", "ontbreekt", "niet van toepassing"):  # not colour alone
        assert word in text


def test_html_escapes_document_text():
    report = _handmade(path="<script>alert(1)</script>.txt", evidence='<b>vet</b> & "quote"')
    text = renderer("html")([report])
    assert "<script>alert(1)" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;b&gt;vet&lt;/b&gt; &amp;" in text
    assert "Controle samenwerkingsovereenkomst: " in text  # a single school's report


def test_html_template_ships_as_package_data():
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["tool"]["setuptools"]["package-data"]["checker.report"] == ["templates/*"]
    assert (ROOT / "checker" / "report" / "templates" / "report.html.j2").is_file()


# -- JUnit ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fail_on", ["weak", "missing"])
def test_junit_suites_cases_and_failures(reports, fail_on):
    root = ET.fromstring(renderer("junit")(reports, RenderOptions(fail_on=fail_on)))
    suites = root.findall("testsuite")
    assert len(suites) == len(reports)
    for suite, report in zip(suites, reports, strict=True):
        cases = suite.findall("testcase")
        if report.status != "checked":
            assert len(cases) == 1 and cases[0].find("error") is not None
            assert suite.get("errors") == "1"
            continue
        names = [c.get("name") for c in cases]
        assert names == [f"{q.id} {q.key}" for q in report.requirements] and len(set(names)) == 10
        for case, q in zip(cases, report.requirements, strict=True):
            failure, skipped = case.find("failure"), case.find("skipped")
            if q.status == "missing" or (q.status == "weak" and fail_on == "weak"):
                assert failure is not None and failure.get("type") == q.status, (report.path, q.id)
            elif q.status in ("weak", "not_applicable"):
                assert skipped is not None and skipped.get("message")
            else:
                assert failure is None and skipped is None
        assert int(suite.get("failures")) == sum(c.find("failure") is not None for c in cases)
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites)
    assert "time" not in root.attrib


# -- GitHub -----------------------------------------------------------------------------------


def test_github_annotations(reports):
    lines = renderer("github")(reports, RenderOptions(fail_on="missing")).splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    problems = [(r, q) for r in _checked(reports) for q in r.requirements if q.status in ("weak", "missing")]
    assert len(annotations) == len(problems) + 1
    assert sum(a.startswith("::error ") for a in annotations) == 1 + sum(
        q.status == "missing" for _, q in problems
    )
    assert all("\n" not in a for a in annotations)
    first_doc, first_item = problems[0]
    assert annotations[0].startswith(
        f"::warning file={first_doc.path},line=1,title={first_item.id}. "
    ) or annotations[0].startswith(f"::error file={first_doc.path},line=1,title={first_item.id}. ")
    assert f"%3A {STATUS_NL[first_item.status]}::" in annotations[0]
    assert any(
        a.startswith(f"::error file={ERROR_PATH},line=1,title=Bestand niet te lezen::") for a in annotations
    )
    pdf_lines = {a.split(",")[1] for a in annotations if a.split(",")[0].endswith((".pdf", ".docx"))}
    assert pdf_lines == {"line=1"}
    text_lines = {a.split(",")[1] for a in annotations if a.split(",")[0].endswith(".txt")}
    assert text_lines - {"line=1"}, "no evidence line found in any text sample"


def test_evidence_line_in_text_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("o.txt").write_text(
        "Kop\n\nArtikel 6 Overstapoptie\nEen leerling die de route\n   verlaat, kan overstappen "
        "naar het\nreguliere vmbo.\n",
        encoding="utf-8",
    )
    assert (
        evidence_line("o.txt", "Een leerling die de route verlaat, kan overstappen naar het reguliere …") == 4
    )
    assert evidence_line("o.txt", "Iets wat er niet staat en ook nergens anders.") == 1
    assert evidence_line("o.pdf", "Een leerling die de route verlaat") == 1
    assert evidence_line("bestaat-niet.txt", "Een leerling die de route verlaat") == 1


def test_github_escaping():
    assert escape_data("50% klaar\r\nregel 2") == "50%25 klaar%0D%0Aregel 2"
    assert escape_property("j. Toetreding, opzegging: 100%") == "j. Toetreding%2C opzegging%3A 100%25"


# -- helpers ----------------------------------------------------------------------------------


def _handmade(path: str, evidence: str = "Er is iets afgesproken.") -> DocumentReport:
    """A checked report built by hand: a weak f, the rest present."""
    requirements = []
    for d in item_descriptions():
        status = "weak" if d.id == "f" else "present"
        requirements.append(
            RequirementResult(
                id=d.id,
                key=d.key,
                title=d.title,
                statute=d.statute,
                status=status,
                confidence=0.8,
                evidence=[Evidence(page=1, text=evidence, section="Artikel <1>")],
                findings=[Finding("deferred", "error", "Uitgesteld <nader>.")] if status == "weak" else [],
                suggestion=d.suggestion if status == "weak" else None,
            )
        )
    from checker.results import DocumentInfo

    return DocumentReport(
        path=path,
        status="checked",
        requirements=requirements,
        document=DocumentInfo(
            type="samenwerkingsovereenkomst", route="doorlopende_leerroute", parties=["Stichting <A>"]
        ),
    )
