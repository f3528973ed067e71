"""The `interviewer` command: argparse subcommands; heavy imports wait for their command."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .core.errors import InterviewerError


def _catalog(args: argparse.Namespace):
    from .core.catalog import Catalog
    from .paths import data_dir

    return Catalog(data_dir(args.data_dir))


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
                "path": str(b.source),
            }
            for b in banks
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        if not banks:
            print("No banks found.")
        width = max((len(b.id) for b in banks), default=2)
        for bank in banks:
            levels = ", ".join(
                f"{sum(q.level == lv for q in bank)} {lv}"
                for lv in ("beginner", "intermediate", "expert")
            )
            print(f"{bank.id:<{width}}  {bank.title}  ({len(bank)} questions: {levels})")
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
    print(f"{bank.title}  [{bank.id} v{bank.version}]")
    if bank.description:
        print(bank.description)
    print(f"{len(bank)} questions from {bank.source}")
    if bank.rubric_source:
        print(f"rubric: {bank.rubric_source}")
    for topic in bank.topics or ():
        in_topic = [q for q in bank if q.topic == topic.id]
        print(f"\n{topic.title} ({len(in_topic)})")
        for q in in_topic:
            alias = f"  (also {', '.join(q.aliases)})" if q.aliases else ""
            print(f"  {q.id:<10} {q.level:<12} {q.prompt}{alias}")
    untopiced = [q for q in bank if not any(q.topic == t.id for t in bank.topics)]
    if untopiced:
        print()
        for q in untopiced:
            print(f"  {q.id:<10} {q.level:<12} {q.prompt}")
    return 0


def cmd_bank_validate(args: argparse.Namespace) -> int:
    from .core.bank import rubric_bank_id

    catalog = _catalog(args)
    failed = 0
    for name in args.paths:
        problems = catalog.validate(Path(name))
        if problems:
            failed += 1
            for problem in problems:
                print(problem, file=sys.stderr)
            count = len(problems)
            print(f"{name}: {count} problem{'s' if count != 1 else ''}", file=sys.stderr)
        elif rubric_bank_id(Path(name)) is not None:
            print(f"{name}: ok: rubric for bank '{rubric_bank_id(Path(name))}'")
        else:
            bank = catalog.load_path(Path(name))
            with_rubric = sum(1 for q in bank if q.concepts)
            print(
                f"{name}: ok: bank '{bank.id}' v{bank.version}, {len(bank)} questions, "
                f"{with_rubric} with rubrics"
            )
    return 2 if failed else 0


def cmd_bank_import(args: argparse.Namespace) -> int:
    from .core.importer import import_text_file

    text = import_text_file(Path(args.file), bank_id=args.id, title=args.title)
    if args.output and args.output != "-":
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


# --------------------------------------------------------------------------------------------
# grading


def cmd_grade(args: argparse.Namespace) -> int:
    from .core.batch import run_batch

    return run_batch(
        catalog=_catalog(args),
        bank_name=args.bank,
        input_path=args.input,
        output_path=args.output,
    )


# --------------------------------------------------------------------------------------------
# the app, sessions and history


def cmd_app(args: argparse.Namespace) -> int:
    from .tui.launch import run_app

    return run_app(args)


def cmd_start(args: argparse.Namespace) -> int:
    from .tui.launch import run_start

    return run_start(args)


def cmd_resume(args: argparse.Namespace) -> int:
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
        "bank", parents=[common], help="list, show, validate and import question banks"
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
    p.set_defaults(handler=cmd_bank_validate)
    p = bank_commands.add_parser(
        "import",
        parents=[common],
        help="turn a numbered question list into a bank",
    )
    p.add_argument("file", metavar="FILE.txt", help="a text file of numbered questions")
    p.add_argument("-o", "--output", metavar="OUT.yaml", help="write here (default: stdout)")
    p.add_argument("--id", help="the new bank's id (default: from the file name)")
    p.add_argument("--title", help="the new bank's title (default: the file's first line)")
    p.set_defaults(handler=cmd_bank_import)

    p = commands.add_parser(
        "grade",
        parents=[common],
        help="grade answers in batch (JSON Lines or CSV)",
        description="Grade many answers at once. Each input line is "
        '{"question_id": ..., "answer": ...} (graded against the bank) or '
        '{"question": ..., "reference" | "references": ..., "answer": ..., "keywords": [...]}. '
        "One JSON line is written per input line, in order.",
    )
    p.add_argument("input", metavar="INPUT", nargs="?", default="-", help="file or - for stdin")
    p.add_argument("--bank", default="genai", help="bank for question_id lines (default: genai)")
    p.add_argument("-o", "--output", metavar="OUTPUT", help="file (default: stdout)")
    p.set_defaults(handler=cmd_grade)

    p = commands.add_parser(
        "start", parents=[common], help="start a timed mock interview right away"
    )
    p.add_argument("--bank", default="genai", help="bank id or file (default: genai)")
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

    p = commands.add_parser("resume", parents=[common], help="continue the last unfinished session")
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
        print(f"interviewer: {err}" if "\n" not in str(err) else str(err), file=sys.stderr)
        code = err.exit_code
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = 0
    sys.exit(code or 0)
