"""`interviewer compare A B`: two stored sessions side by side, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import exit_status as run
from cli_helpers import with_mini_bank
from compare_helpers import stored_session

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.store import Store
from interviewer.paths import database_path

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data(isolated_data_dir: Path) -> Path:
    """A data dir holding the mini bank and its rubric, and no history yet."""
    return with_mini_bank(isolated_data_dir)


@pytest.fixture
def bank(data: Path):
    return load_bank(data / "banks" / "mini.yaml")


def sessions(data: Path, *results: list[tuple[str, float | None]], bank, **options) -> list[str]:
    clock = FakeClock()
    with Store.open(database_path(data), clock=clock) as store:
        return [stored_session(store, bank, clock, r, **options).id for r in results]


def test_compare_agrees_with_both_reports(data, bank, capsys):
    one, two = sessions(
        data,
        [("mini-001", 91.3), ("mini-002", 33.3), ("mini-003", 12.0)],
        [("mini-001", 64.6), ("mini-002", 70.05), ("mini-003", 48.2)],
        bank=bank,
    )
    reports = []
    for session_id in (one, two):
        assert run("report", session_id, "--format", "json") == 0
        reports.append(json.loads(capsys.readouterr().out))
    assert run("compare", two[:8], one[:8], "--format", "json") == 0
    compared = json.loads(capsys.readouterr().out)

    for side, report in zip(("earlier", "later"), reports, strict=True):
        assert compared[side]["session_id"] == report["session_id"]
        assert compared[side]["score"] == report["score"]
        for key in ("answered", "skipped", "timed_out", "time_used", "questions_planned"):
            assert compared[side][key] == report[key], key
        topics = {t["id"]: t["average"] for t in report["topics"]}
        assert {t["id"]: t[side] for t in compared["topics"]} == topics
        levels = {g["id"]: g["average"] for g in report["levels"]}
        assert {g["id"]: g[side] for g in compared["levels"]} == levels
        scores = {q["question_id"]: q["score"] for q in report["questions"]}
        assert {q["question_id"]: q[side] for q in compared["questions"]} == scores
    # the Markdown shows each score as `report --format md` shows it
    assert run("compare", one, two) == 0
    text = capsys.readouterr().out
    for session_id in (one, two):
        assert run("report", session_id) == 0
        score = next(line for line in capsys.readouterr().out.splitlines() if "Score" in line)
        shown = score.split("|")[2].strip().split(" / ")[0]
        assert f"| {shown} (" in text


def test_latest_and_previous_name_the_two_newest_sessions_with_answers(data, bank, capsys):
    one, two = sessions(data, [("mini-001", 40.0)], [("mini-001", 60.0)], bank=bank)

    assert run("compare", "latest", "previous") == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"# Side by side: {one[:8]} (earlier) and {two[:8]} (later)")
    assert f"latest: session {two[:8]} (mini)" in err
    assert "| Score | 40 (weak overall) | 60 (weak overall) | +20 |" in out


def test_the_same_session_twice_is_refused(data, bank, capsys):
    (one,) = sessions(data, [("mini-001", 40.0)], bank=bank)

    assert run("compare", one, "latest") == 2
    err = capsys.readouterr().err
    assert f"are the same session ({one[:8]}): name two sessions" in err


def test_an_unknown_id_and_a_missing_previous_are_said_so(data, bank, capsys):
    sessions(data, [("mini-001", 40.0)], bank=bank)

    assert run("compare", "nosuch", "latest") == 1
    assert "no session 'nosuch' in the history" in capsys.readouterr().err
    assert run("compare", "latest", "previous") == 1
    assert "no previous session: 1 session of the history has answers" in capsys.readouterr().err


def test_no_history_says_how_to_start(data, capsys):
    assert run("compare", "latest", "previous") == 1
    assert "No sessions yet. Start one with" in capsys.readouterr().err
    assert not database_path(data).exists()


def test_sessions_of_two_banks_are_compared_on_what_both_asked(data, bank, tmp_path, capsys):
    text = (data / "banks" / "mini.yaml").read_text("utf-8").replace("id: mini\n", "id: other\n", 1)
    (data / "banks" / "other.yaml").write_text(text, "utf-8")
    rubric = (data / "rubrics" / "mini.yaml").read_text("utf-8")
    (data / "rubrics" / "other.yaml").write_text(rubric.replace("mini", "other", 1), "utf-8")
    other = load_bank(data / "banks" / "other.yaml")
    clock = FakeClock()
    with Store.open(database_path(data), clock=clock) as store:
        one = stored_session(store, bank, clock, [("mini-001", 50.0)]).id
        two = stored_session(store, other, clock, [("mini-001", 70.0), ("mini-002", 20.0)]).id

    assert run("compare", one, two) == 0
    out = capsys.readouterr().out
    assert "> Different banks (mini, other): only the topics and questions both" in out
    assert "| Basics | 50 | 70 | +20 |" in out
    assert "Models" not in out.split("## By level")[0]
    assert "| What is temperature in text generation? | later | 20 weak |" in out


def test_a_bank_that_cannot_be_loaded_is_said_and_its_topics_shown_by_id(data, bank, capsys):
    one, two = sessions(data, [("mini-001", 40.0)], [("mini-001", 60.0)], bank=bank)
    (data / "banks" / "mini.yaml").write_text("questions: [unclosed\n", "utf-8")
    assert run("compare", one, two) == 0
    captured = capsys.readouterr()
    assert "warning: bank 'mini' cannot be loaded (" in captured.err
    assert captured.err.count("its topics are shown by id") == 2  # once for each session
    assert "the report shows no reference answers" not in captured.err
    assert "| 40" in captured.out


def test_each_change_is_the_gap_of_the_scores_shown_as_json_shown_change(data, bank, capsys):
    # ux41: 76.2 -> 66.5 reads 76 and 67; the Markdown's change is -9 (not the -10 the
    # unrounded -9.7 rounds to), and the JSON's `shown_change` is that -9 beside `change`
    one, two = sessions(
        data,
        [("mini-001", 76.2), ("mini-002", 33.3), ("mini-003", 12.0)],
        [("mini-001", 66.5), ("mini-002", 70.05), ("mini-003", 48.2)],
        bank=bank,
    )
    assert run("compare", one, two, "--format", "json") == 0
    compared = json.loads(capsys.readouterr().out)
    assert run("compare", one, two) == 0
    rows = [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("| ") and not line.startswith("| ---")
    ]
    shown = {row[0]: row for row in rows}
    by_title = [
        *((t["title"], t) for t in compared["topics"]),
        *((g["title"], g) for g in compared["levels"]),
        *((q["prompt"], q) for q in compared["questions"]),
    ]
    assert len(by_title) >= 6
    for title, entry in by_title:
        _, earlier, later, change = shown[title]
        gap = int(earlier.split()[0]) - int(later.split()[0])
        assert int(change) == -gap == entry["shown_change"], title
        assert entry["change"] == round(entry["later"] - entry["earlier"], 1), title
    question = next(q for q in compared["questions"] if q["question_id"] == "mini-001")
    assert (question["change"], question["shown_change"]) == (-9.7, -9)
    _, earlier, later, change = shown["Score"]
    assert int(change or 0) == compared["shown_change"]
    assert compared["shown_change"] == int(later.split()[0]) - int(earlier.split()[0])
