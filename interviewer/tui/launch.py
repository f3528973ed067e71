"""Builds the app from command-line options: opens the store, finds the bank, plans the start."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..bank_cli import say
from ..core.catalog import Catalog
from ..core.errors import StoreDamaged, UsageError
from ..core.preferences import preferences_path
from ..core.store import MEMORY, Store, StoredSession, unknown_session
from ..paths import cache_dir, command_prefix, data_dir, database_path


def _open(args: argparse.Namespace) -> tuple[Catalog, Store]:
    base = data_dir(getattr(args, "data_dir", None))
    catalog = Catalog(base, cache_dir(getattr(args, "data_dir", None)))
    return catalog, Store.open(database_path(base))


def _install_paste_filter() -> None:
    """Pastes lose their escape sequences before Textual reads them (`paste_input`). The filter
    subclasses a private Textual parser: a Textual without it reads pastes its own way, and the
    app still starts (the answer box then cleans what it stores, `safe_text.answer_text`)."""
    try:
        from . import paste_input

        paste_input.install()
    except (ImportError, AttributeError):
        return


def _run(app_kwargs: dict[str, Any], store: Store, base_args: argparse.Namespace) -> int:
    from .app import InterviewApp
    from .collector import painted
    from .crash import REPORTS

    _install_paste_filter()
    base = data_dir(getattr(base_args, "data_dir", None))
    app = InterviewApp(
        store=store,
        export_dir=base / "exports",
        preferences_path=preferences_path(base),
        after_first_paint=painted,
        command=command_prefix(getattr(base_args, "data_dir", None)),
        crash_dir=base / REPORTS,
        **app_kwargs,
    )
    try:
        app.run()
    finally:
        store.close()
        app.store.close()  # a fresh history, when the damaged one was set aside
    if app.return_code:
        return app.return_code
    return 0


def _recover(err: StoreDamaged, app_kwargs: dict[str, Any], args: argparse.Namespace) -> int:
    """The history file was refused as damaged: the app opens on the screen that offers to set
    it aside and start a fresh one (over a stand-in in memory), then goes on as asked."""
    where = getattr(args, "data_dir", None)
    catalog = Catalog(data_dir(where), cache_dir(where))
    return _run({"catalog": catalog, **app_kwargs, "damaged": err}, Store.open(MEMORY), args)


def run_app(args: argparse.Namespace) -> int:
    """`interviewer`: the home screen; or, when the history file is refused as damaged, the
    screen that offers to set it aside and start a fresh one."""
    try:
        catalog, store = _open(args)
    except StoreDamaged as err:
        return _recover(err, {}, args)
    return _run({"catalog": catalog}, store, args)


def run_start(args: argparse.Namespace) -> int:
    """`interviewer start ...`: straight into a new session."""
    from ..core.session import SessionConfig, SessionPlan, clamp_notice, unfinished_notice

    catalog = Catalog(data_dir(args.data_dir), cache_dir(args.data_dir))
    bank = catalog.find(args.bank)
    for problem in bank.skipped:
        say(problem, file=sys.stderr)  # a bank's text: its control characters are shown
    config = SessionConfig(
        bank_id=bank.id,
        mode=args.mode,
        count=args.count,
        topics=tuple(args.topic),
        seed=args.seed,
        adaptive=args.adaptive,
        time_limit=args.time_limit,
        untimed=args.untimed,
        review=args.review,
        level=args.level,
    )
    # Plan before anything opens: an unknown topic or an empty level fails here (exit 2), as
    # `--bank nosuch` does.
    planned = SessionPlan(bank, config).total
    try:
        _, store = _open(args)
    except StoreDamaged as err:  # the session starts once a fresh history has
        return _recover(err, {"start": (bank, config)}, args)
    if config.review:
        from ..core.clock import SystemClock
        from ..core.review import next_due, review_queue, review_schedule, review_unavailable

        chosen = review_queue(store, bank, SystemClock().now(), config.count)
        if not chosen:
            print(review_unavailable(next_due(review_schedule(store, bank))), file=sys.stderr)
            store.close()
            return 1
        config = SessionConfig(**{**config.to_dict(), "question_ids": tuple(chosen), "topics": ()})
        planned = len(chosen)
    if not _terminal(sys.stderr):
        # said for a log or a script; on a terminal the app says both itself (a notice and
        # the question screen's line), and a line printed before it opened showed again
        # under "Session saved." once it closed, as if said then (play61)
        notice = clamp_notice(config.count, planned, review=config.review)
        if notice:
            print(f"interviewer: {notice}", file=sys.stderr)
        waiting = unfinished_notice(store, command=command_prefix(getattr(args, "data_dir", None)))
        if waiting:
            print(f"interviewer: {waiting}", file=sys.stderr)
    return _run({"catalog": catalog, "start": (bank, config)}, store, args)


def _terminal(stream: Any) -> bool:
    """Whether `stream` is the terminal the app will open on."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or closed
        return False


