"""Why a review session cannot start now (core/review.py), as the CLI and the app say it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from interviewer.core.review import review_unavailable


def test_why_a_review_cannot_start_now() -> None:
    assert review_unavailable(None) == (
        "Nothing to review yet: answer some questions of this bank first."
    )
    due = datetime(2026, 3, 4, 9, 30, tzinfo=timezone.utc)
    when = due.astimezone().strftime("%Y-%m-%d %H:%M")  # as every other date (play23)
    assert review_unavailable(due) == (
        f"Nothing is due for review yet; the next question is due {when}."
    )
    assert review_unavailable(due + timedelta(days=1)) != review_unavailable(due)
