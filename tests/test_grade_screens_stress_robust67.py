"""Every screen that shows a grade opens on the grades that stress it, at 80x24, 120x40 and 40x12
(robust67, stop 55).

The lead's play found the practice feedback screen crashing on an answer that stated two
misconceptions (two rows mounted with one id): 13 of the 9,329 bundled grades have two or more,
and no test had shown one to a screen. Here one session holds a grade of each kind with more rows
than the bundled grades have (three misconceptions, six contradictions, every flag and one
unknown, evidence hundreds of words long, every band), a timed-out 10,000-word answer, a skipped
and an unanswered question and an answer not graded, their texts holding markup (`[b]`, `[/]`,
`[link=...]`), escape sequences, emoji, right-to-left and combining characters. The practice
feedback screen shows each, the report screen opens every question, and the history screen
lists the session: nothing may raise, and each text shows as typed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pilot_helpers import make_app, open_history, wait_for
from textual.widgets import Collapsible

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import Grade
from interviewer.core.grading.result import ConceptMatch, Contradiction, MisconceptionFound
from interviewer.core.interview import Submission
from interviewer.core.report import build_report
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.history import HistoryScreen
from interviewer.tui.screens.report import ReportScreen
from interviewer.tui.screens.report_lines import QuestionDetails

ODD = (
    "[b]bold[/b] [/] [link=https://example.com]a link[/link] [red]",
    "\x1b[31mred\x1b[0m and \x1b]0;a title\x07",
    "🙂 👩‍👩‍👧 emoji",
    "مرحبا بالعالم \u202ereversed",
    "e\u0301\u0301\u0301 combining",
)
"""Texts a candidate may type, each shown verbatim (escape sequences as U+FFFD)."""

FLAGS = ("another_question", "contradiction", "off_topic", "restates_question", "not_a_flag")


def wrong(n: int) -> tuple[MisconceptionFound, ...]:
    return tuple(
        MisconceptionFound(f"wrong claim {i} {ODD[i % len(ODD)]}", f"why {i} [/]", (ODD[i],))
        for i in range(n)
    )


def grades(base: Grade) -> list[tuple[str, Grade | None, dict[str, bool]]]:
    """(answer, grade, how it was recorded) of each stressing kind."""
    long_words = " ".join(["evidence"] * 300)
    matched = tuple(
        ConceptMatch(f"concept {i} {ODD[i % len(ODD)]}", "alias [/]", (long_words,), 1.0)
        for i in range(8)
    )
    contradicted = tuple(
        Contradiction(f"concept {i}", (ODD[i % len(ODD)],), f"detail [/] {i}") for i in range(6)
    )
    odd = " ".join(ODD)
    return [
        (odd, replace(base, score=0.0, band="missing", misconceptions=wrong(3)), {}),
        (
            odd,
            replace(base, score=35.0, band="weak", contradictions=contradicted, flags=FLAGS),
            {},
        ),
        (odd, replace(base, score=95.0, band="strong", matched=matched, missed=()), {}),
        (
            " ".join(["word"] * 10_000),
            replace(base, score=75.0, band="adequate"),
            {"timed_out": True},
        ),
        ("", None, {"skipped": True}),
        ("", replace(base, score=0.0, band="missing"), {"timed_out": True}),
        (odd, None, {}),
    ]


QUESTIONS = (
    "genai-001",
    "genai-002",
    "genai-003",
    "genai-005",
    "genai-006",
    "genai-007",
    "genai-008",
)
"""Questions of the tunable splits (none held out)."""


def session(store: Store) -> tuple[str, list[Submission]]:
    genai = Catalog(None).find("genai")
    base = Grade(score=50.0, band="weak", similarity=0.5, coverage=0.5)
    kinds = grades(base)
    config = SessionConfig(bank_id="genai", mode="practice", count=len(kinds), seed=1)
    created = store.create_session(config, genai)
    submissions = []
    for position, ((answer, grade, how), qid) in enumerate(zip(kinds, QUESTIONS, strict=True)):
        question = genai.get(qid)
        graded = {} if grade is None else {"score": grade.score, "band": grade.band}
        stored = store.record_answer(
            created.id, position=position + 1, question=question, answer=answer, seconds=30.0,
            time_limit=240, grade=None if grade is None else grade.to_dict(),
            grader_version=None if grade is None else grade.grader_version, **graded, **how,
        )  # fmt: skip
        submissions.append(Submission(stored, question, grade))
    store.finish_session(created.id, level_reached=None)
    return created.id, submissions


def shown(text: str) -> str:
    return text.replace("\x1b", "\ufffd").replace("\x07", "\ufffd").replace("\u202e", "")


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (40, 12)])
async def test_feedback_report_and_history_open_on_every_kind_of_grade(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    store = Store.open(tmp_path / "history.sqlite3", clock=FakeClock())
    session_id, submissions = session(store)
    genai = Catalog(None).find("genai")
    app = make_app(store, tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for number, submission in enumerate(submissions, 1):
            screen = FeedbackScreen(submission, genai, number, last=number == len(submissions))
            app.push_screen(screen)
            await wait_for(pilot, lambda screen=screen: app.screen is screen)
            await pilot.pause()
            if submission.grade is not None and not submission.answer.skipped:
                said = "\n".join(str(row.render()) for row in screen.query(".fb-row"))
                for found in submission.grade.misconceptions:
                    assert shown(found.phrase) in said
            app.pop_screen()
        report = build_report(store, session_id, genai)
        app.push_screen(ReportScreen(report, tmp_path))
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        for question in app.screen.query(Collapsible):
            question.collapsed = False
        await pilot.pause()
        details = "\n".join(str(d.render()) for d in app.screen.query(QuestionDetails))
        for text in ODD:
            assert shown(text).strip() in details, text
        app.pop_screen()
        await open_history(pilot, app)
        assert isinstance(app.screen, HistoryScreen)
