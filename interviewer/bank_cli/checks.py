"""`bank validate` and `bank audit`: a bank file's problems, and its rubric linted and
self-checked with the grader, each as path:line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .catalog import open_catalog, say

if TYPE_CHECKING:
    from ..core.bank import Question

SHOWN_PROBLEMS = 50
"""`bank validate` lists this many problems of a file, then counts the rest."""


def cmd_bank_validate(args: argparse.Namespace) -> int:
    from ..core.bank import rubric_bank_id

    catalog = open_catalog(args)
    failed = 0
    for name in args.paths:
        found = catalog.validate(Path(name))
        errors = [p for p in found if not p.warning]
        warnings = [p for p in found if p.warning]
        shown = errors + warnings
        for problem in shown[:SHOWN_PROBLEMS]:
            say(problem, file=sys.stderr)
        if len(shown) > SHOWN_PROBLEMS:
            print(f"... and {len(shown) - SHOWN_PROBLEMS:,} more", file=sys.stderr)
        if errors or (warnings and args.strict):
            failed += 1
            count = len(errors)
            print(
                f"{name}: {count} problem{'s' if count != 1 else ''}, "
                f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}",
                file=sys.stderr,
            )
        elif rubric_bank_id(Path(name)) is not None:
            print(f"{name}: ok: rubric for bank '{rubric_bank_id(Path(name))}'")
        else:
            bank = catalog.load_path(Path(name))
            with_rubric = sum(1 for q in bank if q.concepts or q.rubric)
            answered = sum(1 for q in bank if q.has_reference)
            tail = (
                f", {len(warnings)} warning{'s' if len(warnings) != 1 else ''}" if warnings else ""
            )
            print(
                f"{name}: ok: bank '{bank.id}' v{bank.version}, {len(bank)} questions, "
                f"{answered} with reference answers, {with_rubric} with rubrics{tail}"
            )
            stories = graded_as_stories(bank)
            if stories:
                print(f"{name}: {stories}")
    return 2 if failed else 0


def cmd_bank_audit(args: argparse.Namespace) -> int:
    from collections import Counter

    from ..core.bank_audit import KINDS, ON_REQUEST, audit
    from ..core.errors import UsageError
    from ..core.grading import grader_for

    kinds_asked = list(dict.fromkeys(args.kind or []))
    unknown = [kind for kind in kinds_asked if kind not in KINDS]
    if unknown:
        raise UsageError(audit_kind_unknown(unknown[0], KINDS))
    catalog = open_catalog(args)
    bank = catalog.find(args.bank)
    everything = audit(bank, grader_for(bank, catalog.fit_cache_dir))
    if kinds_asked:
        found = [p for p in everything if p.kind in kinds_asked]
    else:
        found = [p for p in everything if p.kind not in ON_REQUEST]
    errors = [p for p in found if not p.warning]
    warnings = [p for p in found if p.warning]
    shown = errors + warnings
    most = len(shown) if args.all else SHOWN_PROBLEMS
    for problem in shown[:most]:
        say(problem)
    if len(shown) > most:
        print(f"... and {len(shown) - most:,} more (--all prints every one)")
    kinds = Counter(p.kind for p in found)
    summary = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
    only = f" of kind {', '.join(kinds_asked)}" if kinds_asked else ""
    print(
        f"{bank.id}: {len(errors)} problem{'s' if len(errors) != 1 else ''}, "
        f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}{only} "
        f"in {len(bank)} questions" + (f" ({summary})" if summary else "")
    )
    if kinds_asked and len(found) < len(everything):
        rest = len(everything) - len(found)
        print(f"{bank.id}: {rest:,} finding{'s' if rest != 1 else ''} of other kinds not shown")
    elif not kinds_asked:
        for kind, count in sorted(
            Counter(p.kind for p in everything if p.kind in ON_REQUEST).items()
        ):
            print(
                f"{bank.id}: and {count:,} {kind} warning{'s' if count != 1 else ''}, a work "
                f"list for authors, not counted above: --kind {kind} lists them"
            )
    return 1 if errors or (warnings and args.strict) else 0


def audit_kind_unknown(kind: str, kinds: tuple[str, ...]) -> str:
    """`bank audit --kind claim-line`: no such kind, the close one if any, and every kind."""
    import difflib

    close = difflib.get_close_matches(kind, kinds, n=1)
    why = f"--kind: no audit finding is of kind '{kind}'"
    if close:
        why += f" (did you mean '{close[0]}'?)"
    return f"{why}; the kinds: {', '.join(kinds)}"


def graded_as_stories(questions: Iterable[Question]) -> str | None:
    """What `bank validate` says of the questions graded as stories though their bank does
    not say so (grading/story_keys.py): which, why, and how to say it or change it."""
    from ..core.grading.story_keys import graded_as_story

    ids = [q.id for q in questions if graded_as_story(q)]
    if not ids:
        return None
    many = len(ids) > 1
    keys = "their keys say" if many else "its key says"
    return (
        f"{', '.join(ids)} {'ask' if many else 'asks'} for a story and {keys} "
        "what a good answer does: graded as stories (Situation, Task, Action, Result), a told "
        "story keeping the key's score when higher. `rubric: star` on a question grades it by "
        "the story alone; a sample answer as its key grades it against that answer."
    )
