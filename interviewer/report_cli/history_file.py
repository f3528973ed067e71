"""Which history and which session a command reads: the data dir's history file, opened
read-only when it need only be read, and a SESSION argument (an id, a prefix, `latest`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import BankError, InterviewerError
from ..paths import cache_dir, command_prefix, data_dir, database_path

if TYPE_CHECKING:
    from ..core.bank import Bank
    from ..core.report import Report
    from ..core.store import Store, StoredSession


def no_sessions(args: argparse.Namespace) -> str:
    """There is no session: how to start one, on the same data folder."""
    return f"No sessions yet. Start one with `{command_prefix(args.data_dir)} start`."


def no_answers(args: argparse.Namespace, store: Store | None = None) -> str:
    """No session has an answer: how to start one, on the same data folder; or, when the
    `store` holds an unfinished session (begun, a draft typed perhaps, nothing submitted),
    how to go on with the latest of them (care43: `report latest` told to start one while
    `history` listed it unfinished)."""
    command = command_prefix(args.data_dir)
    unfinished = store.unfinished_sessions() if store is not None else []
    if not unfinished:
        return f"No session has an answer yet. Start one with `{command} start`."
    from ..core.report import unfinished_advice

    session = unfinished[0]
    bank, _ = bank_or_warning(args, session)
    advice = unfinished_advice(session.id, session.bank_id, command, bank_gone=bank is None)
    return (
        f"No session has an answer yet; the latest, {session.id[:8]} ({session.bank_id}), "
        f"is unfinished: {advice}."
    )


def latest_note(
    session: StoredSession,
    lead: str = "Report of",
    command: str = "interviewer",
    *,
    bank_gone: bool = False,
) -> str:
    """Which session `report latest` (or `regrade latest`, with its own `lead`) picked, and
    whether it is finished; `command` runs the program on the same data (`command_prefix`).
    `bank_gone`: its bank was looked for and cannot be loaded, so resuming needs it back
    first, as the report says (care43: the note said `resume ID continues it` all the same)."""
    from ..core.report import format_when, unfinished_advice
    from ..core.session import session_progress

    note = (
        f"{lead} the latest session with answers: {session.id[:8]}, "
        f"{session.bank_id}, started {format_when(session.started_at)}"
    )
    if session.finished:
        return note + "."
    advice = unfinished_advice(session.id, session.bank_id, command, bank_gone=bank_gone)
    return f"{note}, unfinished ({session_progress(session)}); {advice}."


def history_file(args: argparse.Namespace) -> Path | None:
    """The history database of the data dir, or None when there is none yet (nothing is
    created just to find out)."""
    path = database_path(data_dir(args.data_dir))
    return path if path.exists() else None


@contextmanager
def open_history(path: Path, *, to_read: bool = False) -> Iterator[Store]:
    """The history store; rows it had to skip (edited by hand) are reported on stderr.

    `to_read`: the command only reads, so a history in a data dir that cannot be written is
    opened read-only instead of refused.
    """
    import os

    from ..core.store import Store

    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    with Store.open(path, read_only=to_read and not writable) as store:
        try:
            yield store
        finally:
            for warning in dict.fromkeys(store.warnings):
                print(warning, file=sys.stderr)


def session_named(
    store: Store,
    name: str,
    lead: str,
    command: str = "interviewer",
    *,
    say_latest: bool = True,
) -> StoredSession | None:
    """The session a SESSION argument names: an id or id prefix, or `latest` (the latest
    session with answers, said on stderr after `lead` unless `say_latest` is False: the
    caller says it, with `latest_note`); None for `latest` when no session has an answer.
    `command` runs the program on the same data, for the commands suggested.

    Raises:
        InterviewerError: no session has this id.
    """
    if name == "latest":
        session = store.latest_with_answers()
        if session is not None and say_latest:
            print(latest_note(session, lead, command), file=sys.stderr)
        return session
    from ..core.store import unknown_session

    found = store.get_session(name)
    if found is None:
        raise InterviewerError(f"{unknown_session(name)}; `{command} history` lists them")
    return found


def bank_or_none(
    args: argparse.Namespace,
    session: StoredSession,
    shown: str = "the report shows no reference answers",
) -> Bank | None:
    """The session's bank; None (said on stderr, with what is `shown` instead) when it cannot
    be loaded."""
    bank, warning = bank_or_warning(args, session, shown)
    if warning:
        print(warning, file=sys.stderr)
    return bank


def bank_or_warning(
    args: argparse.Namespace,
    session: StoredSession,
    shown: str = "the report shows no reference answers",
) -> tuple[Bank | None, str]:
    """The session's bank and "", or None and the warning to say (with what is `shown`
    instead) when it cannot be loaded."""
    from ..core.catalog import Catalog

    catalog = Catalog(data_dir(args.data_dir), cache_dir(args.data_dir))
    try:
        return catalog.find_session_bank(session.bank_id, session.bank_path), ""
    except BankError as err:
        first = str(err).splitlines()[0]
        return None, f"warning: bank '{session.bank_id}' cannot be loaded ({first}); {shown}"


def session_report(
    args: argparse.Namespace,
    store: Store,
    session: StoredSession,
    bank: Bank | None,
    *,
    settle_grades: bool,
) -> Report:
    """The session's report. Answers saved but not graded yet (the program ended while
    grading) get the grade they will be stored with; with `settle_grades` that grade is stored,
    as the history does (`settle`), otherwise it serves this report only. With nothing waiting,
    no grader is loaded."""
    from ..core.report import build_report, waits_for_grade

    grader = None
    if bank is not None and any(waits_for_grade(a, bank) for a in store.answers(session.id)):
        from ..core.catalog import Catalog
        from ..core.grading import grader_for

        grader = grader_for(bank, Catalog(None, cache_dir(args.data_dir)).fit_cache_dir)
        if settle_grades:
            from ..core.interview.settle import settle

            settle(store, session.id, bank, grader)
    return build_report(
        store,
        session.id,
        bank,
        grader,
        command=command_prefix(args.data_dir),
        bank_gone=bank is None,
    )
