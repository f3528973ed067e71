"""The screen faults found by playing the app, each pinned by a test."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import make_app, open_history, wait_for
from textual.color import Color
from textual.widgets import DataTable, OptionList, SelectionList, TextArea

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.contrast import contrast
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.history import HistoryScreen
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.report import ReportScreen, question_details
from interviewer.tui.toasts import path_lines


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


def test_the_contrast_ratio_is_wcags() -> None:
    # known values: black on white 21:1, a colour on itself 1:1, #767676 on white about 4.54:1
    assert abs(contrast(Color(0, 0, 0), Color(255, 255, 255)) - 21.0) < 1e-9
    assert abs(contrast(Color(10, 120, 200), Color(10, 120, 200)) - 1.0) < 1e-9
    assert abs(contrast(Color(118, 118, 118), Color(255, 255, 255)) - 4.54) < 0.01


def test_path_in_a_toast_breaks_between_folders_only() -> None:
    path = Path("/a/rather/long/folder/name/for/the/data/dir/exports/interview-2025-abc.md")
    text = path_lines(path, width=24)
    lines = text.splitlines()
    assert lines[0] == "interview-2025-abc.md"
    assert all(len(line) <= 24 + len("in ") for line in lines[1:])
    assert "".join(line.removeprefix("in ") for line in lines[1:]) == str(path.parent) + "/"


async def test_long_prompt_is_whole_in_an_opened_report_question(
    genai: Bank, tmp_path: Path
) -> None:
    question = max(genai, key=lambda q: len(q.prompt))
    assert len(question.prompt) > 80
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=1, question_ids=(question.id,), untimed=True)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", TextArea).insert("An answer.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        report = app.screen
        assert isinstance(report, ReportScreen)
        await wait_for(pilot, lambda: report.query("#q-1 .question-details"))
        await pilot.pause()
        assert question_details(report.report.questions[0]).startswith(question.prompt)
        details = report.query_one("#q-1 .question-details")
        assert question.prompt in str(details.render())


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_topic_names_are_whole_on_screen(tmp_path: Path, size: tuple[int, int]) -> None:
    # at 80 columns the topic list ran 10 columns past the screen's edge: its names were cut
    # by the edge; then they were cut with "…" (play26 #18); now a long name wraps under itself
    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        await wait_for(pilot, lambda: app.screen.query("#topics"))
        await pilot.pause()
        topics = app.screen.query_one("#topics", SelectionList)
        assert app.screen.query_one("#home-topics").region.right <= size[0]
        assert topics.region.right <= size[0]
        shown = " ".join(
            topics.render_line(y).text.strip()
            for y in range(topics.scrollable_content_region.height)
        )
        assert "…" not in shown
        for topic in app.screen.bank.topics:  # type: ignore[attr-defined]
            assert topic.title in " ".join(shown.split()), topic.title


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_long_question_title_in_the_report_ends_with_an_ellipsis(
    genai: Bank, tmp_path: Path, size: tuple[int, int]
) -> None:
    question = max(genai, key=lambda q: len(q.prompt))
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=1, question_ids=(question.id,), untimed=True)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", TextArea).insert("An answer.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.pause()
        title = app.screen.query_one("#q-1 CollapsibleTitle")
        assert title.region.right <= size[0]
        shown = title.render_line(0).text.rstrip()
        assert shown.endswith("…") and question.prompt[:20] in shown


async def test_unticked_topics_show_no_mark_and_names_fit_at_120(tmp_path: Path) -> None:
    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        await wait_for(pilot, lambda: app.screen.query("#topics"))
        await pilot.pause()
        topics = app.screen.query_one("#topics")
        for app.theme in ("textual-dark", "textual-light"):
            await pilot.pause()
            unticked = topics.get_component_rich_style("selection-list--button")
            ticked = topics.get_component_rich_style("selection-list--button-selected")
            assert unticked.color == unticked.bgcolor  # the "X" is not drawn
            assert ticked.color != ticked.bgcolor
        titles = [t.title for t in app.screen.bank.topics]  # type: ignore[attr-defined]
        assert topics.content_region.width - 4 >= len("20 ") + max(map(len, titles))
        assert topics.virtual_size.height == len(titles)  # one line each


async def test_pause_says_how_to_resume_and_hides_submit_and_skip(
    genai: Bank, tmp_path: Path
) -> None:
    config = SessionConfig(bank_id="genai", count=2, seed=1)
    app = make_app(Store.open(":memory:"), tmp_path, start=(genai, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("f2")
        await pilot.pause()
        screen = app.screen
        assert "f2 to resume" in str(screen.query_one("#paused-note").render())
        shown = {
            b.binding.description
            for b in screen.active_bindings.values()
            if b.enabled and b.binding.show
        }
        assert "Submit" not in shown and "Skip" not in shown
        assert "Resume" in shown and "Pause" not in shown


async def test_toasts_do_not_follow_onto_the_feedback_screen(genai: Bank, tmp_path: Path) -> None:
    config = SessionConfig(bank_id="genai", mode="practice", count=2, seed=1, untimed=True)
    app = make_app(Store.open(":memory:"), tmp_path, start=(genai, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("f1")
        app.notify("a toast about the question", timeout=30)
        app.screen.query_one("#answer", TextArea).insert("An answer.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.pause()
        assert not app._notifications


async def test_empty_history_says_so_and_how_to_start(tmp_path: Path) -> None:
    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot, app)
        message = str(app.screen.query_one("#history-empty").render())
        assert "No sessions yet" in message and "Start" in message
        assert not app.screen.query_one(DataTable).display


async def test_an_unfinished_session_is_marked_in_a_column_of_its_own(
    genai: Bank, tmp_path: Path
) -> None:
    """At 80 columns "0:06 unfinished" in the Time cell was cut to "0:06 un". A session
    finished with no answer is closed, and is marked so (play26 F12)."""
    from interviewer.tui.screens.history import CLOSED_MARK, CLOSED_NOTE, UNFINISHED_MARK

    store = Store.open(":memory:")
    behavioural = Catalog(None).find("behavioural")
    for bank, finish in ((behavioural, True), (genai, True), (genai, False)):
        session = store.create_session(SessionConfig(bank_id=bank.id, count=2), bank)
        if finish:
            store.finish_session(session.id, None)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot, app)
        table = app.screen.query_one(DataTable)
        note = app.screen.query_one("#history-note")
        rows = [[str(cell) for cell in table.get_row_at(r)] for r in range(table.row_count)]
        assert [row[0] for row in rows] == [UNFINISHED_MARK, CLOSED_MARK, CLOSED_MARK]
        assert not any("unfinished" in cell for row in rows for cell in row)
        assert note.display and "unfinished" in str(note.render())
        assert "closed" in str(note.render())
        assert table.virtual_size.width <= table.scrollable_content_region.width
        app.screen.query_one("#history-bank").value = "behavioural"  # a closed session only
        await pilot.pause()
        assert [str(c.label) for c in table.ordered_columns][0] == ""
        assert table.row_count == 1
        assert note.display and str(note.render()) == CLOSED_NOTE


async def test_progress_counter_is_readable_in_the_light_theme(genai: Bank, tmp_path: Path) -> None:
    config = SessionConfig(bank_id="genai", count=2, seed=1)
    app = make_app(Store.open(":memory:"), tmp_path, start=(genai, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        for app.theme in ("textual-light", "textual-dark"):
            await pilot.pause()
            progress = app.screen.query_one("#progress")
            background = app.screen.query_one("#question-bar").styles.background
            assert contrast(progress.styles.color, background) >= 4.5, app.theme


def test_the_explanation_line_adds_up_to_the_score_shown(tmp_path: Path) -> None:
    # grade a real answer with the real bank: the parts shown, plus "kept within 0-100" when
    # the score was clipped, must give the score; parts that round to 0 ("essential -0") are
    # left out
    import re

    from interviewer.core.grading import Grader
    from interviewer.core.report import format_score, score_sum

    bank = Catalog(None).find("genai")
    grader = Grader(bank)
    for qid, answer in (
        ("genai-150", "DPO trains on preference pairs against a frozen reference model."),
        ("genai-001", "It is a thing."),
        ("genai-132", bank.get("genai-132").reference_answers[0]),
    ):
        grade = grader.grade(bank.get(qid), answer)
        line = score_sum(grade.explanation, grade.score)
        if not line:  # nothing to explain (a non-answer): no line at all
            assert all(round(p.points) == 0 for p in grade.explanation)
            continue
        assert line.endswith(f"= {format_score(grade.score)}")
        shown = [int(v) for v in re.findall(r" ([+-]\d+)", line)]
        assert 0 not in shown
        if "kept within" not in line:
            assert abs(sum(shown) - grade.score) <= len(shown) * 0.5 + 0.5, (line, grade.score)


async def test_covered_missed_and_footer_keys_are_readable_in_light_and_dark(
    genai: Bank, tmp_path: Path
) -> None:
    config = SessionConfig(bank_id="genai", mode="practice", count=1, seed=1, untimed=True)
    app = make_app(Store.open(":memory:"), tmp_path, start=(genai, config))
    async with app.run_test(size=(100, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        reference = app.screen.run.current.reference_answers[0]  # type: ignore[attr-defined]
        app.screen.query_one("#answer", TextArea).insert(reference[: len(reference) // 3])
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        for app.theme in ("textual-light", "textual-dark"):
            await pilot.pause()
            for selector in ("#fb-covered", "#fb-missed"):
                _, _, background, color = app.screen.query_one(selector).colors
                assert contrast(color, background) >= 4.5, (app.theme, selector)
            variables = app.get_css_variables()
            key = Color.parse(variables["footer-key-foreground"])
            footer = Color.parse(variables["footer-background"])
            assert contrast(key, footer) >= 4.5, app.theme


async def test_the_history_bank_filter_is_readable_in_light_and_dark(tmp_path: Path) -> None:
    # Select's placeholder colour ($foreground 50% on $surface) made "All banks" and its arrow
    # 3:1 in textual-light (and 4.2:1 in textual-dark)
    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        app.open_history()
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
        for app.theme in ("textual-light", "textual-dark", "nord", "catppuccin-latte"):
            await pilot.pause()
            for selector in ("#history-bank SelectCurrent #label", "#history-bank .arrow"):
                shown = app.screen.query(selector).first().rich_style  # alpha blended
                color, background = (Color.from_rich_color(c) for c in (shown.color, shown.bgcolor))
                assert contrast(color, background) >= 4.5, (app.theme, selector)


def test_a_stated_misconception_is_explained_as_a_wrong_claim() -> None:
    # since grader 3.4 a misconception counts in the `contradicted` signal: the explanation
    # must not call it a "contradicted concept" when no concept was contradicted
    from interviewer.core.grading import Grader
    from interviewer.core.report import score_sum

    bank = Catalog(None).find("genai")
    answer = (
        "Role-based prompting is when you fine-tune the model on data from a specific role, "
        "like a doctor, so its weights become an expert in that field."
    )
    grade = Grader(bank).grade(bank.get("genai-064"), answer)
    assert grade.misconceptions and not grade.contradictions
    line = score_sum(grade.explanation, grade.score)
    assert "wrong claims -" in line
    assert "contradicted concepts" not in line


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_long_bank_title_in_the_home_menu_takes_two_lines_at_80(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    # "Bank ◂ Behavioural Interview Questions (STAR) ▸" wrapped onto a second row at 80
    # columns, from its left edge; then it was cut ("Generative AI Interview Quest…", play26
    # #18); now its second line starts under the title, and the title is whole
    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        home = app.screen
        assert isinstance(home, HomeScreen)
        for bank_id in ("genai", "behavioural"):
            while home.bank is not None and home.bank.id != bank_id:
                home.change_setting("bank", 1)
            await pilot.pause()
            menu = home.query_one("#menu", OptionList)
            prompt = str(menu.get_option("bank").prompt)
            lines = prompt.split("\n")
            assert prompt.endswith(" ▸") and "…" not in prompt
            assert all(len(line) <= menu.scrollable_content_region.width for line in lines)
            assert len(lines) == (2 if size[0] == 80 else 1)
            if len(lines) == 2:
                assert lines[1].startswith(" " * len("  Bank       ◂ ")) and lines[1][15] != " "
            words = " ".join(prompt.split())
            assert f"Bank ◂ {home.bank.title} ▸" in words  # type: ignore[union-attr]


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (140, 40)])
async def test_a_resume_row_in_the_home_menu_never_wraps(
    genai: Bank, tmp_path: Path, size: tuple[int, int]
) -> None:
    # "Resume: 0 answered of 10 planned, 03 Dec 00:23 (3dd1ae35)" wrapped at 80 columns; the
    # date is now written as everywhere else (2025-01-06 09:00); the row names its bank
    # (play23 F8), cut before the date goes, and the id shows only where the whole row fits
    from interviewer.core.interview import InterviewRun

    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=10, seed=2)
    run = InterviewRun.start(
        bank=genai, store=store, clock=FakeClock(), config=config, grader_factory=lambda b: None
    )
    app = make_app(store, tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "bank", None) is not None)
        await pilot.pause()
        menu = app.screen.query_one("#menu", OptionList)
        prompt = str(menu.get_option("resume-" + run.session.id).prompt)
        # the whole title and the id take 98 cells: with room in the menu, two lines (ux28)
        title, detail = prompt.split("\n")
        assert title == "  Resume: Generative AI Interview Questions"
        assert detail.startswith("    0 answered of 10 planned, 2025-01-06 09:00")
        width = menu.scrollable_content_region.width
        assert len(title) <= width and len(detail) <= width
        assert (run.session.id[:8] in detail) == (size[0] > 80)


async def test_the_last_feedback_says_it_leads_to_the_report(genai: Bank, tmp_path: Path) -> None:
    # the feedback on the last answer offered "Next question", and Enter opened the report
    config = SessionConfig(bank_id="genai", mode="practice", count=2, seed=1, untimed=True)
    app = make_app(Store.open(":memory:"), tmp_path, start=(genai, config))

    def shown() -> set[str]:
        active = app.screen.active_bindings.values()
        return {b.binding.description for b in active if b.enabled and b.binding.show}

    async with app.run_test(size=(80, 24)) as pilot:
        for label in ("Next question", "See the report"):
            await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
            app.screen.query_one("#answer", TextArea).insert("An answer.")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
            await pilot.pause()
            assert label in shown()
            other = "See the report" if label == "Next question" else "Next question"
            assert other not in shown()
            await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))


async def test_leaving_from_feedback_says_the_session_goes_on_at_the_next_question(
    genai: Bank, tmp_path: Path
) -> None:
    # ctrl+q on a feedback screen said "... and so is this draft. `interviewer resume ...`
    # continues at this question": the answer was already in, and resuming asks the next one
    from interviewer.tui.screens.dialogs import ConfirmScreen

    config = SessionConfig(bank_id="genai", mode="practice", count=2, seed=1, untimed=True)
    app = make_app(Store.open(":memory:"), tmp_path, start=(genai, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        body = str(app.screen.query_one("#dialog-body").render())
        # question 1 over an empty box: no answer and no draft to speak of (play68)
        assert "Nothing is answered yet" in body and "so is this draft" not in body
        assert "To continue at this question later" in body
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", TextArea).insert("An answer.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        body = str(app.screen.query_one("#dialog-body").render())
        assert "draft" not in body and "To continue at the next question" in body


def test_report_bars_of_a_topic_with_self_rated_answers_are_on_the_same_scale() -> None:
    """play20 F6: "×4 (+1 self-rated)" made its bar shorter, so 65.7 drew shorter than 65.2."""
    from interviewer.core.report.model import GroupScore
    from interviewer.tui.screens.report import group_bars, widest_suffix

    python = GroupScore("py", "Python", 65.7, "weak", 5, self_rated=1)
    behavioural = GroupScore("beh", "Behavioural", 65.2, "weak", 1)
    beginner = GroupScore("beginner", "Beginner", 81.5, "adequate", 4, self_rated=1)
    groups = (python, behavioural, beginner)
    width = widest_suffix(groups, {})
    bars = [
        *group_bars(groups[:2], 12, {}, "topic-bar", width),
        *group_bars(groups[2:], 12, {}, "x", width),
    ]
    assert {len(bar.suffix) for bar in bars} == {width}
    assert width == len("  ×4 (+1 self-rated)")


async def test_the_trend_of_every_bank_listed_is_the_newest_sessions_banks(
    genai: Bank, tmp_path: Path
) -> None:
    """play22 F15: with every bank listed, the trend joined genai's and another bank's scores
    in one line, which compares nothing."""
    from interviewer.core.grading import grader_for
    from interviewer.core.interview import InterviewRun

    store = Store.open(":memory:")
    clock = FakeClock()
    behavioural = Catalog(None).find("behavioural")
    means = []
    for bank, good in ((genai, True), (behavioural, True), (genai, False)):
        config = SessionConfig(bank_id=bank.id, count=1, seed=3)
        run = InterviewRun.start(
            bank=bank, store=store, clock=clock, config=config, grader_factory=grader_for
        )
        question = run.next_question()
        assert question is not None
        clock.advance(30)
        run.grade(run.submit(question.reference_answers[0] if good else "I am not sure."))
        means.append(run.finish().mean_score)
        clock.advance(3600)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_history(pilot, app)
        label = str(app.screen.query_one("#trend-label").render())
        from interviewer.core.report import format_score

        first, last = (format_score(m) for m in (means[0], means[2]))
        assert label == (
            f"Trend of genai interviews, 2 finished: latest {last}, "
            f"earlier average {first}, best {max(first, last, key=int)}"
        )
        assert len(app.screen.query_one("#trend").scores) == 2
