"""The `interviewer` command: argparse subcommands; heavy imports wait for their command (the
`bank` commands are in bank_cli/, `history`, `report`, `regrade` and `appeals` in report_cli/,
`compare` in compare_cli.py)."""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import shlex
import sys
from collections.abc import Sequence

from . import __version__
from .bank_cli import add_bank_parser, open_catalog
from .compare_cli import add_compare_parser
from .core.catalog import DEFAULT_BANK_ID
from .core.errors import InterviewerError
from .core.safe_text import screen_text

# --------------------------------------------------------------------------------------------
# grading


def cmd_grade(args: argparse.Namespace) -> int:
    from .core.batch import default_jobs, run_batch
    from .core.errors import UsageError
    from .paths import command_prefix

    if args.student is not None and args.summary is None:
        # play64: a teacher's --student alone changed nothing and said nothing
        raise UsageError("--student names the student column of --summary: give --summary FILE")
    return run_batch(
        catalog=open_catalog(args),
        bank_name=list(dict.fromkeys(args.bank or [DEFAULT_BANK_ID])),
        input_path=args.input,
        output_path=args.output,
        jobs=args.jobs if args.jobs > 0 else default_jobs(),
        command=command_prefix(args.data_dir),
        summary_path=args.summary,
        student_column=args.student,
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


def time_limit_seconds(text: str) -> int:
    """`--time-limit`: whole seconds, within the bounds a bank's `time_limit` must keep."""
    from .core.bank_file import MAX_TIME_LIMIT, MIN_TIME_LIMIT

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number of seconds: {text!r}") from None
    if not MIN_TIME_LIMIT <= value <= MAX_TIME_LIMIT:
        raise argparse.ArgumentTypeError(
            f"must be between {MIN_TIME_LIMIT} and {MAX_TIME_LIMIT:,} seconds, as a bank's "
            f"time_limit (got {value})"
        )
    return value


def _describe_commands(parser: argparse.ArgumentParser) -> None:
    """Every command's `--help` opens with a description: its one-line help, when it has no
    longer one of its own."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help for choice in action._choices_actions}
        for name, command in action.choices.items():
            if command.description is None and helps.get(name):
                text = str(helps[name])
                command.description = text[:1].upper() + text[1:] + "."
            _describe_commands(command)


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """A parser's commands by name (none when it has no subcommands)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def bank_action_hint(parser: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """What to run when the command given is a bank action (`interviewer import list.md`,
    play50: argparse answered "invalid choice: 'import'" and listed the commands, not
    `bank import`); None otherwise."""
    words = list(argv)
    while words and words[0].startswith("-"):
        option = words.pop(0)
        if option == "--data-dir" and words:
            words.pop(0)
    commands = _commands(parser)
    if not words or words[0] in commands or "bank" not in commands:
        return None
    if words[0] not in _commands(commands["bank"]):
        return None
    return f"'{words[0]}' is a bank command: interviewer bank {shlex.join(words)}"


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

    add_bank_parser(commands, common)

    p = commands.add_parser(
        "grade",
        parents=[common],
        help="grade answers in batch (JSON Lines, CSV or TSV)",
        description="Grade many answers at once. Each input line is "
        '{"question_id": ..., "answer": ...} (graded against the bank) or '
        '{"question": ..., "reference" | "references": ..., "answer": ..., "keywords": [...]}; '
        "a line with a question but no question_id or reference is graded against the "
        "--bank question whose prompt (or id) it is. "
        "A file ending in .csv is read as CSV (cells separated by ',' or, as some "
        "spreadsheets save it, ';'), one ending in .tsv as tab-separated (and any other file, "
        "or stdin, whose first line is such a header naming an answer column), UTF-8 or UTF-16 "
        "with a byte-order mark: its first line names the columns, any of "
        "question_id, answer, question, reference, references, keywords (answer is required); "
        "several references are separated by '|', several keywords by ';' (or either cell "
        "holds a JSON list). An empty answer is graded (it scores 0, flagged empty). "
        "Any other column or JSON key (student, id, ...) is passed through to the output, "
        "right after line, in input order (as input_NAME when an output field has the name); "
        "a line's question text, when it gives one, comes out last, as question. "
        "One JSON line is written per input line, in order (CSV when OUTPUT ends in .csv); "
        "a line that cannot be graded gets an error of its own and the rest go on. Exit "
        "status: 0 when every line was graded, 1 when any line has an error (every other line "
        "is still written), 2 when the input, OUTPUT or the bank cannot be used.",
    )
    p.add_argument("input", metavar="INPUT", nargs="?", default="-", help="file or - for stdin")
    p.add_argument(
        "--bank",
        action="append",
        metavar="BANK",
        help="bank for question_id lines (default: genai); give it again for a class answering"
        " questions of several banks: each line is graded against the first that holds its"
        " question (by id or by text)",
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
    p.add_argument(
        "--summary",
        metavar="FILE",
        help="also write what a teacher reads of the run: each question's mean and bands"
        " (hardest first), each student's total, the lines not graded and why, the time taken"
        " (Markdown; JSON when FILE ends in .json; a gradebook's CSV of the students alone"
        " when it ends in .csv)",
    )
    p.add_argument(
        "--student",
        metavar="COLUMN",
        help="the column naming the student, for --summary (default: the first of student,"
        " student_id, name, email, ... the input has)",
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
        "--time-limit",
        type=time_limit_seconds,
        metavar="SECONDS",
        help="one time limit for every question (5 to 86,400)",
    )
    timing.add_argument(
        "--untimed",
        action="store_true",
        help="no countdown; the clock pauses itself after 5 minutes without a key",
    )
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
    p.add_argument(
        "--format",
        choices=("md", "html", "json"),
        default="md",
        help="md: Markdown (the default); html: one self-contained page; json: every field, "
        "for scripts (see docs/report-format.md)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    p.set_defaults(handler=cmd_report)

    add_compare_parser(commands, common)

    p = commands.add_parser(
        "regrade", parents=[common], help="re-score stored answers with the current grader"
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "session", nargs="?", metavar="SESSION_ID|latest", help="one session (latest: as report)"
    )
    which.add_argument("--all", action="store_true", help="every session")
    p.set_defaults(handler=cmd_regrade)

    p = commands.add_parser(
        "appeals",
        parents=[common],
        help="grades you disagreed with: calibration data for the grader",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_appeals)

    _describe_commands(parser)
    return parser


OUTPUT_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
"""The errors of a write that cannot go on (a full disk, a quota, a file too large, a failing
device): `main` says them in one line."""


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `interviewer` console script."""
    parser = build_parser()
    hint = bank_action_hint(parser, sys.argv[1:] if argv is None else argv)
    if hint is not None:
        parser.exit(2, f"interviewer: {screen_text(hint)}\n")
    args = parser.parse_args(argv)
    try:
        code = args.handler(args)
        sys.stdout.flush()  # a full output fails here, not in the interpreter's exit (code 120)
    except InterviewerError as err:
        message = screen_text(str(err))
        print(message if "\n" in message else f"interviewer: {message}", file=sys.stderr)
        code = err.exit_code
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = 0
    except OSError as err:
        if err.errno not in OUTPUT_FULL:
            raise
        # the standard output is a full disk or a failing device (`report > /dev/full`): said
        # in one line, not a traceback (robust68); what was written before it is all there is
        said = (
            f"interviewer: cannot write the output: {err.strerror or err}; nothing more was written"
        )
        with contextlib.suppress(OSError):
            print(said, file=sys.stderr)
        with contextlib.suppress(OSError, ValueError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the interpreter's exit flushes it
        code = 1
    sys.exit(code or 0)
