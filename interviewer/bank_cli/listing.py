"""`bank list` and `bank show`: the banks a user can open, and one bank's questions."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..core.safe_text import json_text, screen_text
from .catalog import open_catalog, say

if TYPE_CHECKING:
    from ..core.bank import Bank
    from ..core.catalog import Catalog


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
                "origin": b.origin,
                "licence": b.licence,
            }
            for b in banks
        ]
        print(json_text(rows, indent=2))
    else:
        from ..text_table import table

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
                    screen_text(bank.title + (f" ({bank.licence})" if bank.licence else "")),
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
    from ..core.catalog import sharing_id
    from ..core.errors import BankError

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
        "origin": bank.origin,
        "licence": bank.licence,
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
    if bank.origin:
        say(f"origin: {bank.origin}")
    if bank.origin or bank.licence:
        say(f"licence: {bank.licence or 'not stated (add a licence: line)'}")
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
