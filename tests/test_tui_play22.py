"""Screen faults found by the play test of 2026-12-03 (play22), each pinned by a test."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import make_app, wait_for

from interviewer.core.bank import Bank, load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.importers import import_list, to_bank_yaml
from interviewer.core.interview import InterviewRun
from interviewer.core.report import build_report
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.report import ReportScreen
from interviewer.tui.widgets.score_bar import ScoreBar

DATA = Path(__file__).resolve().parent / "data" / "import"


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


def no_grader(bank: Bank) -> object:
    raise AssertionError("a self-rated session needs no grader")


def self_rated_session(store: Store, tmp_path: Path) -> tuple[str, Bank]:
    """A finished practice session of two questions without a reference, rated 4 and 1."""
    path = tmp_path / "notes.yaml"
    path.write_text(to_bank_yaml(import_list(DATA / "bullet_sections.md"), "notes"), "utf-8")
    bank = load_bank(path)
    config = SessionConfig(bank_id="notes", mode="practice", count=2, seed=1, untimed=True)
    run = InterviewRun.start(
        bank=bank,
        store=store,
        clock=FakeClock(),
        config=config,
        grader_factory=no_grader,  # type: ignore[arg-type]
    )
    for rating in (4, 1):
        assert run.next_question() is not None
        submission = run.submit("It depends on the data.")
        assert submission.needs_self_rating
        run.self_rate(submission, rating)
    return run.finish().id, bank


# -- the report's bars ------------------------------------------------------------------------


async def test_a_group_of_self_rated_answers_shows_a_dash_not_a_zero_bar(tmp_path: Path) -> None:
    store = Store.open(":memory:")
    session_id, bank = self_rated_session(store, tmp_path)
    report = build_report(store, session_id, bank)
    assert report.levels and all(g.average is None for g in (*report.topics, *report.levels))
    app = make_app(store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ReportScreen(report, tmp_path))
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.pause()
        rows = [str(bar.render()) for bar in app.screen.query(ScoreBar)]
    assert rows
    for row in rows:
        assert "0.0" not in row, row
        assert not set(row) & set("▏▎▍▌▋▊▉█"), row
        assert "    - " in row and "self-rated" in row, row


async def test_a_long_topic_title_is_whole_at_80_columns_and_the_bars_stay_one_length(
    tmp_path: Path,
) -> None:
    from textual.app import App, ComposeResult

    titles = ("Fine-Tuning & Transfer Learning", "Prompting", "Intermediate")

    class Bars(App[None]):
        def compose(self) -> ComposeResult:
            for title, score in zip(titles, (63.4, 100.0, None), strict=True):
                yield ScoreBar(title, score, label_width=31, suffix="  ×2 (+1 self-rated)")

    for width in (80, 120):
        app = Bars()
        async with app.run_test(size=(width, 10)) as pilot:
            await pilot.pause()
            rows = [str(bar.render()) for bar in app.query(ScoreBar)]
        assert rows[0].startswith("Fine-Tuning & Transfer Learning "), rows
        assert len({len(row) for row in rows}) == 1, rows
        full = rows[1].count("█")
        assert full >= width // 4, rows  # the bar keeps a quarter of the width
        # whole numbers, right-aligned in one column (play26 F12: every score shown is whole)
        assert rows[0].index(" 63 ") + 1 == rows[1].index("100") + 1 == rows[2].index("-") - 1

    narrow = Bars()
    async with narrow.run_test(size=(50, 10)) as pilot:
        await pilot.pause()
        first, full_row, _ = (str(bar.render()) for bar in narrow.query(ScoreBar))
    assert first.startswith("Fine-Tunin… "), first
    assert full_row.count("█") >= 10, full_row


# -- pasted text ------------------------------------------------------------------------------


async def test_a_pasted_bidi_override_or_escape_never_reaches_the_editor_or_the_store(
    genai: Bank, tmp_path: Path
) -> None:
    from textual import events
    from textual.widgets import TextArea

    from interviewer.core.safe_text import answer_text
    from interviewer.tui.screens.interview import InterviewScreen

    pasted = (
        "Red \x1b[31mALERT\x1b[0m text and a bell \x07 title; zero\u200bwidth and "
        "RTL \u202eevil\u202c done 👩\u200d💻.\r\nNext line."
    )
    kept = (  # care46: the colour codes go with their ESC ("[31mALERT" was kept before)
        "Red ALERT text and a bell  title; zerowidth and RTL evil done 👩\u200d💻.\nNext line."
    )
    assert answer_text(pasted) == kept
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=2, seed=3, untimed=True)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        editor = app.screen.query_one("#answer", TextArea)
        app.post_message(events.Paste(pasted))  # as a terminal delivers a paste
        await wait_for(pilot, lambda: editor.text != "")
        assert editor.text == kept
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: bool(store.answers(app.screen.run.session.id)))  # type: ignore[attr-defined]
        [stored] = store.answers(app.screen.run.session.id)  # type: ignore[attr-defined]
    assert stored.answer == kept


# -- wording ----------------------------------------------------------------------------------


async def test_what_to_do_next_never_reads_full_stop_colon(genai: Bank, tmp_path: Path) -> None:
    from interviewer.core.report import NextStep, next_step_line

    skipped = NextStep("question", "q-1", "Walk through the final answer.", "You skipped it.")
    assert next_step_line(skipped) == "Walk through the final answer. You skipped it."
    asked = NextStep("question", "q-2", "What is RLHF?", "You skipped it.")
    assert next_step_line(asked) == "What is RLHF? You skipped it."
    topic = NextStep("topic", "rag", "Retrieval", "Average 40 over 2 questions.")
    assert next_step_line(topic) == "Retrieval: Average 40 over 2 questions."

    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=1, seed=29, untimed=True)
    run = InterviewRun.start(
        bank=genai,
        store=store,
        clock=FakeClock(),
        config=config,
        grader_factory=no_grader,  # type: ignore[arg-type]
    )
    question = run.next_question()
    assert question is not None and question.prompt.endswith(".")  # the case the test is for
    run.submit("", skipped=True)
    report = build_report(store, run.finish().id, genai)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ReportScreen(report, tmp_path))
        await wait_for(pilot, lambda: bool(app.screen.query("#report-next")))
        steps = str(app.screen.query_one("#report-next").render())
    assert "retries. You skipped it" in steps and ".:" not in steps


# -- colours ----------------------------------------------------------------------------------


async def test_footer_keys_and_concept_colours_are_readable_in_256_colours_too(
    tmp_path: Path,
) -> None:
    """A 256-colour terminal (tmux's default) shows the nearest colour of its palette: the
    light theme's footer keys fell from 4.8:1 to 3.8:1 there. The dark theme was readable in
    both and keeps its colours."""
    from textual.color import Color

    from interviewer.tui.contrast import contrast, in_256_colours

    assert in_256_colours(Color.parse("#0053AA")) == Color(0, 95, 175)  # what the tester saw
    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        for theme in ("textual-light", "textual-dark"):
            app.theme = theme
            await pilot.pause()
            variables = app.get_css_variables()
            pairs = [("footer-key-foreground", "footer-background")]
            pairs += [
                (name, ground)
                for name in ("readable-success", "readable-warning")
                for ground in ("background", "surface", "panel")
            ]
            for name, ground in pairs:
                fore, back = Color.parse(variables[name]), Color.parse(variables[ground])
                assert contrast(fore, back) >= 4.5, (theme, name, ground)
                assert contrast(in_256_colours(fore), in_256_colours(back)) >= 4.5, (theme, name)
            if theme == "textual-dark":
                names = ("footer-key-foreground", "readable-success", "readable-warning")
                assert [variables[n] for n in names] == ["#FFA62B", "#8AD4A1", "#FFC473"]


# -- the question screen ----------------------------------------------------------------------


def test_the_question_header_cuts_the_topic_before_the_level() -> None:
    from interviewer.tui.widgets.question_meta import meta_text

    topic, level = "Weird [bold]markup[/] and ünïcödé 🚀", "intermediate"
    assert meta_text(topic, level, 80) == f"· {topic} · {level}"
    cut = meta_text(topic, level, 30)
    assert cut.endswith("… · intermediate") and cut.startswith("· Weird"), cut
    assert meta_text(topic, level, 16) == "· intermediate"
    assert meta_text(topic, level, 8) == "· inter…"
    assert meta_text(topic, "", 10) == "· Weird […"
    for cells in range(1, 60):
        from rich.cells import cell_len

        assert cell_len(meta_text(topic, level, cells)) <= cells


async def test_at_60_columns_the_question_header_keeps_the_level(
    genai: Bank, tmp_path: Path
) -> None:
    from interviewer.tui.screens.interview import InterviewScreen

    config = SessionConfig(bank_id="genai", count=3, seed=3, untimed=True)
    app = make_app(Store.open(":memory:"), tmp_path, start=(genai, config))
    async with app.run_test(size=(60, 15)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.pause()
        run = app.screen.run  # type: ignore[attr-defined]
        question = run.current
        meta = app.screen.query_one("#question-meta")
        shown = meta.render_line(0).text.rstrip()  # what the bar shows, cut to its width
        full = f"· {genai.topic_title(question.topic)} · {question.level}"
        assert shown.endswith(f"… · {question.level}"), shown
        assert len(full) > meta.size.width, "the case under test: a topic too long to fit"


async def test_an_empty_submit_says_so_on_the_status_line_and_nothing_outlives_the_answer(
    tmp_path: Path,
) -> None:
    """At 60x15 the toast 'Type an answer first…' stayed over the rating scale after the
    answer was submitted: the notice is on the status line, which the answer replaces."""
    from textual.widgets import TextArea

    from interviewer.tui.screens.interview import InterviewScreen
    from interviewer.tui.screens.self_rating import SelfRatingScreen

    path = tmp_path / "notes.yaml"
    path.write_text(to_bank_yaml(import_list(DATA / "bullet_sections.md"), "notes"), "utf-8")
    bank = load_bank(path)
    config = SessionConfig(bank_id="notes", mode="practice", count=2, seed=1, untimed=True)
    app = make_app(Store.open(":memory:"), tmp_path, start=(bank, config))
    async with app.run_test(size=(60, 15)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        await pilot.press("ctrl+s")
        status = screen.query_one("#status")
        await wait_for(pilot, lambda: "Type an answer first" in str(status.render()))
        assert status.has_class("-notice")
        assert not screen.query("Toast")
        screen.query_one("#answer", TextArea).insert("It depends on the data.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, SelfRatingScreen))
        await pilot.pause(0.1)
        assert not app.screen.query("Toast")
        await pilot.press("3", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.pause()
        assert "Type an answer first" not in str(app.screen.query_one("#status").render())


async def test_the_home_resume_row_writes_the_date_as_every_other_screen(
    genai: Bank, tmp_path: Path
) -> None:
    from textual.widgets import OptionList

    from interviewer.core.report import format_when
    from interviewer.tui.screens.home import HomeScreen

    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=4, seed=2)
    run = InterviewRun.start(
        bank=genai,
        store=store,
        clock=FakeClock(),
        config=config,
        grader_factory=no_grader,  # type: ignore[arg-type]
    )
    app = make_app(store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        await pilot.pause()
        menu = app.screen.query_one("#menu", OptionList)
        prompt = str(menu.get_option("resume-" + run.session.id).prompt)
    assert f" planned, {format_when(run.session.started_at)}" in prompt, prompt
