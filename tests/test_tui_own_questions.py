"""Pilot tests: practising an imported bank (self-ratings) and the behavioural bank (STAR)."""

from __future__ import annotations

from pathlib import Path

from test_tui import SIZE, answer, make_app, wait_for

from interviewer.core.bank import Bank, load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.importers import import_list, to_bank_yaml
from interviewer.core.report import build_report
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.report import ReportScreen
from interviewer.tui.screens.self_rating import SelfRatingScreen
from interviewer.tui.widgets.score_bar import ScoreBar

DATA = Path(__file__).resolve().parent / "data" / "import"


def _notes_practice(tmp_path: Path) -> tuple[Bank, Store, InterviewApp]:
    """A practice session of one question of an imported list with no answers (self-rated)."""
    path = tmp_path / "notes.yaml"
    path.write_text(to_bank_yaml(import_list(DATA / "bullet_sections.md"), "notes"), "utf-8")
    bank = load_bank(path)
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="notes", mode="practice", count=1, seed=1, untimed=True)
    return bank, store, make_app(store, FakeClock(), start=(bank, config))


async def test_unanswered_question_is_self_rated_and_reported_apart(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.write_text(to_bank_yaml(import_list(DATA / "bullet_sections.md"), "notes"), "utf-8")
    bank = load_bank(path)
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="notes", mode="practice", count=2, seed=1, untimed=True)
    app = make_app(store, FakeClock(), start=(bank, config))
    async with app.run_test(size=SIZE) as pilot:
        for rating in ("4", "1"):
            await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
            await answer(pilot, "I would say [it] depends on the data.")
            await wait_for(
                pilot,
                lambda: (
                    isinstance(app.screen, SelfRatingScreen)
                    and bool(app.screen.query("#rating-scale"))
                ),
            )
            answer_text = str(app.screen.query_one("#rating-answer").render())
            assert "I would say [it] depends on the data." in answer_text
            await pilot.press(rating, "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        bars = [str(bar.render()) for bar in app.screen.query(ScoreBar)]
        # two self-rated answers and no graded one: the bars say so, not "×2"
        assert bars and all("×0 (+" in bar and "self-rated)" in bar for bar in bars), bars
    [session] = store.list_sessions()
    report = build_report(store, session.id, bank)
    assert report.self_ratings == (4, 1) and report.score is None


async def test_a_self_rating_can_be_changed_until_enter_keeps_it(tmp_path: Path) -> None:
    """play27 minor 12: a digit pressed by mistake rated the answer and opened the next
    question at once. Now a digit marks the rating, another digit changes it, and only Enter
    stores it and moves on; the report holds the rating that was kept."""
    bank, store, app = _notes_practice(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await answer(pilot, "It depends on the data.")
        await wait_for(pilot, lambda: isinstance(app.screen, SelfRatingScreen))
        screen = app.screen
        await pilot.press("1")
        await pilot.pause()
        assert app.screen is screen, "a digit alone must not move on"
        assert screen.query_one("#rating-1").has_class("-chosen")
        assert "Your rating: 1/5" in str(screen.query_one("#rating-chosen").render())
        [stored] = store.answers(store.list_sessions()[0].id)
        assert stored.grade is None, "nothing is stored before Enter"
        await pilot.press("4")
        await pilot.pause()
        assert app.screen is screen
        chosen = [w.id for w in screen.query(".rating-choice.-chosen")]
        assert chosen == ["rating-4"]
        assert "Your rating: 4/5" in str(screen.query_one("#rating-chosen").render())
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
    [session] = store.list_sessions()
    assert build_report(store, session.id, bank).self_ratings == (4,)


async def test_enter_before_any_rating_does_nothing(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.write_text(to_bank_yaml(import_list(DATA / "bullet_sections.md"), "notes"), "utf-8")
    bank = load_bank(path)
    config = SessionConfig(bank_id="notes", mode="practice", count=1, seed=1, untimed=True)
    app = make_app(Store.open(":memory:"), FakeClock(), start=(bank, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await answer(pilot, "It depends on the data.")
        await wait_for(pilot, lambda: isinstance(app.screen, SelfRatingScreen))
        screen = app.screen
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and not screen.query(".-chosen")


async def test_behavioural_practice_gives_star_feedback_with_evidence() -> None:
    bank = Catalog(None).find("behavioural")
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="behavioural", mode="practice", count=1, seed=2, untimed=True)
    app = make_app(store, FakeClock(), start=(bank, config))
    story = (
        "Situation: in my last role our builds took forty minutes. My task was to make them fast. "
        "I profiled the pipeline and I split the tests into four jobs. As a result builds took "
        "9 minutes. I learned to measure first."
    )
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await answer(pilot, story)
        await wait_for(
            pilot,
            lambda: (
                isinstance(app.screen, FeedbackScreen) and bool(app.screen.query("#fb-covered"))
            ),
        )
        covered = str(app.screen.query_one("#fb-covered").render())
        assert "Situation" in covered and "I profiled the pipeline" in covered
        assert "Measurable result" in covered


async def test_f1_on_a_question_without_hints_says_it_has_none(tmp_path: Path) -> None:
    from interviewer.core.practice import hint_steps

    path = tmp_path / "notes.yaml"
    path.write_text(to_bank_yaml(import_list(DATA / "bullet_sections.md"), "notes"), "utf-8")
    bank = load_bank(path)
    config = SessionConfig(bank_id="notes", mode="practice", count=1, seed=1, untimed=True)
    app = make_app(Store.open(":memory:"), FakeClock(), start=(bank, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        question = app.screen.run.current  # type: ignore[attr-defined]
        assert question is not None and hint_steps(question) == ()
        await pilot.press("f1")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        # play47: "This question has no hints." did not say why (it has no reference answer)
        assert messages == ["No hints: this question has no reference answer to draw them from."]


async def test_f1_on_an_imported_question_names_the_key_terms_the_grader_checks(
    tmp_path: Path,
) -> None:
    from interviewer.core.grading import grader_for

    path = tmp_path / "theory.yaml"
    path.write_text(to_bank_yaml(import_list(DATA / "theory_excerpt.md"), "theory"), "utf-8")
    bank = load_bank(path)
    config = SessionConfig(bank_id="theory", mode="practice", count=1, seed=1, untimed=True)
    app = make_app(Store.open(":memory:"), FakeClock(), start=(bank, config))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        question = app.screen.run.current  # type: ignore[attr-defined]
        assert question is not None and question.reference_answers and not question.concepts
        await pilot.press(*["f1"] * 4)
        await pilot.pause()
        shown = str(app.screen.query_one("#hints").render())
    grader = grader_for(bank)
    ranked = grader.derive_key_terms(question.prompt, question.reference_answers[0])
    assert f"Think about: {' · '.join(t.name for t in ranked[:4])}" in shown, (question.id, shown)


async def test_report_level_names_are_not_cut_to_the_topic_names_width() -> None:
    from test_tui_long_prompt import make_app as one_question_app

    app = one_question_app("What is overfitting?")  # topic 'Hard stuff', level intermediate
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await answer(pilot, "Training error is low and validation error is high.")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.pause()
        [level] = [str(bar.render()) for bar in app.screen.query(".level-bar")]
        assert level.startswith("Intermediate ") and "…" not in level, level


async def test_a_skipped_own_question_says_it_is_not_scored(tmp_path: Path) -> None:
    """play47: skipping a question with no reference answer said "this question counts 0 in
    the session's score", and it did (54 instead of 81 in a played session); it is not
    scored, and the feedback and the report say nothing of a 0."""
    bank, store, app = _notes_practice(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        said = str(app.screen.query_one("#fb-skipped").render())
        assert said == "Skipped: it has no reference answer, so it is not scored.", said
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
    [session] = store.list_sessions()
    assert session.mean_score is None
    report = build_report(store, session.id, bank)
    assert report.score is None and report.skipped == 1
