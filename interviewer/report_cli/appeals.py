"""The `appeals` command: the grades the candidate disagreed with."""

from __future__ import annotations

import argparse

from ..core.safe_text import json_text, screen_text
from ..text_table import table
from .history_file import (
    history_file,
    open_history,
)


def cmd_appeals(args: argparse.Namespace) -> int:
    """Every appeal of a grade, as a table or (`--json`) as calibration data."""
    from ..core.appeals import calibration_records
    from ..core.report import format_score

    path = history_file(args)
    records = []
    if path is not None:
        with open_history(path, to_read=True) as store:
            records = calibration_records(store)
    if args.json:
        print(json_text(records, indent=2))
        return 0
    if not records:
        print(
            "No appeals yet. Press `a` on a feedback or report screen to give your own grade "
            "to an answer."
        )
        return 0
    rows = [
        [
            r["question_id"],
            format_score(r["grader_score"]),
            f"{r['candidate_grade']}/5",
            r["grader_version"] or "-",
            screen_text(r["note"] if len(r["note"]) <= 50 else r["note"][:49] + "…"),
        ]
        for r in records
    ]
    print("\n".join(table(["QUESTION", "GRADER", "YOURS", "VERSION", "NOTE"], rows, {1, 2})))
    return 0
