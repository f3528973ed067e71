"""Builds the app from command-line options: opens the store, finds the bank, plans the start."""

from __future__ import annotations

import argparse
import sys

from ..core.catalog import Catalog
from ..core.errors import InterviewerError
from ..core.preferences import preferences_path
from ..core.store import Store
from ..paths import data_dir, database_path


def _open(args: argparse.Namespace) -> tuple[Catalog, Store]:
    base = data_dir(getattr(args, "data_dir", None))
    return Catalog(base), Store.open(database_path(base))


def _run(app_kwargs: dict, store: Store, base_args: argparse.Namespace) -> int:
    from .app import InterviewApp

    base = data_dir(getattr(base_args, "data_dir", None))
    app = InterviewApp(
        store=store,
        export_dir=base / "exports",
        preferences_path=preferences_path(base),
        **app_kwargs,
    )
    try:
        app.run()
    finally:
        store.close()
    if app.return_code:
        return app.return_code
    return 0


def run_app(args: argparse.Namespace) -> int:
    """`interviewer`: the home screen."""
    catalog, store = _open(args)
    return _run({"catalog": catalog}, store, args)


def run_start(args: argparse.Namespace) -> int:
    """`interviewer start ...`: straight into a new session."""
    from ..core.session import SessionConfig

    catalog = Catalog(data_dir(args.data_dir))
    bank = catalog.find(args.bank)
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
    if not config.review:
        from ..core.session import SessionPlan

        SessionPlan(bank, config)  # an unknown topic or an empty level fails here, not in the app
    _, store = _open(args)
    if config.review:
        from ..core.clock import SystemClock
        from ..core.review import next_due, review_queue, review_schedule
        from .app import review_unavailable

        chosen = review_queue(store, bank, SystemClock().now(), config.count)
        if not chosen:
            print(review_unavailable(next_due(review_schedule(store, bank))), file=sys.stderr)
            store.close()
            return 1
        config = SessionConfig(**{**config.to_dict(), "question_ids": tuple(chosen), "topics": ()})
    return _run({"catalog": catalog, "start": (bank, config)}, store, args)


def run_resume(args: argparse.Namespace) -> int:
    """`interviewer resume`: the last unfinished session, at its next question."""
    catalog, store = _open(args)
    try:
        session = store.latest_unfinished()
    except InterviewerError:
        store.close()
        raise
    if session is None:
        store.close()
        print("No unfinished session. Start one with `interviewer start`.", file=sys.stderr)
        return 1
    return _run({"catalog": catalog, "resume": session}, store, args)
