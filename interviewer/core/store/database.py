"""The `Store`: the history database, made of one part per kind of row."""

from __future__ import annotations

from .answers import AnswerQueries
from .appeals import AppealQueries
from .drafts import DraftQueries
from .sessions import SessionQueries


class Store(SessionQueries, AnswerQueries, AppealQueries, DraftQueries):
    """The history database. Open it with `Store.open(path)`; every write is one transaction,
    committed before the method returns. Safe to share between the UI and a worker thread.
    """
