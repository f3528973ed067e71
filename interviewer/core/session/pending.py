"""Answers saved but waiting for their self-rating, counted for the listings of sessions
(`resume --list`, `history`): a session with every question answered but one rating to give
is not done, and the listing says what it waits for (ux37)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import InterviewerError
from .progress import ratings_pending

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ..store import Store, StoredSession


def ratings_waiting(
    store: Store, catalog: Catalog, sessions: Sequence[StoredSession]
) -> dict[str, int]:
    """Answers of the unfinished `sessions` saved but not rated yet, by session id
    (`ratings_pending`); a session whose bank cannot be loaded counts none, and a finished
    one is not looked at."""
    unfinished = [s for s in sessions if not s.finished]
    if not unfinished:
        return {}
    answers = store.answers_of_sessions([s.id for s in unfinished])
    pending: dict[str, int] = {}
    for session in unfinished:
        try:
            bank = catalog.find_session_bank(session.bank_id, session.bank_path)
        except InterviewerError:
            continue
        pending[session.id] = ratings_pending(answers.get(session.id, []), bank)
    return pending
