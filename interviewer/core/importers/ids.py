"""A question's own id from the source (an `id` column or key), kept so that answers keyed
by it grade against the imported bank."""

from __future__ import annotations

from ..errors import Problem
from .model import ImportedQuestion
from .text import clean_inline
from .to_bank import ID_RE


def own_id(
    cell: str, line: int, source: str, earlier: list[ImportedQuestion], warnings: list[Problem]
) -> str | None:
    """The question's id from an `id` column, kept so that answers keyed by it ("q1") grade
    against it; None (the question is numbered, with a warning) when the cell is empty, not an
    id (letters, digits, - _ ., at most 64) or an id an earlier question holds."""
    qid = cell.strip()
    if not qid:
        return None
    why = ""
    if not ID_RE.match(qid) or len(qid) > 64:
        why = f"id {clean_inline(qid)[:40]!r} may hold only letters, digits, - _ . (at most 64)"
    else:
        first = next((q.line for q in earlier if q.qid == qid), None)
        if first is not None:
            why = f"id {qid!r} is the id of the question on line {first} too"
    if why:
        warnings.append(Problem(source, line, f"{why}; this question gets a numbered id", True))
        return None
    return qid
