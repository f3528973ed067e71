"""Practice feedback on an answer stating two misconceptions (the lead's play, stop 55).

At 80x24 in practice mode, the answer to genai-077 "GANs create an image by removing noise step
by step ... Diffusion models pit a generator against a discriminator ..." states two of the
question's misconceptions; the feedback screen mounted one row per misconception, both with the
id `fb-misconception`, and Textual's MountError reached the candidate as a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import make_app, wait_for
from store_helpers import record_graded

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import Grader
from interviewer.core.interview import Submission
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.feedback import FeedbackScreen, grade_details
from interviewer.tui.widgets.hanging_text import HangingText

SWAPPED = (
    "GANs create an image by removing noise step by step over many steps, so sampling is slow "
    "but training is very stable. Diffusion models pit a generator against a discriminator, "
    "which makes them fast at inference, a single forward pass, but they often suffer from "
    "mode collapse and unstable training."
)


def submission(store: Store) -> Submission:
    genai = Catalog(None).find("genai")
    question = genai.get("genai-077")
    grade = Grader(genai).grade(question, SWAPPED)
    session = store.create_session(SessionConfig(bank_id="genai", count=1, seed=1), genai)
    stored = record_graded(
        store, session.id, 1, question, SWAPPED, grade, seconds=9.0, time_limit=240
    )
    return Submission(stored, question, grade)


def test_every_row_id_is_used_once_and_each_misconception_is_said(tmp_path: Path) -> None:
    with Store.open(tmp_path / "history.sqlite3", clock=FakeClock()) as store:
        given = submission(store)
    assert given.grade is not None and len(given.grade.misconceptions) >= 2
    rows = grade_details(given, Catalog(None).find("genai"))
    ids = [css_id for css_id, _ in rows]
    assert len(ids) == len(set(ids))
    [said] = [text for css_id, text in rows if css_id == "fb-misconception"]
    for found in given.grade.misconceptions:
        assert f"Misconception: “{found.phrase}”" in said


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_feedback_screen_opens_on_two_misconceptions(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    store = Store.open(tmp_path / "history.sqlite3", clock=FakeClock())
    given = submission(store)
    app = make_app(store, tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.push_screen(FeedbackScreen(given, Catalog(None).find("genai"), 1, last=True))
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.pause()
        said = str(app.screen.query_one("#fb-misconception", HangingText).render())
        assert given.grade is not None
        for found in given.grade.misconceptions:
            assert f"“{found.phrase}”" in said
