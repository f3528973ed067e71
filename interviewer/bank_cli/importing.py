"""`bank import`: a question list (Markdown, text, CSV/TSV, JSON Lines) turned into a bank,
written to the user's banks (or -o), or accounted for line by line (--dry-run)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.safe_text import screen_text
from .catalog import open_catalog, say

if TYPE_CHECKING:
    from ..core.importers import ImportedList


ANNOUNCED_QUESTIONS = 2000
"""`bank import` says it is checking a list of this many questions (it takes a few seconds)."""


def cmd_bank_import(args: argparse.Namespace) -> int:
    from ..core.errors import BankError, Problem
    from ..core.importers import check_bank_id, import_list, slugify, to_bank_yaml
    from ..paths import checked_output

    source = Path(args.file)
    bank_id = check_bank_id(args.id) if args.id else slugify(source.stem)
    found = import_list(source)
    if args.dry_run:
        _print_account(found, source)
        return 0
    for problem in found.warnings:
        say(problem, file=sys.stderr)
    text = to_bank_yaml(found, bank_id, args.title, origin=args.origin, licence=args.licence)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    replaced: str | None = None
    if args.output:
        output = checked_output(args.output, "-o", source=source)
    else:
        output, replaced = _new_user_bank(args, bank_id)
    if output.exists() and not args.force:
        why = "already exists; add --force to overwrite it"
        if not args.output:
            why = (
                f"you already have a bank '{bank_id}'; add --force to replace it, "
                "or --id to name this one"
            )
        raise BankError(Problem(str(output), None, why))
    try:
        if not args.output:
            output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as err:
        where = "choose another path with -o" if args.output else "use --data-dir DIR or -o FILE"
        why = f"cannot write the bank ({err.strerror or err}); {where}"
        raise BankError(Problem(str(output), None, why)) from None
    say(f"wrote {output}: {found.summary()}", file=sys.stderr)
    if replaced is not None:
        say(f"replaced {replaced}", file=sys.stderr)
    if not args.output:
        # Load it now, while the import is awaited anyway: the parsed bank goes into the
        # cache, so the first `bank list` or `start` does not parse it in silence (a list of
        # 37,000 questions took a minute).
        if len(found.questions) >= ANNOUNCED_QUESTIONS:
            print(f"checking {len(found.questions):,} questions ...", file=sys.stderr)
        bank = open_catalog(args).load_path(output)
        for problem in bank.skipped:
            say(f"warning: {problem}", file=sys.stderr)
        from ..paths import command_prefix

        start = f"{command_prefix(args.data_dir)} start --bank {bank_id} --mode practice"
        print(f"Added bank '{bank_id}' to your banks. Practise it: {start}")
        graded = [not question.self_rated for question in bank]
        if any(graded):
            # an answer key's other use: a class's written answers graded against it
            ids = _id_runs([question.id for question in bank], graded)
            others = graded.count(False)
            if others:
                ids += f"; the {others} other{'s' * (others > 1)} ha{'ve' if others > 1 else 's'} "
                ids += "no reference answer"
            print(
                f"Grade written answers against it: {command_prefix(args.data_dir)} grade "
                f"--bank {bank_id} answers.csv -o graded.csv (columns question_id and answer, "
                f"ids {ids}; or a question column holding each question's text)"
            )
    return 0


def _id_runs(ids: list[str], kept: list[bool], most: int = 3) -> str:
    """The ids `kept` marks, as runs in bank order ('my-001 ... my-002, my-006'): 'a ... b'
    is every id from a to b, and none between them is left out. Past `most` runs, the rest
    is counted."""
    runs: list[list[str]] = []
    for position, (question_id, keep) in enumerate(zip(ids, kept, strict=True)):
        if keep:
            if position and kept[position - 1]:
                runs[-1].append(question_id)
            else:
                runs.append([question_id])
    shown = [run[0] if len(run) == 1 else f"{run[0]} ... {run[-1]}" for run in runs[:most]]
    rest = sum(len(run) for run in runs[most:])
    return ", ".join(shown) + (f" and {rest} more" if rest else "")


def _print_account(found: ImportedList, source: Path) -> None:
    """What `bank import --dry-run` prints: what became of each line, then the warnings and
    the summary that counts them (warnings printed first would scroll away above the
    account); a list that would be refused is refused here too (BankError)."""
    import shutil
    import textwrap

    from ..core.errors import BankError, Problem

    width = len(str(len(found.account)))
    star = {q.line for q in found.questions if q.rubric == "star"}
    # a note longer than the terminal is wrapped under itself, never cut (play23 F14: a
    # prompt shown without its final "?" looked cut off in the import)
    indent = " " * (width + 12)
    columns = max(40, shutil.get_terminal_size().columns - 1)
    for entry in found.account:
        note = entry.note
        if entry.kind == "question" and entry.line in star:
            note += "  [graded by STAR structure]"
        first = f"{entry.line:>{width}}  {entry.kind:<8}  "
        lines = textwrap.wrap(
            screen_text(note), columns, initial_indent=first, subsequent_indent=indent
        )
        print("\n".join(lines) if lines else first.rstrip())
    sys.stdout.flush()
    for problem in found.warnings:
        say(problem, file=sys.stderr)
    say(f"{source}: {found.summary()}")
    if found.refusal:
        raise BankError(Problem(str(source), None, found.refusal))


def _new_user_bank(args: argparse.Namespace, bank_id: str) -> tuple[Path, str | None]:
    """Where `bank import` puts a bank when no -o is given, and what it replaces there (said
    to the user after writing), None for nothing: the data dir's banks folder, under its id,
    which no bundled bank may already hold.

    A user bank already holding the id, by its file's name (`mine.yml`) or by its `id:` (a
    bank in `other.yaml` with `id: mine`), is never shadowed in silence by a new `mine.yaml`:
    the import is refused unless --force, which then rewrites that bank's own file.
    """
    from ..core.errors import BankError, Problem
    from ..paths import data_dir, user_banks_dir

    catalog = open_catalog(args)
    holders: list[tuple[Path, int | None]] = []
    for entry in catalog.entries():
        if entry.origin == "bundled":
            if entry.path.stem == bank_id:
                why = f"a bundled bank is called '{bank_id}'; choose another id with --id"
                raise BankError(Problem(str(args.file), None, why))
            continue
        try:
            bank = catalog.load_path(entry.path)
        except BankError:
            if entry.path.stem == bank_id:
                holders.append((entry.path, None))
            continue
        if bank.id == bank_id or entry.path.stem == bank_id:
            holders.append((entry.path, len(bank)))
    default = user_banks_dir(data_dir(args.data_dir)) / f"{bank_id}.yaml"
    if not holders:
        return default, None
    files = ", ".join(screen_text(path.name) for path, _ in holders)
    if not args.force:
        why = (
            f"you already have a bank '{bank_id}' ({files}); add --force to replace it, "
            "or --id to name this one"
        )
        raise BankError(Problem(str(args.file), None, why))
    if len(holders) > 1:
        why = (
            f"{len(holders)} of your bank files hold a bank '{bank_id}' ({files}); "
            "choose another id with --id, or remove all but one of them"
        )
        raise BankError(Problem(str(args.file), None, why))
    path, count = holders[0]
    held = "a bank that did not load" if count is None else f"{count} question"
    if count is not None and count != 1:
        held += "s"
    return path, f"your bank '{bank_id}' in {screen_text(str(path))} (it held {held})"
