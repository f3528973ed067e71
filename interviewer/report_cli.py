"""The `history`, `report` and `regrade` commands: the stored sessions, read from a terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from .core.errors import BankError, InterviewerError, UsageError
from .core.safe_text import json_text, screen_text
from .paths import cache_dir, command_prefix, data_dir, database_path
from .text_table import table

if TYPE_CHECKING:
    from .core.bank import Bank
    from .core.store import Store, StoredSession


def no_sessions(args: argparse.Namespace) -> str:
    """There is no session: how to start one, on the same data folder."""
    return f"No sessions yet. Start one with `{command_prefix(args.data_dir)} start`."


def no_answers(args: argparse.Namespace) -> str:
    """No session has an answer: how to start one, on the same data folder."""
    return f"No session has an answer yet. Start one with `{command_prefix(args.data_dir)} start`."


def latest_note(
    session,  # noqa: ANN001 - a StoredSession
    lead: str = "Report of",
    command: str = "interviewer",
) -> str:
    """Which session `report latest` (or `regrade latest`, with its own `lead`) picked, and
    whether it is finished; `command` runs the program on the same data (`command_prefix`)."""
    from .core.report import format_when
    from .core.session import session_progress

    note = (
        f"{lead} the latest session with answers: {session.id[:8]}, "
        f"{session.bank_id}, started {format_when(session.started_at)}"
    )
    if session.finished:
        return note + "."
    return (
        note + f", unfinished ({session_progress(session)}); "
        f"`{command} resume {session.id[:8]}` continues it."
    )


def _history_file(args: argparse.Namespace) -> Path | None:
    """The history database of the data dir, or None when there is none yet (nothing is
    created just to find out)."""
    path = database_path(data_dir(args.data_dir))
    return path if path.exists() else None


@contextmanager
def _open(path: Path, *, to_read: bool = False) -> Iterator[Store]:
    """The history store; rows it had to skip (edited by hand) are reported on stderr.

    `to_read`: the command only reads, so a history in a data dir that cannot be written is
    opened read-only instead of refused.
    """
    import os

    from .core.store import Store

    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    with Store.open(path, read_only=to_read and not writable) as store:
        try:
            yield store
        finally:
            for warning in dict.fromkeys(store.warnings):
                print(warning, file=sys.stderr)


# --------------------------------------------------------------------------------------------
# history


def cmd_history(args: argparse.Namespace) -> int:
    """Past sessions, newest first, as a table or (`--json`) as `history_json` gives them."""
    from .core.report import (
        format_duration,
        format_score,
        format_when,
        levels_so_far,
        score_trend,
        session_level,
        trend_text,
    )
    from .core.session import answer_counts, session_status
    from .core.store import history_json

    path = _history_file(args)
    if path is None:
        print("[]" if args.json else no_sessions(args))
        return 0
    with _open(path, to_read=True) as store:
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
                answer_counts(s),
                format_score(s.mean_score),
                session_level(s, so_far.get(s.id)),
                format_duration(s),
                session_status(s) + (f", {to_rate[s.id]} to rate" if to_rate.get(s.id) else ""),
            ]
        )
    # "unfinished" has a column of its own: in DURATION it pushed the times out of line
    headers = ["ID", "DATE", "BANK", "MODE", "QUESTIONS", "SCORE", "LEVEL", "DURATION", "STATUS"]
    print("\n".join(table(headers, rows, right={4, 5, 7})))
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
    from .core.catalog import Catalog
    from .core.session.pending import ratings_waiting

    catalog = Catalog(data_dir(args.data_dir), cache_dir(args.data_dir))
    return ratings_waiting(store, catalog, sessions)


def _settle_waiting(args: argparse.Namespace, store: Store) -> None:
    """Grade and store the answers that sessions killed while grading left ungraded, so that
    the history gives them the score their report gives (play29 F18; `settle`)."""
    from .core.catalog import Catalog
    from .core.report import sessions_waiting

    catalog = Catalog(data_dir(args.data_dir), cache_dir(args.data_dir))
    waiting = sessions_waiting(store, catalog)
    if waiting:  # rare (a crash while grading): only then is the grader loaded
        from .core.grading import grader_for
        from .core.interview.settle import settle

        for session, bank in waiting:
            settle(store, session.id, bank, grader_for(bank, catalog.fit_cache_dir))


def _of_bank(args: argparse.Namespace, sessions: list[StoredSession]) -> list[StoredSession]:
    """The sessions of the bank `--bank` names: by id, or by the file a session recorded when
    it names a file (`start --bank banks/x.yaml`), with the sessions recorded before files
    were kept that have the id the file holds."""
    from .core.catalog import Catalog, bank_file_named

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


# --------------------------------------------------------------------------------------------
# report


def _session_named(
    store: Store, name: str, lead: str, command: str = "interviewer"
) -> StoredSession | None:
    """The session a SESSION argument names: an id or id prefix, or `latest` (the latest
    session with answers, said on stderr after `lead`); None for `latest` when no session
    has an answer. `command` runs the program on the same data, for the commands suggested.

    Raises:
        InterviewerError: no session has this id.
    """
    if name == "latest":
        session = store.latest_with_answers()
        if session is not None:
            print(latest_note(session, lead, command), file=sys.stderr)
        return session
    from .core.store import unknown_session

    found = store.get_session(name)
    if found is None:
        raise InterviewerError(f"{unknown_session(name)}; `{command} history` lists them")
    return found


def _bank_or_none(args: argparse.Namespace, session):  # noqa: ANN001 - a StoredSession
    from .core.catalog import Catalog

    catalog = Catalog(data_dir(args.data_dir), cache_dir(args.data_dir))
    try:
        return catalog.find_session_bank(session.bank_id, session.bank_path)
    except BankError as err:
        first = str(err).splitlines()[0]
        print(
            f"warning: bank '{session.bank_id}' cannot be loaded ({first}); "
            "the report shows no reference answers",
            file=sys.stderr,
        )
        return None


def cmd_report(args: argparse.Namespace) -> int:
    """Write one session's report as Markdown, HTML or JSON, to stdout or to `-o FILE`."""
    from .core.catalog import Catalog
    from .core.grading import grader_for
    from .core.interview.settle import settle
    from .core.report import build_report, to_html, to_json, to_markdown, waits_for_grade

    path = _history_file(args)
    if path is None:
        print(no_sessions(args), file=sys.stderr)
        return 1
    with _open(path, to_read=True) as store:
        session = _session_named(store, args.session, "Report of", command_prefix(args.data_dir))
        if session is None:
            print(no_answers(args), file=sys.stderr)
            return 1
        bank = _bank_or_none(args, session)
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
            store, session.id, bank, grader, command=command_prefix(args.data_dir)
        )
    render = {"md": to_markdown, "html": to_html, "json": to_json}[args.format]
    text = render(report)
    if not args.output or args.output == "-":
        sys.stdout.write(text)
        return 0
    out = Path(args.output).expanduser()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    except OSError as err:
        raise InterviewerError(
            f"{out}: cannot write the report ({err.strerror or err}); choose another path with -o"
        ) from None
    print(out)
    return 0


