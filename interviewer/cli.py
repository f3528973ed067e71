"""The `interviewer` command: argparse subcommands; heavy imports wait for their command."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .core.catalog import DEFAULT_BANK_ID
from .core.errors import InterviewerError
from .core.safe_text import neutralise


def _catalog(args: argparse.Namespace):
    from .core.catalog import Catalog
    from .paths import cache_dir, data_dir

    return Catalog(data_dir(args.data_dir), cache_dir(args.data_dir))


def say(text: str) -> None:
    """Print bank or user text: control characters (terminal commands) are shown, not obeyed."""
    print(neutralise(text))


# --------------------------------------------------------------------------------------------
# bank commands


def cmd_bank_list(args: argparse.Namespace) -> int:
    catalog = _catalog(args)
    banks, errors = catalog.load_all()
    if args.json:
        rows = [
            {
                "id": b.id,
                "title": b.title,
                "version": b.version,
                "questions": len(b),
                "with_reference": sum(1 for q in b if q.has_reference),
                "source": catalog.origin(b),
                "path": str(b.source),
                "skipped": sum(1 for p in b.warnings if " skipped: " in p.message),
            }
            for b in banks
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        if not banks:
            print("No banks found.")
        width = max((len(b.id) for b in banks), default=2)
        for bank in banks:
            answered = sum(1 for q in bank if q.has_reference)
            say(
                f"{bank.id:<{width}}  {catalog.origin(bank):<8}  {len(bank):>4} questions, "
                f"{answered:>4} with reference answers  {bank.title}"
            )
            for problem in bank.warnings:
                if " skipped: " in problem.message:
                    print(f"warning: {neutralise(str(problem))}", file=sys.stderr)
    for err in errors:
        print(f"warning: a bank could not be loaded:\n{err}", file=sys.stderr)
    return 0


def bank_as_json(bank) -> dict:
    """The `bank show --json` object."""
    return {
        "id": bank.id,
        "title": bank.title,
        "version": bank.version,
        "description": bank.description,
        "topics": [{"id": t.id, "title": t.title} for t in bank.topics],
        "questions": [
            {
                "id": q.id,
                "seed": q.seed,
                "aliases": list(q.aliases),
                "topic": q.topic,
                "level": q.level,
                "prompt": q.prompt,
                "hint": q.hint,
                "time_limit": q.time_limit,
                "references": list(q.reference_answers),
                "concepts": [
                    {"name": c.name, "weight": c.weight, "aliases": list(c.aliases)}
                    for c in q.concepts
                ],
            }
            for q in bank.questions
        ],
    }


def cmd_bank_show(args: argparse.Namespace) -> int:
    bank = _catalog(args).find(args.bank)
    if args.json:
        print(json.dumps(bank_as_json(bank), indent=2, ensure_ascii=False))
        return 0
    say(f"{bank.title}  [{bank.id} v{bank.version}]")
    if bank.description:
        say(bank.description)
    answered = sum(1 for q in bank if q.has_reference)
    say(f"{len(bank)} questions ({answered} with reference answers) from {bank.source}")
    for problem in bank.warnings:
        if " skipped: " in problem.message:
            say(f"warning: {problem}")
    if bank.rubric_source:
        say(f"rubric: {bank.rubric_source}")
    for topic in bank.topics or ():
        in_topic = [q for q in bank if q.topic == topic.id]
        say(f"\n{topic.title} ({len(in_topic)})")
        for q in in_topic:
            alias = f"  (also {', '.join(q.aliases)})" if q.aliases else ""
            alias += "" if q.has_reference or q.rubric else "  [self-rated: no reference]"
            say(f"  {q.id:<10} {q.level:<12} {q.prompt.splitlines()[0]}{alias}")
    untopiced = [q for q in bank if not any(q.topic == t.id for t in bank.topics)]
    if untopiced:
        say("")
        for q in untopiced:
            say(f"  {q.id:<10} {q.level:<12} {q.prompt.splitlines()[0]}")
    return 0


SHOWN_PROBLEMS = 50
"""`bank validate` lists this many problems of a file, then counts the rest."""


def cmd_bank_validate(args: argparse.Namespace) -> int:
    from .core.bank import rubric_bank_id

    catalog = _catalog(args)
    failed = 0
    for name in args.paths:
        found = catalog.validate(Path(name))
        errors = [p for p in found if not p.warning]
        warnings = [p for p in found if p.warning]
        shown = errors + warnings
        for problem in shown[:SHOWN_PROBLEMS]:
            print(neutralise(str(problem)), file=sys.stderr)
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
            tail = f", {len(warnings)} warnings" if warnings else ""
            print(
                f"{name}: ok: bank '{bank.id}' v{bank.version}, {len(bank)} questions, "
                f"{answered} with reference answers, {with_rubric} with rubrics{tail}"
            )
    return 2 if failed else 0


def cmd_bank_audit(args: argparse.Namespace) -> int:
    from collections import Counter

    from .core.bank_audit import audit

    bank = _catalog(args).find(args.bank)
    found = audit(bank)
    errors = [p for p in found if not p.warning]
    warnings = [p for p in found if p.warning]
    shown = errors + warnings
    for problem in shown[:SHOWN_PROBLEMS]:
        print(neutralise(str(problem)))
    if len(shown) > SHOWN_PROBLEMS:
        print(f"... and {len(shown) - SHOWN_PROBLEMS:,} more")
    kinds = Counter(p.kind for p in found)
    summary = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
    print(
        f"{bank.id}: {len(errors)} problem{'s' if len(errors) != 1 else ''}, "
        f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''} "
        f"in {len(bank)} questions" + (f" ({summary})" if summary else "")
    )
    return 1 if errors or (warnings and args.strict) else 0


def cmd_bank_import(args: argparse.Namespace) -> int:
    from .core.errors import BankError, Problem
    from .core.importers import check_bank_id, import_list, slugify, to_bank_yaml
    from .paths import checked_output

    source = Path(args.file)
    bank_id = check_bank_id(args.id) if args.id else slugify(source.stem)
    found = import_list(source)
    if args.dry_run:
        width = len(str(len(found.account)))
        star = {q.line for q in found.questions if q.rubric == "star"}
        for entry in found.account:
            note = entry.note
            if entry.kind == "question" and entry.line in star:
                note += "  [graded by STAR structure]"
            print(f"{entry.line:>{width}}  {entry.kind:<8}  {note}")
        print(f"{source}: {found.summary()}")
        return 0
    text = to_bank_yaml(found, bank_id, args.title)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    if args.output:
        output = checked_output(args.output, "-o", source=source)
    else:
        output = _new_user_bank(args, bank_id)
    if output.exists() and not args.force:
        why = "already exists; add --force to overwrite it"
        if not args.output:
            why = (
                f"you already have a bank '{bank_id}'; add --force to replace it, "
                "or --id to name this one"
            )
        raise BankError(Problem(str(output), None, why))
    if not args.output:
        output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output}: {found.summary()}", file=sys.stderr)
    if not args.output:
        start = f"interviewer start --bank {bank_id} --mode practice"
        print(f"Added bank '{bank_id}' to your banks. Practise it: {start}")
    return 0


def _new_user_bank(args: argparse.Namespace, bank_id: str) -> Path:
    """Where `bank import` puts a bank when no -o is given: the data dir's banks folder, under
    its id, which no bundled bank may already hold."""
    from .core.errors import BankError, Problem
    from .paths import data_dir, user_banks_dir

    catalog = _catalog(args)
    for entry in catalog.entries():
        if entry.origin == "bundled" and entry.path.stem == bank_id:
            why = f"a bundled bank is called '{bank_id}'; choose another id with --id"
            raise BankError(Problem(str(args.file), None, why))
    return user_banks_dir(data_dir(args.data_dir)) / f"{bank_id}.yaml"


# --------------------------------------------------------------------------------------------
# grading


def cmd_grade(args: argparse.Namespace) -> int:
    from .core.batch import default_jobs, run_batch

    return run_batch(
        catalog=_catalog(args),
        bank_name=args.bank,
        input_path=args.input,
        output_path=args.output,
        jobs=args.jobs if args.jobs > 0 else default_jobs(),
    )


# --------------------------------------------------------------------------------------------
# the app, sessions and history


def cmd_app(args: argparse.Namespace) -> int:
    from .tui.collector import paused_until_painted

    with paused_until_painted():
        from .tui.launch import run_app

        return run_app(args)


def cmd_start(args: argparse.Namespace) -> int:
    from .tui.collector import paused_until_painted

    with paused_until_painted():
        from .tui.launch import run_start

        return run_start(args)


def cmd_resume(args: argparse.Namespace) -> int:
    from .tui.collector import paused_until_painted

    with paused_until_painted():
        from .tui.launch import run_resume

        return run_resume(args)


def cmd_history(args: argparse.Namespace) -> int:
    from .report_cli import cmd_history as history

    return history(args)


def cmd_report(args: argparse.Namespace) -> int:
    from .report_cli import cmd_report as report

    return report(args)


def cmd_regrade(args: argparse.Namespace) -> int:
    from .report_cli import cmd_regrade as regrade

    return regrade(args)


def cmd_appeals(args: argparse.Namespace) -> int:
    from .report_cli import cmd_appeals as appeals

    return appeals(args)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (exposed for tests and docs)."""
    parser = argparse.ArgumentParser(
        prog="interviewer",
        description="Timed mock interviews in the terminal, graded offline and explained.",
    )
    parser.add_argument("--version", action="version", version=f"interviewer {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where history, your own banks and exports live "
        "(default: $INTERVIEWER_DATA_DIR, else the platform's user data dir)",
    )
    parser.set_defaults(handler=cmd_app)
    # Every command also accepts --data-dir after its name; SUPPRESS keeps the top-level value
    # when the command's own is not given.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    bank = commands.add_parser(
        "bank", parents=[common], help="list, show, validate, audit and import question banks"
    )
    bank_commands = bank.add_subparsers(title="bank commands", metavar="ACTION", required=True)
    p = bank_commands.add_parser("list", parents=[common], help="the banks you can use")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_bank_list)
    p = bank_commands.add_parser("show", parents=[common], help="a bank's questions")
    p.add_argument("bank", metavar="BANK", help="a bank id or the path of a bank file")
    p.add_argument("--json", action="store_true", help="print the whole bank as JSON")
    p.set_defaults(handler=cmd_bank_show)
    p = bank_commands.add_parser(
        "validate",
        parents=[common],
        help="check bank files; every problem as path:line",
    )
    p.add_argument("paths", metavar="PATH", nargs="+", help="bank files to check")
    p.add_argument("--strict", action="store_true", help="fail on warnings too")
    p.set_defaults(handler=cmd_bank_validate)
    p = bank_commands.add_parser(
        "audit",
        parents=[common],
        help="lint a bank's rubric and self-check it with the grader; path:line",
    )
    p.add_argument("bank", metavar="BANK", help="a bank id or the path of a bank file")
    p.add_argument("--strict", action="store_true", help="fail on warnings too")
    p.set_defaults(handler=cmd_bank_audit)
    p = bank_commands.add_parser(
        "import",
        parents=[common],
        help="turn a question list (Markdown, text, CSV/TSV, JSON Lines) into a bank",
    )
    p.add_argument("file", metavar="FILE", help="a .md/.txt, .csv/.tsv or .jsonl question list")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT.yaml",
        help="write here; '-' for stdout (default: your banks, <data dir>/banks/<id>.yaml)",
    )
    p.add_argument("--id", help="the new bank's id (default: from the file name)")
    p.add_argument("--title", help="the new bank's title (default: the file's first line)")
    p.add_argument("--force", action="store_true", help="overwrite an existing bank file")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="print what became of every source line, and a summary; write nothing",
    )
    p.set_defaults(handler=cmd_bank_import)

    p = commands.add_parser(
        "grade",
        parents=[common],
        help="grade answers in batch (JSON Lines or CSV)",
        description="Grade many answers at once. Each input line is "
        '{"question_id": ..., "answer": ...} (graded against the bank) or '
        '{"question": ..., "reference" | "references": ..., "answer": ..., "keywords": [...]}. '
        "A file ending in .csv is read as CSV: its first line names the columns, any of "
        "question_id, answer, question, reference, references, keywords (answer is required); "
        "several references are separated by '|', several keywords by ';' (or either cell "
        "holds a JSON list). An empty answer is graded (it scores 0, flagged empty). "
        "One JSON line is written per input line, in order (CSV when OUTPUT ends in .csv).",
    )
    p.add_argument("input", metavar="INPUT", nargs="?", default="-", help="file or - for stdin")
    p.add_argument(
        "--bank", default=DEFAULT_BANK_ID, help="bank for question_id lines (default: genai)"
    )
    p.add_argument("-o", "--output", metavar="OUTPUT", help="file (default: stdout)")
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="grade in N processes (0: one per core; default 1); output order is kept",
    )
    p.set_defaults(handler=cmd_grade)

    p = commands.add_parser(
        "start", parents=[common], help="start a timed mock interview right away"
    )
    p.add_argument("--bank", default=DEFAULT_BANK_ID, help="bank id or file (default: genai)")
    p.add_argument(
        "--mode",
        choices=("interview", "practice"),
        default="interview",
        help="interview: feedback at the end; practice: feedback after each answer",
    )
    p.add_argument("--count", type=int, default=10, metavar="N", help="questions (default 10)")
    p.add_argument("--topic", action="append", default=[], metavar="T", help="limit to a topic")
    p.add_argument(
        "--level",
        choices=("beginner", "intermediate", "expert"),
        help="only questions of this level (default: every level, easiest first)",
    )
    p.add_argument("--seed", type=int, help="seed for a reproducible session")
    p.add_argument("--adaptive", action="store_true", help="move up or down with your answers")
    p.add_argument(
        "--review", action="store_true", help="revisit the questions most worth practising"
    )
    timing = p.add_mutually_exclusive_group()
    timing.add_argument(
        "--time-limit", type=int, metavar="SECONDS", help="one time limit for every question"
    )
    timing.add_argument("--untimed", action="store_true", help="no countdown")
    p.set_defaults(handler=cmd_start)

    p = commands.add_parser(
        "resume",
        parents=[common],
        help="continue an unfinished session (the latest, or the one named)",
    )
    p.add_argument(
        "session", nargs="?", metavar="SESSION_ID", help="which one (default: the latest)"
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("--list", action="store_true", help="list the unfinished sessions")
    which.add_argument(
        "--close",
        action="store_true",
        help="close SESSION_ID for good instead, keeping its answers (it is no longer offered)",
    )
    p.set_defaults(handler=cmd_resume)

    p = commands.add_parser("history", parents=[common], help="past sessions, newest first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--bank", help="only this bank's sessions")
    p.set_defaults(handler=cmd_history)

    p = commands.add_parser(
        "report", parents=[common], help="a session's report as Markdown, HTML or JSON"
    )
    p.add_argument(
        "session", nargs="?", default="latest", metavar="SESSION_ID|latest", help="default latest"
    )
    p.add_argument("--format", choices=("md", "html", "json"), default="md")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    p.set_defaults(handler=cmd_report)

    p = commands.add_parser(
        "regrade", parents=[common], help="re-score stored answers with the current grader"
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("session", nargs="?", metavar="SESSION_ID", help="one session")
    which.add_argument("--all", action="store_true", help="every session")
    p.set_defaults(handler=cmd_regrade)

    p = commands.add_parser(
        "appeals",
        parents=[common],
        help="grades you disagreed with: calibration data for the grader",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_appeals)

    return parser


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `interviewer` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code = args.handler(args)
    except InterviewerError as err:
        from .core.safe_text import neutralise

        message = neutralise(str(err))
        print(message if "\n" in message else f"interviewer: {message}", file=sys.stderr)
        code = err.exit_code
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = 0
    sys.exit(code or 0)
