"""The `history` command: past sessions, newest first, with the trend of their scores."""

from __future__ import annotations

import argparse
from contextlib import suppress
from typing import TYPE_CHECKING

from ..core.errors import BankError
from ..core.safe_text import json_text
from ..paths import cache_dir, command_prefix, data_dir
from ..text_table import table
from .history_file import (
    history_file,
    no_sessions,
    open_history,
)

if TYPE_CHECKING:
    from ..core.store import Store, StoredSession


def cmd_history(args: argparse.Namespace) -> int:
    """Past sessions, newest first, as a table or (`--json`) as `history_json` gives them."""
    from ..core.report import (
        format_duration,
        format_when,
        levels_so_far,
        score_trend,
        session_level,
        session_score_cell,
        trend_text,
    )
    from ..core.session import answer_counts, session_status
    from ..core.store import history_json

    path = history_file(args)
    if path is None:
        print("[]" if args.json else no_sessions(args))
        return 0
    with open_history(path, to_read=True) as store:
        _settle_waiting(args, store)
        sessions = store.list_sessions()
        if args.bank:
            sessions = _of_bank(args, sessions)
        if args.json:
            print(json_text(history_json(store, sessions), indent=2))
            return 0
        so_far = levels_so_far(store, sessions)
        to_rate = _ratings_waiting(args, store, sessions)
    if not sessions:
        print(f"No sessions of bank '{args.bank}' yet." if args.bank else no_sessions(args))
        return 0
    # 80 columns hold a row: the headers and the skip word are the History screen's, and LEVEL
    # (only ever set for an adaptive session) is left out when none is; every row took two
    # lines of an 80-column terminal, `QUESTIONS` and `DURATION` wider than their cells (play48)
    adaptive = any(s.config.adaptive for s in sessions)
    rows = []
    for s in sessions:
        mode = ", ".join(
            [s.mode, *(name for name, on in (("adaptive", s.config.adaptive),
                                            ("review", s.config.review)) if on)]
        )  # fmt: skip
        rows.append(
            [
                s.id[:8],
                format_when(s.started_at),
                s.bank_id,
                mode,
                answer_counts(s, skipped="skip"),
                session_score_cell(s),
                *([session_level(s, so_far.get(s.id))] if adaptive else []),
                format_duration(s),
                session_status(s) + (f", {to_rate[s.id]} to rate" if to_rate.get(s.id) else ""),
            ]
        )
    # "unfinished" has a column of its own: in TIME (DURATION) it pushed the times out of line
    headers = ["ID", "DATE", "BANK", "MODE", "QS", "SCORE", *(["LEVEL"] if adaptive else [])]
    headers += ["TIME", "STATUS"]
    print("\n".join(table(headers, rows, right={4, 5, len(headers) - 2})))
    # the trend of one bank and one kind of session, as the history screen shows it (play28)
    chosen = sessions[0].bank_id if args.bank else None  # `--bank` may name a file
    print("\n" + trend_text(score_trend(sessions, chosen), chosen, bank_cells=40))
    print(f"\nOpen one with `{command_prefix(args.data_dir)} report ID --format md|html|json`.")
    return 0


def _ratings_waiting(
    args: argparse.Namespace, store: Store, sessions: list[StoredSession]
) -> dict[str, int]:
    """Answers of unfinished sessions waiting for their self-rating, by session id: STATUS
    said `unfinished` of a session with every question answered and one rating to give."""
    if all(s.finished for s in sessions):
        return {}  # no bank is loaded for a history of finished sessions
    from ..core.catalog import Catalog
    from ..core.session.pending import ratings_waiting

    catalog = Catalog(data_dir(args.data_dir), cache_dir(args.data_dir))
    return ratings_waiting(store, catalog, sessions)


def _settle_waiting(args: argparse.Namespace, store: Store) -> None:
    """Grade and store the answers that sessions killed while grading left ungraded, so that
    the history gives them the score their report gives (play29 F18; `settle`)."""
    from ..core.catalog import Catalog
    from ..core.report import sessions_waiting

    catalog = Catalog(data_dir(args.data_dir), cache_dir(args.data_dir))
    waiting = sessions_waiting(store, catalog)
    if waiting:  # rare (a crash while grading): only then is the grader loaded
        from ..core.grading import grader_for
        from ..core.interview.settle import settle

        for session, bank in waiting:
            settle(store, session.id, bank, grader_for(bank, catalog.fit_cache_dir))


def _of_bank(args: argparse.Namespace, sessions: list[StoredSession]) -> list[StoredSession]:
    """The sessions of the bank `--bank` names: by id, or by the file a session recorded when
    it names a file (`start --bank banks/x.yaml`), with the sessions recorded before files
    were kept that have the id the file holds."""
    from ..core.catalog import Catalog, bank_file_named

    named = bank_file_named(args.bank)
    if named is None:
        return [s for s in sessions if s.bank_id == args.bank]
    file = named.resolve()
    bank_id = None
    if any(s.bank_path is None for s in sessions):
        catalog = Catalog(data_dir(args.data_dir), cache_dir(args.data_dir))
        # the file gone or broken, the sessions that recorded it still match
        with suppress(BankError):
            bank_id = catalog.find(args.bank).id
    return [
        s
        for s in sessions
        if (s.bank_path is not None and s.bank_path.resolve() == file)
        or (s.bank_path is None and s.bank_id == bank_id)
    ]