# --------------------------------------------------------------------------------------------
# regrade


def _score_text(score: float | None, band: str | None) -> str:
    from .core.report import format_score

    return f"{format_score(score)} {band or 'ungraded'}"


def cmd_regrade(args: argparse.Namespace) -> int:
    """Re-score stored answers with the current grader and rubric; earlier grades are kept."""
    from .core.catalog import Catalog
    from .core.grading import GRADER_VERSION, grader_for
    from .core.report import format_when
    from .core.report.regrade import regrade_reason

    if not args.session and not args.all:
        raise UsageError(
            f"name a session to re-grade (see `{command_prefix(args.data_dir)} history`), "
            "or use --all"
        )
    path = _history_file(args)
    if path is None:
        print(no_sessions(args), file=sys.stderr if args.session else sys.stdout)
        return 1 if args.session else 0
    base = data_dir(args.data_dir)
    banks: dict[tuple[str, Path | None], Bank | BankError] = {}
    changed = unchanged = left = regraded_sessions = 0
    failed = False
    with _open(path) as store:
        if args.all:
            sessions = list(reversed(store.list_sessions()))
        else:
            found = _session_named(store, args.session, "Re-grading", command_prefix(args.data_dir))
            if found is None:
                print(no_answers(args), file=sys.stderr)
                return 1
            sessions = [found]
        if not sessions:
            print(no_sessions(args))
            return 0
        # one catalog: a bank found twice (by id, and by the path a newer session keeps) is
        # the same Bank object, whose grader is fitted once
        catalog = Catalog(base, cache_dir(args.data_dir))
        for session in sessions:
            key = (session.bank_id, session.bank_path)
            if key not in banks:
                try:
                    banks[key] = catalog.find_session_bank(*key)
                except BankError as err:
                    banks[key] = err
            bank = banks[key]
            print(
                f"Session {session.id[:8]} ({session.bank_id}, {format_when(session.started_at)})"
            )
            if isinstance(bank, BankError):
                first = str(bank).splitlines()[0]
                print(f"  bank cannot be loaded ({first}); answers left as they are")
                failed = True
                continue
            grader = grader_for(bank, catalog.fit_cache_dir)
            regraded_sessions += 1
            for answer in store.answers(session.id):
                label = f"  {answer.position:>2}. {answer.question_id:<12}"
                if answer.skipped:
                    print(f"{label} skipped; left as it is")
                    left += 1
                    continue
                if answer.damaged_text:
                    print(f"{label} its stored text is damaged; left as it is")
                    left += 1
                    continue
                if answer.question_id not in bank:
                    print(f"{label} no longer in the bank; left as it is")
                    left += 1
                    continue
                question = bank.get(answer.question_id)
                if question.self_rated:
                    print(f"{label} self-rated (no reference answer); left as it is")
                    left += 1
                    continue
                grade = grader.grade(question, answer.answer, timed_out=answer.timed_out)
                new = grade.to_dict()
                before = _score_text(answer.score, answer.band)
                after = _score_text(grade.score, grade.band)
                if (
                    answer.score == grade.score
                    and answer.band == grade.band
                    and answer.grader_version == GRADER_VERSION
                    and answer.grade == new
                ):
                    print(f"{label} {before} (unchanged)")
                    unchanged += 1
                    continue
                store.update_grade(
                    answer.id,
                    score=grade.score,
                    band=grade.band,
                    grade=new,
                    grader_version=GRADER_VERSION,
                )
                if answer.score == grade.score and answer.band == grade.band:
                    print(f"{label} {before} (same score; details updated)")
                    unchanged += 1
                else:
                    delta = grade.score - (answer.score or 0.0)
                    shown = f"{delta:+.1f}" if abs(delta) < 0.5 else f"{delta:+.0f}"
                    why = regrade_reason(session, answer, bank, question, new, GRADER_VERSION)
                    print(f"{label} {before} -> {after} ({shown}; {why})")
                    changed += 1
    plural = "s" if regraded_sessions != 1 else ""
    print(
        f"\nRe-graded {regraded_sessions} session{plural} with grader {GRADER_VERSION}: "
        f"{changed} changed, {unchanged} unchanged, {left} left as they were. "
        f"Earlier scores are kept and shown in `{command_prefix(args.data_dir)} report`."
    )
    return 1 if failed else 0


# --------------------------------------------------------------------------------------------
# appeals


def cmd_appeals(args: argparse.Namespace) -> int:
    """Every appeal of a grade, as a table or (`--json`) as calibration data."""
    from .core.appeals import calibration_records
    from .core.report import format_score

    path = _history_file(args)
    records = []
    if path is not None:
        with _open(path, to_read=True) as store:
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
