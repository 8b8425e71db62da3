"""One row per agreement: path, status, verdict, the status of items a..j, and the error if any.

Values are the JSON contract's (`present`, `weak`, `missing`, `not_applicable`; `compliant`,
`non_compliant`), so a spreadsheet or script can filter on them.
"""

from __future__ import annotations

import csv
import io

from checker.requirements import ITEM_IDS
from checker.results import DocumentReport

HEADER = ["path", "status", "verdict", *ITEM_IDS, "error_code", "error_message"]


def render(reports: list[DocumentReport]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for report in reports:
        statuses = {r.id: r.status for r in report.requirements}
        error = report.error or {}
        writer.writerow(
            [
                report.path,
                report.status,
                report.verdict or "",
                *(statuses.get(i, "") for i in ITEM_IDS),
                error.get("code", ""),
                error.get("message", ""),
            ]
        )
    return out.getvalue()
