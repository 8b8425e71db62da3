"""Turn a report in the JSON contract back into `DocumentReport`s, so any renderer can draw a
report the browser already holds (the HTML download) without checking the files again."""

from __future__ import annotations

from checker.results import STATUSES, DocumentInfo, DocumentReport, Evidence, Finding, RequirementResult


class ContractError(ValueError):
    """The JSON is not a report in the contract."""


def reports_from_contract(data: object) -> list[DocumentReport]:
    if not isinstance(data, dict) or data.get("schema_version") != 1:
        raise ContractError("schema_version is not 1")
    documents = data.get("documents")
    if not isinstance(documents, list) or not documents:
        raise ContractError("documents is empty")
    try:
        return [_document(d) for d in documents]
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ContractError(str(exc)) from exc


def _str(value: object, field: str, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ContractError(f"{field} is not text")
    return value


def _document(d: dict) -> DocumentReport:
    status = d["status"]
    if status not in ("checked", "error"):
        raise ContractError(f"status {status!r}")
    error = d.get("error")
    if error is not None:
        error = {
            "code": _str(error["code"], "error.code"),
            "message": _str(error["message"], "error.message"),
        }
    info = d.get("document")
    return DocumentReport(
        path=_str(d["path"], "path"),
        status=status,
        error=error,
        requirements=[_requirement(r) for r in d.get("requirements") or []],
        document=_info(info) if info else None,
        findings=[_finding(f) for f in d.get("findings") or []],
    )


def _info(d: dict) -> DocumentInfo:
    return DocumentInfo(
        type=_str(d["type"], "document.type"),
        route=_str(d["route"], "document.route"),
        parties=[_str(p, "party") for p in d.get("parties") or []],
        dated=bool(d.get("dated")),
        signed=bool(d.get("signed")),
        pages=int(d["pages"]) if d.get("pages") is not None else None,
        format=_str(d.get("format"), "document.format", optional=True),
    )


def _requirement(r: dict) -> RequirementResult:
    status = r["status"]
    if status not in STATUSES:
        raise ContractError(f"requirement status {status!r}")
    confidence = float(r.get("confidence", 0))
    return RequirementResult(
        id=_str(r["id"], "id"),
        key=_str(r["key"], "key"),
        title=_str(r["title"], "title"),
        statute=_str(r["statute"], "statute"),
        status=status,
        confidence=min(1.0, max(0.0, confidence)),
        evidence=[
            Evidence(
                page=int(e["page"]) if e.get("page") is not None else None,
                text=_str(e["text"], "evidence.text"),
                section=_str(e.get("section"), "evidence.section", optional=True),
                ocr=bool(e.get("ocr", False)),
            )
            for e in r.get("evidence") or []
        ],
        findings=[_finding(f) for f in r.get("findings") or []],
        elements={_str(k, "element"): bool(v) for k, v in (r.get("elements") or {}).items()},
        suggestion=_str(r.get("suggestion"), "suggestion", optional=True),
    )


def _finding(f: dict) -> Finding:
    severity = f["severity"]
    if severity not in ("error", "warning", "info"):
        raise ContractError(f"severity {severity!r}")
    return Finding(
        code=_str(f["code"], "finding.code"),
        severity=severity,
        message=_str(f["message"], "finding.message"),
        element=_str(f.get("element"), "finding.element", optional=True),
    )
