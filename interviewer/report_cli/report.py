"""The `report` command: one session's report as Markdown, HTML or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import InterviewerError
from ..core.safe_text import neutralise
from ..paths import command_prefix
from .history_file import (
    bank_or_warning,
    history_file,
    latest_note,
    no_answers,
    no_sessions,
    open_history,
    session_named,
    session_report,
)


def cmd_report(args: argparse.Namespace) -> int:
    """Write one session's report as Markdown, HTML or JSON, to stdout or to `-o FILE`."""
    from ..core.report import to_html, to_json, to_markdown

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
        # a session open in a live program (which stores its grades itself) or a history that
        # cannot be written gets the same grades for this report only (settle decides)
        report = session_report(args, store, session, bank, settle_grades=True)
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
