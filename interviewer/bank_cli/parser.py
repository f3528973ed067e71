"""The `bank` command's arguments: its actions (list, show, validate, audit, import), each
with its options and handler, added to the `interviewer` parser."""

from __future__ import annotations

import argparse

from .checks import cmd_bank_audit, cmd_bank_validate
from .importing import cmd_bank_import
from .listing import cmd_bank_list, cmd_bank_show


def add_bank_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """`interviewer bank ACTION`: one subcommand of `commands` (taking `common`'s options, as
    every command does) with an action parser each."""
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
    p.add_argument(
        "--all", action="store_true", help="print every finding (default: the first 50, counted)"
    )
    p.add_argument(
        "--kind",
        action="append",
        metavar="KIND",
        help="only findings of this kind (the [kind] each line ends with; repeat for several): "
        "the summary and the exit status count those only",
    )
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
    p.add_argument(
        "--title",
        help="the new bank's title (default: the file's first line, or its name when that "
        "line is a question)",
    )
    p.add_argument(
        "--origin",
        metavar="WHERE",
        help="where the list came from (a link, with its commit or date), kept in the bank",
    )
    p.add_argument(
        "--licence",
        "--license",
        dest="licence",
        metavar="NAME",
        help="the list's licence (MIT, CC BY 4.0, unknown ...), kept in the bank",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing bank file")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="print what became of every source line, and a summary; write nothing",
    )
    p.set_defaults(handler=cmd_bank_import)
