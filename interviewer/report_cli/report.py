"""The `report` command: one session's report as Markdown, HTML or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import InterviewerError
from ..core.safe_text import neutralise
from ..paths import cache_dir, command_prefix
from .history_file import (
    bank_or_warning,
    history_file,
    latest_note,
    no_answers,
    no_sessions,
    open_history,
    session_named,
)


def cmd_report(args: argparse.Namespace) -> int:
    """Write one session's report as Markdown, HTML or JSON, to stdout or to `-o FILE`."""
    from ..core.catalog import Catalog
    from ..core.grading import grader_for
    from ..core.interview.settle import settle
    from ..core.report import build_report, to_html, to_json, to_markdown, waits_for_grade

    path = history_file(args)
    if path is None:
        print(no_sessions(args), file=sys.stderr)
        return 1
    with open_history(path, to_read=True) as store:
        command = command_prefix(args.data_dir)
        session = session_named(store, args.session, "Report of", command, say_latest=False)
        if session is None:
            print(no_answers(args, store), file=sys.stderr)
            return 1
        bank, warning = bank_or_warning(args, session)
        if args.session == "latest":  # which session, and how to go on with it (care43)
            note = latest_note(session, "Report of", command, bank_gone=bank is None)
            print(note, file=sys.stderr)
        if warning:
            print(warning, file=sys.stderr)
        # answers saved but not graded yet (the program ended while grading) are graded and
        # stored, as the history does (`settle`); a session open in a live program (which
        # stores them itself) or a history that cannot be written gets the same grades for
        # this report only; with nothing waiting no grader is loaded
        grader = None
        if bank is not None and any(
            waits_for_grade(answer, bank) for answer in store.answers(session.id)
        ):
            grader = grader_for(bank, Catalog(None, cache_dir(args.data_dir)).fit_cache_dir)
            settle(store, session.id, bank, grader)
        report = build_report(
            store,
            session.id,
            bank,
            grader,
            command=command_prefix(args.data_dir),
            bank_gone=bank is None,
        )
    render = {"md": to_markdown, "html": to_html, "json": to_json}[args.format]
    text = render(report)
    if not args.output or args.output == "-":
        sys.stdout.write(text)
        return 0
    out = Path(args.output).expanduser()
    replaced = out.is_file()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    except OSError as err:
        raise InterviewerError(
            f"{out}: cannot write the report ({err.strerror or err}); choose another path with -o"
        ) from None
    if replaced:  # as `grade -o` says it: the user is told, not asked (ux41)
        print(neutralise(f"interviewer: replaced existing {out}"), file=sys.stderr)
    print(out)
    return 0