def run_resume(args: argparse.Namespace) -> int:
    """`interviewer resume [ID] [--list | --close]`: continue an unfinished session at its next
    question (the latest by default), list them, or close one."""
    from ..core.report import format_when
    from ..core.session import session_progress

    try:
        catalog, store = _open(args)
    except StoreDamaged as err:
        if args.list or args.close:
            raise  # no screen here: the message names the file and the way out
        # the unfinished sessions are in the damaged file (kept): a fresh history has none
        return _recover(err, {}, args)
    try:
        if args.list or args.close:
            return _list_or_close(args, store, catalog)
        if args.session:
            session = store.get_session(args.session)
            if session is None:
                raise UsageError(
                    f"{unknown_session(args.session)}; "
                    f"`{command_prefix(args.data_dir)} resume --list` lists the unfinished ones"
                )
            if session.finished:
                raise UsageError(
                    f"session {session.id[:8]} is finished; "
                    f"`{command_prefix(args.data_dir)} report {session.id[:8]}` shows it"
                )
        else:
            waiting = store.unfinished_sessions()
            if not waiting:
                print(
                    "No unfinished session. Start one with "
                    f"`{command_prefix(args.data_dir)} start`.",
                    file=sys.stderr,
                )
                return 1
            session = waiting[0]
            if len(waiting) > 1:
                others = ", ".join(
                    f"{s.id[:8]} ({session_progress(s)}, {format_when(s.started_at)})"
                    for s in waiting[1:]
                )
                print(
                    f"interviewer: resuming {session.id[:8]}; also unfinished: {others}",
                    file=sys.stderr,
                )
    except BaseException:
        store.close()
        raise
    return _run({"catalog": catalog, "resume": session}, store, args)


def _score_closed(catalog: Catalog, store: Store, closed: StoredSession) -> str:
    """Grade the answers a closed session left ungraded (an interview grades at its end), so
    its report and history show a score for the answered part; what to add to the message."""
    from ..core.errors import BankError
    from ..core.grading import grader_for
    from ..core.interview import grade_ungraded
    from ..core.report import format_score

    if not any(a.score is None and not a.skipped for a in store.answers(closed.id)):
        return ""
    try:
        bank = catalog.find_session_bank(closed.bank_id, closed.bank_path)
    except BankError:
        return "; not scored: its bank cannot be loaded"
    grade_ungraded(store, closed.id, bank, grader_for(bank, catalog.fit_cache_dir))
    scored = store.get_session(closed.id)
    if scored is None or scored.mean_score is None:
        return "; not scored"
    return f"; scored {format_score(scored.mean_score)} on the answered part"


def _list_or_close(args: argparse.Namespace, store: Store, catalog: Catalog) -> int:
    from ..core.report import format_duration, format_when
    from ..core.safe_text import screen_text
    from ..core.session import session_progress
    from ..core.session.pending import ratings_waiting
    from ..text_table import table

    try:
        if args.close:
            if not args.session:
                raise UsageError(
                    "name the session to close: "
                    f"`{command_prefix(args.data_dir)} resume --close ID`"
                )
            closed = store.close_session(args.session)
            scored = _score_closed(catalog, store, closed)
            print(
                f"Closed session {closed.id[:8]} ({session_progress(closed)}{scored}); "
                f"`{command_prefix(args.data_dir)} report {closed.id[:8]}` shows it."
            )
            return 0
        waiting = store.unfinished_sessions()
        if not waiting:
            print("No unfinished session.")
            return 0
        to_rate = ratings_waiting(store, catalog, waiting)
        rows = [
            [
                s.id[:8],
                format_when(s.started_at),
                screen_text(s.bank_id),
                s.mode,
                session_progress(s) + (f", {to_rate[s.id]} to rate" if to_rate.get(s.id) else ""),
                format_duration(s),
            ]
            for s in waiting
        ]
        headers = ["ID", "DATE", "BANK", "MODE", "PROGRESS", "TIME"]
        print("\n".join(table(headers, rows, right={5})))
        command = command_prefix(getattr(args, "data_dir", None))
        print(f"\nContinue one with `{command} resume ID`; close one with --close ID.")
        return 0
    finally:
        store.close()
