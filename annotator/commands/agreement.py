"""`annotator agreement`: inter-annotator agreement over documents two annotators finished.

With no such document this is a user mistake (nothing was compared): one line on stderr
and exit status 2, also with --json, so a script cannot mistake it for a result.
"""

from __future__ import annotations

import argparse
import json

from annotator.commands import TerminalProgress, db_option, open_project, server_option
from annotator.core.errors import UserError

COLUMNS = (("exact_f1", "exact F1"), ("overlap_f1", "overlap F1"), ("cohen_kappa", "kappa"),
           ("krippendorff_alpha", "alpha"))
EVENT_COLUMNS = (("event_trigger_f1", "trigger F1"), ("event_argument_f1", "argument F1"))
FIELD_COLUMNS = (("observed_agreement", "observed"), ("cohen_kappa", "kappa"),
                 ("krippendorff_alpha", "alpha"))


def add_arguments(p: argparse.ArgumentParser) -> None:
    db_option(p)
    server_option(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--suggestions", default="include", choices=("include", "exclude", "apart"),
                   help="spans made from suggestions: count them (default), leave them "
                        "out, or show the figures without them apart")


def run(args: argparse.Namespace) -> int:
    from annotator.operations.agreement import agreement_report
    repo = open_project(args)
    try:
        bar = TerminalProgress("comparing", repo.document_count())
        report = agreement_report(repo, bar, args.suggestions)
        bar.finish()
    finally:
        repo.close()
    if not report["documents"]:
        raise UserError("no document is marked done by two annotators: nothing to compare")
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print("\n".join(table(report)))
        if args.suggestions == "exclude":
            print("\n(spans made from suggestions left out)")
        elif args.suggestions == "apart":
            counts = report["suggested_spans"]
            print("\naccepted suggestions: " + (", ".join(
                f"{name} {n}" for name, n in counts.items()) or "none"))
            print("without them:")
            print("\n".join(table(report["without_suggestions"])[2:]))
    return 0


def _cell(value: float | None, width: int) -> str:
    return f"{'-' if value is None else _fixed(value):>{width}}"


def _fixed(value: float) -> str:
    """Three decimals; a value that rounds to zero is 0.000, never -0.000."""
    return f"{round(value, 3) + 0.0:.3f}"


def _row(first: str, values: dict, columns: tuple[tuple[str, str], ...]) -> str:
    return first + "".join(
        "  " + _cell(values.get(key), len(title)) for key, title in columns)


def table(report: dict) -> list[str]:
    """The report as text: pairs, overall, per label; 3 decimals, '-' where undefined."""
    columns = COLUMNS + EVENT_COLUMNS
    pairs = [(f"{p['a']} / {p['b']}", p) for p in report["pairs"]]
    width = max([len("overall"), *(len(name) for name, _ in pairs)])
    head = f"{'pair':<{width}}  docs" + "".join(f"  {title}" for _, title in columns)
    lines = [f"{report['documents']} document(s) marked done by two or more of: "
             + ", ".join(report["annotators"]), "", head]
    for name, p in pairs:
        lines.append(_row(f"{name:<{width}}  {p['documents']:>4}", p, columns))
    overall = report["overall"]
    lines.append(_row(f"{'overall':<{width}}  {report['documents']:>4}", overall, columns))
    if overall.get("krippendorff_alpha_all") is not None:
        lines.append(f"alpha over all annotators at once: "
                     f"{_fixed(overall['krippendorff_alpha_all'])}")
    if report["per_label"]:
        lwidth = max(len("label"), *(len(label) for label in report["per_label"]))
        lines += ["", f"{'label':<{lwidth}}" + "".join(f"  {t}" for _, t in COLUMNS)]
        for label, values in report["per_label"].items():
            lines.append(_row(f"{label:<{lwidth}}", values, COLUMNS))
    lines += field_table(report.get("document_fields") or {})
    return lines


def field_table(fields: dict) -> list[str]:
    """Document fields: units compared, observed agreement, kappa, alpha."""
    if not fields:
        return []
    width = max(len("document field"), *(len(name) for name in fields))
    lines = ["", f"{'document field':<{width}}  units" + "".join(
        f"  {title}" for _, title in FIELD_COLUMNS)]
    for name, values in fields.items():
        lines.append(_row(f"{name:<{width}}  {values['units']:>5}", values, FIELD_COLUMNS))
    return lines
