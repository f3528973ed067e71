"""A question's own id from the source (an `id` column or key), kept so that answers keyed
by it grade against the imported bank."""

from __future__ import annotations

from ..errors import Problem
from .text import clean_inline
from .to_bank import ID_RULE, valid_id


def own_id(
    cell: str, line: int, source: str, seen: dict[str, int], warnings: list[Problem]
) -> str | None:
    """The question's id from an `id` column, kept so that answers keyed by it ("q1") grade
    against it; None (the question is numbered, with a warning) when the cell is empty, not an
    id (`valid_id`) or an id an earlier question holds (`seen`: id -> its line, filled here)."""
    qid = cell.strip()
    if not qid:
        return None
    why = ""
    if not valid_id(qid):
        why = f"id {clean_inline(qid)[:40]!r} may hold only {ID_RULE}"
    elif qid in seen:
        why = f"id {qid!r} is the id of the question on line {seen[qid]} too"
    if why:
        warnings.append(Problem(source, line, f"{why}; this question gets a numbered id", True))
        return None
    seen[qid] = line
    return qid
