"""The report contract (schema_version 1), as the tests hold it: the same rules as the project's
external contract checker, so a change that breaks other tools fails here first."""

from __future__ import annotations

IDS = list("abcdefghij")
STATUSES = {"present", "weak", "missing", "not_applicable"}


def violations(report: dict) -> list[str]:
    """Every way `report` breaks the contract (empty when it holds)."""
    out: list[str] = []
    if report.get("schema_version") != 1:
        out.append("schema_version is not 1")
    if report.get("tool", {}).get("name") != "leerroute-check":
        out.append("tool.name is not leerroute-check")
    if not isinstance(report.get("tool", {}).get("version"), str):
        out.append("tool.version missing")
    docs = report.get("documents")
    if not isinstance(docs, list) or not docs:
        return out + ["documents is empty"]
    for d in docs:
        p = d.get("path")
        if not isinstance(p, str):
            out.append("path missing")
        if d.get("status") == "error":
            e = d.get("error") or {}
            if not e.get("code") or not e.get("message"):
                out.append(f"{p}: error without code and message")
            if d.get("verdict") is not None:
                out.append(f"{p}: error document has a verdict")
            continue
        if d.get("status") != "checked":
            out.append(f"{p}: status {d.get('status')!r}")
            continue
        if d.get("error") is not None:
            out.append(f"{p}: checked document has an error")
        reqs = d.get("requirements") or []
        if [r.get("id") for r in reqs] != IDS:
            out.append(f"{p}: requirement ids are not a..j in order")
            continue
        for r in reqs:
            where = f"{p}/{r['id']}"
            if r.get("status") not in STATUSES:
                out.append(f"{where}: status {r.get('status')!r}")
            for field in ("title", "key", "statute"):
                if not isinstance(r.get(field), str) or not r[field]:
                    out.append(f"{where}: no {field}")
            c = r.get("confidence")
            if not isinstance(c, (int, float)) or not 0 <= c <= 1:
                out.append(f"{where}: confidence {c!r}")
            for ev in r.get("evidence", []):
                if not isinstance(ev.get("text"), str) or "page" not in ev or "section" not in ev:
                    out.append(f"{where}: evidence without text, page or section")
            if r.get("status") in ("present", "weak") and not r.get("evidence"):
                out.append(f"{where}: {r.get('status')} without evidence")
            for f in r.get("findings", []):
                if (
                    not f.get("code")
                    or f.get("severity") not in ("error", "warning", "info")
                    or not f.get("message")
                ):
                    out.append(f"{where}: malformed finding {f}")
        ok = all(r["status"] in ("present", "not_applicable") for r in reqs)
        want = "compliant" if ok else "non_compliant"
        if d.get("verdict") != want:
            out.append(f"{p}: verdict {d.get('verdict')!r} but statuses say {want}")
    return out
