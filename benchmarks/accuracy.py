#!/usr/bin/env python3
"""Accuracy of leerroute-check against the labelled sample agreements.

For every `NAME.expected.json` in the sample folder, checks the agreement beside it and compares:
  * defect detection per (agreement, item): a defect is `weak` or `missing`; precision and recall
    per item and overall (F1 too);
  * three-way status accuracy: fine (present/not_applicable) / weak / missing;
  * exact status accuracy and verdict accuracy;
  * evidence: for present items with a labelled clause, whether the first evidence's section or
    text contains it.
Train and held-out splits are reported separately.

    python benchmarks/accuracy.py [SAMPLE_DIR] [--show-errors] [--classifier on|off] [--match GLOB ...]
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.api import check_document, check_extracted  # noqa: E402
from checker.extract import extract  # noqa: E402

IDS = "abcdefghij"


def three_way(status: str) -> str:
    return {"present": "fine", "not_applicable": "fine"}.get(status, status)


def agreement_for(expected: Path) -> Path:
    stem = expected.name[: -len(".expected.json")]
    return next(p for p in expected.parent.glob(stem + ".*") if not p.name.endswith(".expected.json"))


def points_at(evidence, clue: str) -> bool:
    """Whether the evidence names the labelled clause.

    A label names one or more clauses separated by ";", each a heading, optionally with a remark
    in parentheses or a quoted phrase after ":" ("Artikel 8 Bekostiging: geen overdracht").
    """
    for ev in evidence:
        section = re.sub(r"\s+", " ", (ev.section or "")).lower()
        text = re.sub(r"\s+", " ", ev.text).lower()
        for raw in clue.split(";"):
            # a remark in parentheses is left out, unless the heading itself has it ("(meer)")
            for alternative in dict.fromkeys((re.sub(r"\([^)]*\)", "", raw), raw)):
                alternative = re.sub(r"\s+", " ", alternative).strip().lower()
                heading, _, phrase = alternative.partition(": ")
                heading = heading.strip()
                if heading and (heading in section or section.startswith(heading)):
                    return True
                if heading and heading in text:
                    return True
                if phrase and phrase.strip() in text:
                    return True
    return False


def evaluate(
    folder: Path, classifier: bool | None = None, names: list[str] | None = None
) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = defaultdict(list)
    for expected_path in sorted(folder.rglob("*.expected.json")):
        if names and not any(fnmatch.fnmatch(expected_path.name, pattern) for pattern in names):
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        path = agreement_for(expected_path)
        if classifier is None:
            report = check_document(path)
        else:
            report = check_extracted(extract(path), str(path), use_classifier=classifier)
        got = {r.id: r for r in report.requirements}
        rows[expected.get("split", "train")].append(
            {
                "name": expected_path.name[: -len(".expected.json")],
                "expected": expected,
                "report": report,
                "got": got,
            }
        )
    return rows


def summarise(rows: list[dict], show_errors: bool) -> list[str]:
    tp = defaultdict(int)
    fp = defaultdict(int)
    fn = defaultdict(int)
    exact = three = total = verdict_ok = 0
    ev_ok = ev_total = 0
    errors = []
    for row in rows:
        want = row["expected"]["statuses"]
        if row["report"].status != "checked":
            errors.append(f"  {row['name']}: not checked ({row['report'].error})")
            continue
        for item in IDS:
            w, g = want[item], row["got"][item].status
            total += 1
            exact += w == g
            three += three_way(w) == three_way(g)
            wd, gd = three_way(w) != "fine", three_way(g) != "fine"
            tp[item] += wd and gd
            fp[item] += gd and not wd
            fn[item] += wd and not gd
            if w != g:
                errors.append(f"  {row['name']} {item}: expected {w}, got {g}")
            clue = row["expected"].get("evidence", {}).get(item)
            if clue and w == "present" and g == "present":
                ev_total += 1
                if points_at(row["got"][item].evidence[:1], clue):
                    ev_ok += 1
                else:
                    errors.append(f"  {row['name']} {item}: evidence does not point at {clue!r}")
        want_ok = all(want[i] in ("present", "not_applicable") for i in IDS)
        verdict_ok += row["report"].verdict == ("compliant" if want_ok else "non_compliant")
    lines = ["item  precision  recall    f1   (defects: tp fp fn)"]
    for item in IDS:
        p = tp[item] / (tp[item] + fp[item]) if tp[item] + fp[item] else 1.0
        r = tp[item] / (tp[item] + fn[item]) if tp[item] + fn[item] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(
            f"  {item}      {p:5.2f}   {r:5.2f}  {f1:5.2f}    {tp[item]:3d} {fp[item]:2d} {fn[item]:2d}"
        )
    TP, FP, FN = sum(tp.values()), sum(fp.values()), sum(fn.values())
    P = TP / (TP + FP) if TP + FP else 1.0
    R = TP / (TP + FN) if TP + FN else 1.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    n = len(rows)
    lines += [
        f"  all    {P:5.2f}   {R:5.2f}  {F:5.2f}    {TP:3d} {FP:2d} {FN:2d}",
        f"three-way status accuracy (fine/weak/missing): {three}/{total} = {three / max(total, 1):.3f}",
        f"exact status accuracy: {exact}/{total} = {exact / max(total, 1):.3f}",
        f"verdict accuracy: {verdict_ok}/{n} = {verdict_ok / max(n, 1):.3f}",
        f"evidence points at the labelled clause: {ev_ok}/{ev_total}"
        + (f" = {ev_ok / ev_total:.3f}" if ev_total else ""),
    ]
    if show_errors and errors:
        lines += ["disagreements:"] + errors
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "sample_agreements"))
    parser.add_argument("--show-errors", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--classifier",
        choices=["on", "off"],
        default=None,
        help="force the clause classifier on or off (default: models/settings.toml)",
    )
    parser.add_argument(
        "--match",
        action="append",
        metavar="GLOB",
        help="only agreements whose label file name matches (repeatable), e.g. 'h1[7-9]_*' 'h[23]?_*'",
    )
    args = parser.parse_args()
    classifier = None if args.classifier is None else args.classifier == "on"
    rows = evaluate(Path(args.folder), classifier, args.match)
    for split in ("train", "heldout"):
        if rows.get(split):
            print(f"== {split}: {len(rows[split])} agreements")
            print("\n".join(summarise(rows[split], args.show_errors)))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
