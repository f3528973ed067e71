"""Topics' and levels' averages as text: the figure (`54`, `skipped`), the answers it is over,
how skips count, and the change against earlier sessions (`up 6`, `was skipped`)."""

from __future__ import annotations

from ..model import GroupScore, Report, TopicChange
from .values import format_score, shown_score

SKIPPED = "skipped"
"""What a topic or level shows where a score would be when every question of it was skipped:
a skip counts 0 in the means, but it is not a 0 the candidate earned (play50: `0 ×1`)."""


def all_skipped(group: GroupScore) -> bool:
    """Whether every question `group.average` is taken over was skipped (its average is the
    0 the skips count as)."""
    return group.skipped > 0 and group.skipped == group.averaged


def group_score_text(group: GroupScore) -> str:
    """A topic's or level's average as shown: `54`, `-` with none, `skipped` when every
    question of it was skipped."""
    return SKIPPED if all_skipped(group) else format_score(group.average)


def skipped_topics(report: Report) -> frozenset[str]:
    """The topics of the report whose every question was skipped: their `Now` reads
    `skipped` and their change against earlier sessions `skipped` (not `0` and `down 77`)."""
    return frozenset(t.id for t in report.topics if all_skipped(t))


def before_text(change: TopicChange) -> str:
    """A topic's earlier average as shown beside its change: `skipped` when every earlier
    question on it was skipped (its 0 is not one earned), else `format_score`."""
    return SKIPPED if change.previous_skipped else format_score(change.previous)


def change_label(change: TopicChange, *, skipped: bool = False) -> str:
    """A topic's change against earlier sessions: `up 6`, `down 3`, `same`, `new`. The number
    is the gap between the two averages as shown (`format_score`), so that it adds up as read
    beside them: `Before 76 | Now 67 | down 9`, not the `down 10` of the unrounded 76.2 and
    66.5 (ux41); the JSON's `change` keeps the unrounded figure. `skipped`: every question
    of the topic was skipped this time, so `skipped`, not `down 77` (play50); `was skipped`
    when every earlier one was, not `up 80`."""
    if skipped:
        return SKIPPED
    if change.previous_skipped:
        return "was skipped"
    if change.change is None or change.direction in ("new", "same"):
        return change.direction
    if change.previous is None or change.current is None:
        return change.direction
    gap = int(shown_score(change.current) - shown_score(change.previous))
    if gap == 0:
        return "same"
    return f"{'up' if gap > 0 else 'down'} {abs(gap)}"


def skip_note(skipped: int, *, of_all: bool = False) -> str:
    """How the level and topic means treat skips, the same words on every screen and export:
    `1 skipped, as 0` (some of the group skipped), `as 0` (every one: the figure already says
    `skipped`); empty with none skipped."""
    if not skipped:
        return ""
    return "as 0" if of_all else f"{skipped} skipped, as 0"


def answers_text(group: GroupScore) -> str:
    """The answers a topic's or level's average is over: `2`, `2 (+1 self-rated)`, `2 (1
    skipped, as 0)`, or `1 (as 0)` beside a `skipped` figure."""
    extra = f" (+{group.self_rated} self-rated)" if group.self_rated else ""
    note = skip_note(group.skipped, of_all=all_skipped(group))
    skips = f" ({note})" if note else ""
    return f"{group.averaged}{skips}{extra}"
