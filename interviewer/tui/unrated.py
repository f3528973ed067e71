"""A resumed session whose answer to a question without a reference answer was saved but never
rated (the program ended on the rating screen) asks for that rating first (play29 F7: resume
went on to the next question, and the rating was lost for good)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..core.errors import InterviewerError
from .plain import escaped

if TYPE_CHECKING:
    from textual.app import App

    from ..core.interview import InterviewRun, Submission

LEFT_UNRATED = "saved before the program ended, not rated yet"
"""Said after the rating screen's title (a toast covered the scale at 80x24)."""


def rate_unrated(
    app: App[None], run: InterviewRun, unrated: list[Submission], open_session: Callable[[], None]
) -> None:
    """Ask for the rating of each of `unrated` (from `InterviewRun.unrated`) in turn, then open
    the session (`open_session`): the session's next question, or its end when the unrated
    answer was the last."""
    from .screens.self_rating import SelfRatingScreen

    if not unrated:
        open_session()
        return
    first, rest = unrated[0], unrated[1:]

    def rated(rating: int | None) -> None:
        if rating is not None:
            try:
                run.self_rate(first, rating)
            except InterviewerError as err:
                app.notify(
                    f"Your rating could not be saved: {escaped(err)}", severity="error", timeout=30
                )
        rate_unrated(app, run, rest, open_session)

    app.push_screen(SelfRatingScreen(first, first.answer.position, LEFT_UNRATED), rated)
