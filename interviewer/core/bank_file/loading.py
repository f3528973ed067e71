"""Loading a bank file and finding and applying its rubric: the API behind `load_bank`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from ...paths import is_file
from ..bank import Bank
from ..errors import BankError, Problem
from .banks import parse_bank
from .reader import Reader
from .rubrics import apply_rubric


def rubric_candidates(bank_path: Path, bank_id: str, hint: str | None) -> list[Path]:
    """Where a bank's rubric may live, in order of preference."""
    candidates = []
    if hint:
        try:
            candidates.append((bank_path.parent / hint).resolve())
        except (OSError, RuntimeError, ValueError):
            candidates.append(bank_path.parent / hint)
    candidates.append(bank_path.with_name(f"{bank_path.stem}.rubric.yaml"))
    candidates.append(bank_path.parent.parent / "rubrics" / f"{bank_id}.yaml")
    return candidates


def load_bank_file(
    path: Path | str,
    rubric_path: Path | str | None = None,
    *,
    extra_rubric_dirs: Iterable[Path] = (),
    skip_invalid: bool = False,
    looked_at: list[Path] | None = None,
) -> Bank:
    """The implementation of `bank.load_bank` (see there). `looked_at`, when given, receives
    every rubric location tried, in order, up to the one used (for `bank_cache`)."""
    path = Path(path)
    reader = Reader(path)
    draft = parse_bank(path, reader, skip_invalid)
    bank = draft.bank
    if bank is None or reader.errors:
        problems = sorted(reader.errors, key=lambda p: p.line or 0)
        raise BankError(problems or [Problem(str(path), None, "not a valid bank")])

    if rubric_path is not None:
        chosen: Path | None = Path(rubric_path)
    else:
        chosen = None
        candidates = rubric_candidates(path, bank.id, draft.rubric_hint)
        candidates += [Path(d) / f"{bank.id}.yaml" for d in extra_rubric_dirs]
        for candidate in candidates:
            if looked_at is not None:
                looked_at.append(candidate)
            if is_file(candidate):
                chosen = candidate
                break
        if chosen is None and draft.rubric_hint:
            shown = draft.rubric_hint[:80] + ("..." if len(draft.rubric_hint) > 80 else "")
            reader.problems.append(
                Problem(str(path), draft.rubric_line, f"rubric file '{shown}' not found")
            )
    if chosen is not None:
        rubric_reader = Reader(chosen)
        rubric_reader.skipped = reader.skipped
        bank = apply_rubric(chosen, bank, rubric_reader)
        reader.problems.extend(rubric_reader.problems)
    ordered = sorted(reader.problems, key=lambda p: (p.path != str(path), p.line or 0))
    if any(not p.warning for p in ordered):
        raise BankError([p for p in ordered if not p.warning])
    if not bank.questions:
        raise BankError(Problem(str(path), None, "no usable question left (see the warnings)"))
    return replace(bank, warnings=tuple(ordered), _index={})
