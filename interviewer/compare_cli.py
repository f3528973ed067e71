"""The `compare` command: two stored sessions side by side, as Markdown, HTML or JSON."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from .core.errors import InterviewerError, UsageError
from .paths import command_prefix, data_dir, database_path

if TYPE_CHECKING:
    from .core.report import Report
    from .core.store import Store, StoredSession

NAMED = ("latest", "previous")
"""The session names `compare` takes besides ids: the newest session with answers, and the
one with answers started before it."""


def _with_answers(store: Store) -> list[StoredSession]:
    return [s for s in store.list_sessions() if s.answer_count]


def session_named(store: Store, name: str, command: str) -> StoredSession:
    """The session a SESSION argument of `compare` names: an id or unique id prefix,
    `latest` or `previous`.

    Raises:
        InterviewerError: no session has this id, or there is no such latest or previous one.
    """
    if name in NAMED:
        found = _with_answers(store)
        index = NAMED.index(name)
        if len(found) <= index:
            have = f"{len(found)} session{'s' if len(found) != 1 else ''}"
            raise InterviewerError(
                f"no {name} session: {have} of the history {'has' if len(found) == 1 else 'have'}"
                f" answers; `{command} history` lists them"
            )
        return found[index]
    from .core.store import unknown_session

    session = store.get_session(name)
    if session is None:
        raise InterviewerError(f"{unknown_session(name)}; `{command} history` lists them")
    return session


def _report(args: argparse.Namespace, store: Store, session: StoredSession) -> Report:
    """The session's report as `interviewer report` builds it: answers saved but not graded
    yet get the grade they will be stored with (for this comparison only: nothing is
    written)."""
    from .report_cli.history_file import bank_or_none, session_report

    bank = bank_or_none(args, session, shown="its topics are shown by id")
    return session_report(args, store, session, bank, settle_grades=False)


def cmd_compare(args: argparse.Namespace) -> int:
    """Print two sessions side by side (the earlier first) as Markdown, HTML or JSON."""
    from .core.report.side_by_side import side_by_side
    from .core.report.side_by_side_html import to_html
    from .core.report.side_by_side_text import to_json, to_markdown
    from .core.store import Store

    command = command_prefix(args.data_dir)
    path = database_path(data_dir(args.data_dir))
    if not path.exists():
        print(f"No sessions yet. Start one with `{command} start`.", file=sys.stderr)
        return 1
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    with Store.open(path, read_only=not writable) as store:
        try:
            one = session_named(store, args.first, command)
            other = session_named(store, args.second, command)
            if one.id == other.id:
                raise UsageError(
                    f"'{args.first}' and '{args.second}' are the same session ({one.id[:8]}): "
                    f"name two sessions; `{command} history` lists them"
                )
            for name, session in ((args.first, one), (args.second, other)):
                if name in NAMED:
                    print(f"{name}: session {session.id[:8]} ({session.bank_id})", file=sys.stderr)
            compared = side_by_side(_report(args, store, one), _report(args, store, other))
        finally:
            for warning in dict.fromkeys(store.warnings):
                print(warning, file=sys.stderr)
    render = {"md": to_markdown, "html": to_html, "json": to_json}[args.format]
    sys.stdout.write(render(compared))
    return 0


def add_compare_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Register `compare` among the commands (`common`: the shared --data-dir)."""
    p = commands.add_parser(
        "compare",
        parents=[common],
        help="two sessions side by side: scores by topic, level and question",
        description="Two sessions side by side, the earlier first: overall score, answered, "
        "skipped and timed-out counts, time, the average of each topic and level, and each "
        "question asked in both with its change; questions asked in one only are listed "
        "apart. Sessions of two banks compare only the topics and questions both asked.",
    )
    p.add_argument("first", metavar="A", help="a session id (or prefix), latest or previous")
    p.add_argument("second", metavar="B", help="a session id (or prefix), latest or previous")
    p.add_argument(
        "--format",
        choices=("md", "html", "json"),
        default="md",
        help="md: Markdown (the default); html: one printable page, as the report's; "
        "json: every figure, for scripts",
    )
    p.set_defaults(handler=cmd_compare)
