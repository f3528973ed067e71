"""How a session compares with the same bank's earlier sessions, overall and by topic, and the
trend of a bank's scores: both over finished sessions only (see `counts_as_earlier`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..session import SessionKind
from ..store import Store, StoredSession, mean_score
from .model import Comparison, GroupScore, TopicChange

SAME_MARGIN = 2.0
"""A change in average smaller than this many points counts as `same`."""


def rounded_mean(values: Iterable[float | None]) -> float | None:
    """The mean of the values that are not None, as `mean_score` gives it (one decimal,
    halves up); None when there are none."""
    return mean_score(v for v in values if v is not None)


def counts_as_earlier(finished: bool) -> bool:
    """Whether a session counts in a later report's comparison and in the history's trend:
    only a finished (or closed) one. A session left after one answer of six would pull the
    average with a score of one question (play23 F9)."""
    return finished


@dataclass(frozen=True)
class ScoreTrend:
    """The session scores of one bank and one kind of session over time, the one trend the
    history screen and `history` show: the sessions a report's "Against earlier" compares
    (same bank, same kind, finished; play26 F12: the trend mixed practice sessions with
    interviews; play28 minor 6: a 2-question review with a 9-question practice session)."""

    bank_id: str | None
    """The bank the scores are of; None when no finished session has a score."""
    scores: tuple[float, ...]
    """The scores of the bank's finished sessions of `kind`, oldest first."""
    mode: str | None = None
    """`interview` or `practice`: the mode of the sessions counted."""
    kind: SessionKind | None = None
    """The kind of the sessions counted (mode, review, adaptive, level)."""

    @property
    def latest(self) -> float | None:
        """The newest session's score."""
        return self.scores[-1] if self.scores else None

    @property
    def earlier_average(self) -> float | None:
        """The average of the sessions before the newest, as a report's "Against earlier"
        takes it (unrounded); None with fewer than two sessions."""
        earlier = self.scores[:-1]
        return sum(earlier) / len(earlier) if earlier else None

    @property
    def best(self) -> float | None:
        """The highest score of them all."""
        return max(self.scores) if self.scores else None


def score_trend(
    sessions: Sequence[StoredSession],
    bank_id: str | None = None,
    mode: str | None = None,
    kind: SessionKind | None = None,
) -> ScoreTrend:
    """The trend of `bank_id`'s scores in sessions of one kind (`SessionKind`: of `mode`, or
    `kind`, when given). With the bank or the kind left open, of the bank and kind of the
    newest finished session with a score whose bank and kind have two or more (a trend):
    neither an unfinished session nor a one-off session of another bank or kind started
    since hides it (play24 D7); with no such pair, of the newest finished session's.
    `sessions` are newest first, as `Store.list_sessions` gives them."""
    counted = [
        (s, SessionKind.of(s.config))
        for s in sessions
        if counts_as_earlier(s.finished)
        and s.mean_score is not None
        and bank_id in (None, s.bank_id)
        and mode in (None, s.mode)
    ]
    counted = [(s, k) for s, k in counted if kind in (None, k)]
    if counted:
        per_pair = Counter((s.bank_id, k) for s, k in counted)
        bank_id, kind = next(
            ((s.bank_id, k) for s, k in counted if per_pair[(s.bank_id, k)] > 1),
            (counted[0][0].bank_id, counted[0][1]),
        )
    scores = tuple(
        score
        for s, k in reversed(counted)
        if (s.bank_id, k) == (bank_id, kind) and (score := s.mean_score) is not None
    )
    if not scores:
        return ScoreTrend(None, (), None, None)
    assert kind is not None
    return ScoreTrend(bank_id, scores, kind.mode, kind)


def trend_text(trend: ScoreTrend, chosen: str | None, bank_cells: int = 24) -> str:
    """The line of the trend, as the history screen and `history` say it: which bank and
    kind of session it is of, the newest score against the average of those before it (as
    the report's "Against earlier" compares them) and the best (`Trend of genai interviews, 5
    finished: latest 5, earlier average 41, best 90`), or why there is none, so that it never
    goes with no word (play24 D7, play26 F12, play28 minor 6).

    Args:
        chosen: the bank the listing is filtered to, if any.
        bank_cells: the bank id is cut to this many characters.
    """
    from .formatting import format_score

    scores = trend.scores
    kind = trend.kind or SessionKind(trend.mode or "interview")
    if len(scores) > 1 and trend.latest is not None and trend.best is not None:
        bank = trend.bank_id or ""
        if len(bank) > bank_cells:
            bank = bank[: bank_cells - 1] + "…"
        return (
            f"Trend of {bank} {kind.plural()}, {len(scores)} finished: "
            f"latest {format_score(trend.latest)}, "
            f"earlier average {format_score(trend.earlier_average)}, "
            f"best {format_score(trend.best)}"
        )
    if chosen is None:
        return "No trend yet: it needs 2 finished sessions of one bank and kind."
    if not scores:
        return "No trend yet: this bank has no finished session with a score."
    single = kind.plural().removesuffix("s")
    return f"No trend yet: this bank has 1 finished {single} with a score."


def _direction(change: float | None) -> str:
    if change is None:
        return "new"
    if change >= SAME_MARGIN:
        return "better"
    if change <= -SAME_MARGIN:
        return "worse"
    return "same"


def compare_with_earlier(
    store: Store, session: StoredSession, topics: Sequence[GroupScore], score: float | None
) -> Comparison | None:
    """This session (its `topics` and `score`) against the bank's finished sessions started
    before it; None when this session or none of them has a score."""
    if score is None:
        return None
    per_session: dict[str, list[tuple[str, float]]] = {}
    kind = SessionKind.of(session.config)
    kinds: dict[str, bool] = {}
    answered_before: dict[str, bool] = {}  # topic -> some earlier point was not a skip
    for past_id, topic_id, past_score, skipped, finished, config in store.earlier_results(
        session.bank_id, session
    ):
        if not counts_as_earlier(finished):
            continue
        if past_id not in kinds:  # one kind only, as the history's trend (play28 minor 6)
            kinds[past_id] = config is not None and SessionKind.of(config) == kind
        if not kinds[past_id]:
            continue
        points = past_score if past_score is not None else (0.0 if skipped else None)
        graded = per_session.setdefault(past_id, [])  # newest session first, as given
        if points is not None:
            graded.append((topic_id, float(points)))
            answered_before[topic_id] = answered_before.get(topic_id, False) or not skipped
    scores: list[float] = []
    by_topic: dict[str, list[float]] = {}
    for graded in per_session.values():
        if not graded:
            continue
        session_score = mean_score(p for _, p in graded)
        assert session_score is not None
        scores.append(session_score)
        for topic_id, p in graded:
            by_topic.setdefault(topic_id, []).append(p)
    if not scores:
        return None
    previous_average = rounded_mean(scores)
    # from the unrounded average, once: every output shows this figure (play25 E1)
    change = round(score - sum(scores) / len(scores), 1)
    rows = []
    for topic in topics:
        previous = rounded_mean(by_topic.get(topic.id, ()))
        topic_change = (
            round(topic.average - previous, 1)
            if previous is not None and topic.average is not None
            else None
        )
        rows.append(
            TopicChange(
                id=topic.id,
                title=topic.title,
                previous=previous,
                current=topic.average,
                change=topic_change,
                direction=_direction(topic_change),
                previous_skipped=answered_before.get(topic.id) is False,
            )
        )
    return Comparison(
        previous_sessions=len(scores),
        previous_average=previous_average,
        last_score=scores[0],
        change=change,
        direction=_direction(change) if change is not None else "same",
        topics=tuple(rows),
    )
