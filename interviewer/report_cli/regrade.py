"""The `regrade` command: stored answers re-scored with the current grader."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import BankError, StoreDamaged, StoreError, UsageError
from ..paths import cache_dir, command_prefix, data_dir
from .history_file import (
    history_file,
    no_answers,
    no_sessions,
    open_history,
    session_named,
)

if TYPE_CHECKING:
    from ..core.bank import Bank
    from ..core.grading import Grader
    from ..core.store import Store, StoredSession


def _score_text(score: float | None, band: str | None) -> str:
    from ..core.report import format_score

    return f"{format_score(score)} {band or 'ungraded'}"


def cmd_regrade(args: argparse.Namespace) -> int:
    """Re-score stored answers with the current grader and rubric; earlier grades are kept."""
    from ..core.catalog import Catalog
    from ..core.grading import GRADER_VERSION, grader_for
    from ..core.report import format_when

    if not args.session and not args.all:
        raise UsageError(
            f"name a session to re-grade (see `{command_prefix(args.data_dir)} history`), "
            "or use --all"
        )
    path = history_file(args)
    if path is None:
        print(no_sessions(args), file=sys.stderr if args.session else sys.stdout)
        return 1 if args.session else 0
    base = data_dir(args.data_dir)
    banks: dict[tuple[str, Path | None], Bank | BankError] = {}
    changed = unchanged = left = regraded_sessions = 0
    failed = False
    unreadable: list[tuple[str, StoreDamaged]] = []
    unsaved: list[tuple[str, StoreDamaged]] = []
    with open_history(path) as store:
        if args.all:
            sessions = list(reversed(store.list_sessions()))
        else:
            found = session_named(store, args.session, "Re-grading", command_prefix(args.data_dir))
            if found is None:
                print(no_answers(args, store), file=sys.stderr)
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
            try:
                counts = _regrade_answers(store, session, bank, grader, unsaved)
            except StoreDamaged as err:
                # the sessions before (and after) this one are re-graded all the same: say
                # which could not be read, and why, under the summary (play50)
                print(f"  cannot be read ({err.reason or 'damaged'}); left as it is")
                unreadable.append((session.id[:8], err))
                continue
            if counts is None:
                continue
            regraded_sessions += 1
            changed, unchanged, left = changed + counts[0], unchanged + counts[1], left + counts[2]
    plural = "s" if regraded_sessions != 1 else ""
    print(
        f"\nRe-graded {regraded_sessions} session{plural} with grader {GRADER_VERSION}: "
        f"{changed} changed, {unchanged} unchanged, {left} left as they were. "
        f"Earlier scores are kept and shown in `{command_prefix(args.data_dir)} report`."
    )
    for damaged, what, verb in (
        (unreadable, "session", "could not be read"),
        (unsaved, "session", "could not be saved"),
    ):
        if damaged:
            many = len(damaged) != 1
            print(
                f"{len(damaged)} {what}{'s' if many else ''} {verb}, left as "
                f"{'they were' if many else 'it was'}: "
                + ", ".join(f"{name} ({err.reason or 'damaged'})" for name, err in damaged)
            )
    if unreadable or unsaved:
        # what to do about the damaged file: the message every other command gives
        print(f"interviewer: {(unreadable or unsaved)[0][1]}", file=sys.stderr)
        return StoreDamaged.exit_code
    return 1 if failed else 0


def _regrade_answers(
    store: Store,
    session: StoredSession,
    bank: Bank,
    grader: Grader,
    unsaved: list[tuple[str, StoreDamaged]],
) -> tuple[int, int, int] | None:
    """Re-grade one session's answers, a line each; (changed, unchanged, left as they were).
    The new grades are saved in one transaction: should a save fail, none of the session's
    is, and nothing is counted: None when a damaged page next to an answer's row stopped
    it (the session is added to `unsaved`); any other failure is raised.

    Raises:
        StoreDamaged: the history cannot read the session's answers.
        StoreError: the new grades cannot be saved (nothing of the session was).
    """
    from ..core.grading import GRADER_VERSION
    from ..core.report.regrade import regrade_reason
    from ..core.store import NewGrade

    changed = unchanged = left = 0
    lines: list[str] = []
    new_grades: list[NewGrade] = []
    answers = store.answers(session.id)
    for answer in answers:
        label = f"  {answer.position:>2}. {answer.question_id:<12}"
        if answer.skipped:
            lines.append(f"{label} skipped; left as it is")
            left += 1
            continue
        if answer.damaged_text:
            lines.append(f"{label} its stored text is damaged; left as it is")
            left += 1
            continue
        if answer.question_id not in bank:
            lines.append(f"{label} no longer in the bank; left as it is")
            left += 1
            continue
        question = bank.get(answer.question_id)
        if question.self_rated:
            lines.append(f"{label} self-rated (no reference answer); left as it is")
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
            lines.append(f"{label} {before} (unchanged)")
            unchanged += 1
            continue
        new_grades.append(NewGrade(answer.id, grade.score, grade.band, new, GRADER_VERSION))
        if answer.score == grade.score and answer.band == grade.band:
            lines.append(f"{label} {before} (same score; details updated)")
            unchanged += 1
        else:
            delta = grade.score - (answer.score or 0.0)
            shown = f"{delta:+.1f}" if abs(delta) < 0.5 else f"{delta:+.0f}"
            why = regrade_reason(session, answer, bank, question, new, GRADER_VERSION)
            lines.append(f"{label} {before} -> {after} ({shown}; {why})")
            changed += 1
    try:
        if new_grades:
            store.update_grades(new_grades)
    except StoreError as err:
        # one transaction: the session is as it was, none of its answers half re-graded
        many = len(new_grades) != 1
        why = f" ({err.reason or 'damaged'})" if isinstance(err, StoreDamaged) else ""
        print(
            f"  {len(new_grades)} new grade{'s' if many else ''} cannot be saved{why}; "
            "the session is left as it was"
        )
        if not isinstance(err, StoreDamaged):
            raise  # the disk is full, or the file locked: the next session would fail alike
        unsaved.append((session.id[:8], err))
        return None
    for line in lines:
        print(line)
    return changed, unchanged, left
