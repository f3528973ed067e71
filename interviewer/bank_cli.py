"""The `bank` commands (list, show, validate, audit, import): banks read from a terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .core.safe_text import json_text, screen_text

if TYPE_CHECKING:
    from .core.bank import Bank
    from .core.catalog import Catalog
    from .core.importers import ImportedList


def open_catalog(args: argparse.Namespace) -> Catalog:
    """The banks the command sees: bundled, and the data dir's (--data-dir or the default)."""
    from .core.catalog import Catalog
    from .paths import cache_dir, data_dir

    return Catalog(data_dir(args.data_dir), cache_dir(args.data_dir))


def say(text: object, *, file: TextIO | None = None) -> None:
    """Print bank or user text (to stdout, or `file`): control characters (terminal commands)
    are shown, not obeyed."""
    print(screen_text(str(text)), file=file)


ANNOUNCED_QUESTIONS = 2000
"""`bank import` says it is checking a list of this many questions (it takes a few seconds)."""


def cmd_bank_list(args: argparse.Namespace) -> int:
    catalog = open_catalog(args)
    if sys.stderr.isatty() and catalog.load_all_cached() is None:
        print("reading banks added or changed since the last run ...", file=sys.stderr)
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
                "skipped": len(b.skipped),
            }
            for b in banks
        ]
        print(json_text(rows, indent=2))
    else:
        from .text_table import table

        if not banks:
            print("No banks found.")
        counts = [(len(b), sum(1 for q in b if q.has_reference)) for b in banks]
        digits = max((len(str(n)) for pair in counts for n in pair), default=1)
        listed = []
        for bank, (questions, answered) in zip(banks, counts, strict=True):
            listed.append(
                [
                    screen_text(bank.id),
                    catalog.origin(bank),
                    f"{questions:>{digits}} question{'s' if questions != 1 else ''},",
                    f"{answered:>{digits}} with reference answer{'s' if answered != 1 else ''}",
                    screen_text(bank.title),
                ]
            )
            for problem in bank.skipped:
                say(f"warning: {problem}", file=sys.stderr)
        for line in table(None, listed):
            print(line)
    for err in errors:
        say(f"warning: a bank could not be loaded:\n{err}", file=sys.stderr)
    _warn_shared_ids(catalog, banks)
    return 0


def _warn_shared_ids(catalog: Catalog, banks: list[Bank]) -> None:
    """Warn of banks sharing an id (a `mine.yml` or a copy with `id: mine` put beside an
    imported `mine.yaml`): only one of them opens by that id, the others were silently out of
    reach; the warning names the one that opens and the files to give ids of their own."""
    from .core.catalog import sharing_id
    from .core.errors import BankError

    warned: set[str] = set()
    for bank in banks:
        others = sharing_id(bank, banks)
        if bank.id in warned or not others:
            continue
        warned.add(bank.id)
        try:
            opened = catalog.find(bank.id).source
        except BankError:
            continue
        sharing = [bank, *others]
        names = [b.source.name for b in sharing if b.source != opened and b.source is not None]
        name = opened.name if opened is not None else bank.id
        say(
            f"warning: {len(sharing)} banks have the id '{bank.id}': --bank {bank.id} opens "
            f"{name}; to open {', '.join(names)}, give "
            f"{'it' if len(names) == 1 else 'each'} an id of its own (its `id:` line)",
            file=sys.stderr,
        )


def bank_as_json(bank: Bank) -> dict[str, Any]:
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
    bank = open_catalog(args).find(args.bank)
    if args.json:
        print(json_text(bank_as_json(bank), indent=2))
        return 0
    say(f"{bank.title}  [{bank.id} v{bank.version}]")
    if bank.description:
        say(bank.description)
    answered = sum(1 for q in bank if q.has_reference)
    say(f"{len(bank)} questions ({answered} with reference answers) from {bank.source}")
    for problem in bank.skipped:
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
    return 2 if failed else 0


def cmd_bank_audit(args: argparse.Namespace) -> int:
    from collections import Counter

    from .core.bank_audit import KINDS, ON_REQUEST, audit
    from .core.errors import UsageError
    from .core.grading import grader_for

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


def cmd_bank_import(args: argparse.Namespace) -> int:
    from .core.errors import BankError, Problem
    from .core.importers import check_bank_id, import_list, slugify, to_bank_yaml
    from .paths import checked_output

    source = Path(args.file)
    bank_id = check_bank_id(args.id) if args.id else slugify(source.stem)
    found = import_list(source)
    if args.dry_run:
        _print_account(found, source)
        return 0
    for problem in found.warnings:
        say(problem, file=sys.stderr)
    text = to_bank_yaml(found, bank_id, args.title)
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
        from .paths import command_prefix

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

    from .core.errors import BankError, Problem

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
    from .core.errors import BankError, Problem
    from .paths import data_dir, user_banks_dir

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
