"""The report's data types: what the judge decides and every renderer reads."""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("present", "weak", "missing", "not_applicable")


@dataclass(frozen=True)
class Evidence:
    page: int | None
    text: str
    section: str | None  # the clause's heading as the reader sees it
    ocr: bool = False

    def to_dict(self) -> dict:
        return {"page": self.page, "text": self.text, "section": self.section, "ocr": self.ocr}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # error | warning | info
    message: str  # Dutch, names the article
    element: str | None = None  # the core element concerned, when there is one

    def to_dict(self) -> dict:
        out = {"code": self.code, "severity": self.severity, "message": self.message}
        if self.element:
            out["element"] = self.element
        return out


@dataclass
class RequirementResult:
    id: str
    key: str
    title: str
    statute: str
    status: str
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    elements: dict[str, bool] = field(default_factory=dict)  # core element -> found
    suggestion: str | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "key": self.key,
            "title": self.title,
            "statute": self.statute,
            "status": self.status,
            "confidence": round(self.confidence, 2),
            "evidence": [e.to_dict() for e in self.evidence],
            "findings": [f.to_dict() for f in self.findings],
            "elements": dict(self.elements),
            "suggestion": self.suggestion,
        }


@dataclass
class DocumentInfo:
    """What kind of document this is, as far as the text tells."""

    type: str  # samenwerkingsovereenkomst | interne_regeling | unknown
    route: str  # doorlopende_leerroute | geintegreerde_route
    parties: list[str] = field(default_factory=list)
    dated: bool = False
    signed: bool = False
    pages: int | None = None
    format: str | None = None

    def to_dict(self) -> dict:
        return {
            "type": self.type,
            "route": self.route,
            "parties": list(self.parties),
            "dated": self.dated,
            "signed": self.signed,
            "pages": self.pages,
            "format": self.format,
        }


@dataclass
class DocumentReport:
    path: str
    status: str  # checked | error
    error: dict | None = None  # {"code": ..., "message": ...}
    requirements: list[RequirementResult] = field(default_factory=list)
    document: DocumentInfo | None = None
    findings: list[Finding] = field(default_factory=list)  # about the document as a whole
    seconds: float | None = None

    @property
    def verdict(self) -> str | None:
        if self.status != "checked":
            return None
        ok = all(r.status in ("present", "not_applicable") for r in self.requirements)
        return "compliant" if ok else "non_compliant"

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "status": self.status,
            "error": self.error,
            "verdict": self.verdict,
            "requirements": [r.to_dict() for r in self.requirements],
            "document": self.document.to_dict() if self.document else None,
            "findings": [f.to_dict() for f in self.findings],
        }
