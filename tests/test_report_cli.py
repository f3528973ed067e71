"""Tests for `interviewer history`, `report` and `regrade` from the command line."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import exit_status as run
from cli_helpers import with_mini_bank

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store, history_json
from interviewer.paths import database_path

DATA = Path(__file__).parent / "data"
NO_SESSIONS = "No sessions yet. Start one with `interviewer start`."
GOOD_ANSWER = (
    "Temperature divides the logits before the softmax: a low temperature is more "
    "deterministic and focused, a high temperature flattens the distribution and is more "
    "diverse. Zero means greedy decoding."
)


@pytest.fixture
def data(isolated_data_dir: Path) -> Path:
    """A data dir holding the mini bank and its rubric, and an empty history."""
    return with_mini_bank(isolated_data_dir)


@pytest.fixture
def bank():
    return load_bank(DATA / "banks" / "mini.yaml")


def add_session(
    data: Path, bank, answers, clock: FakeClock | None = None, finish=True, adaptive=False
):
    """A session of `answers` [(question_id, text, score, band, grader_version)]."""
    with Store.open(database_path(data), clock=clock or FakeClock()) as store:
        config = SessionConfig(bank_id="mini", count=3, adaptive=adaptive)
        session = store.create_session(config, bank)
        for position, (qid, text, score, band, version) in enumerate(answers, start=1):
            store.record_answer(
                session.id, position=position, question=bank.get(qid), answer=text, seconds=30,
                time_limit=60, score=score, band=band, grade={"score": score, "band": band},
                grader_version=version,
            )  # fmt: skip
        if finish:
            store.finish_session(session.id, "beginner")
    return session


def corrupt(data: Path) -> Path:
    data.mkdir(parents=True, exist_ok=True)
    path = database_path(data)
    path.write_bytes(b"this is not a database, just some text that fills a page " * 100)
    return path


# ---------------------------------------------------------------------------------------------
# Empty and damaged data dirs


def test_history_on_an_empty_data_dir(isolated_data_dir, capsys):
    assert run("history") == 0
    assert capsys.readouterr().out.strip() == NO_SESSIONS
    assert not isolated_data_dir.exists()


def test_history_json_on_an_empty_data_dir_is_an_empty_list(isolated_data_dir, capsys):
    assert run("history", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert not isolated_data_dir.exists()


def test_report_on_an_empty_data_dir(isolated_data_dir, capsys):
    assert run("report") == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == NO_SESSIONS and captured.out == ""
    assert not isolated_data_dir.exists()


def test_regrade_on_an_empty_data_dir(isolated_data_dir, capsys):
    assert run("regrade", "--all") == 0
    assert NO_SESSIONS in capsys.readouterr().out
    assert run("regrade", "abcd1234") == 1
    assert NO_SESSIONS in capsys.readouterr().err
    assert not isolated_data_dir.exists()


def test_data_dir_flag_is_honoured(tmp_path, capsys):
    folder = tmp_path / "elsewhere"
    assert run("--data-dir", str(folder), "history") == 0
    # the command it suggests runs on the same folder
    assert (
        f"No sessions yet. Start one with `interviewer --data-dir {folder} start`."
        in capsys.readouterr().out
    )
    assert run("--data-dir", str(folder), "report") == 1
    assert f"`interviewer --data-dir {folder} start`" in capsys.readouterr().err
    assert not folder.exists()


@pytest.mark.parametrize(
    "argv", [("history",), ("history", "--json"), ("report",), ("regrade", "--all")]
)
def test_corrupt_database_gives_a_clear_message(isolated_data_dir, capsys, argv):
    path = corrupt(isolated_data_dir)
    assert run(*argv) == 2
    captured = capsys.readouterr()
    assert str(path) in captured.err and "damaged" in captured.err
    assert "--data-dir" in captured.err and "Traceback" not in captured.err


def test_corrupt_database_in_a_real_process_prints_no_traceback(tmp_path):
    path = corrupt(tmp_path / "data")
    env = {**os.environ, "INTERVIEWER_DATA_DIR": str(tmp_path / "data")}
    for argv in (["history"], ["report", "--format", "html"]):
        done = subprocess.run(
            [sys.executable, "-m", "interviewer", *argv],
            capture_output=True, text=True, env=env, timeout=60,
        )  # fmt: skip
        assert done.returncode == 2
        assert done.stderr.startswith(f"interviewer: {path}: cannot open the history database")
        assert "Traceback" not in done.stderr and done.stdout == ""


# ---------------------------------------------------------------------------------------------
# history


def test_history_table_lists_sessions_newest_first(data, bank, capsys):
    clock = FakeClock()
    older = add_session(data, bank, [("mini-001", "a", 40.0, "weak", "1.0")], clock)
    clock.advance(3600)
    newer = add_session(data, bank, [("mini-001", "b", 90.0, "strong", "1.0")], clock, finish=False)
    assert run("history") == 0
    lines = capsys.readouterr().out.splitlines()
    # play48: the History screen's headers, and no LEVEL column when no session is adaptive
    assert lines[0].split() == ["ID", "DATE", "BANK", "MODE", "QS", "SCORE", "TIME", "STATUS"]
    assert lines[1].startswith(newer.id[:8]) and lines[2].startswith(older.id[:8])
    assert lines[1].split()[3:] == ["mini", "interview", "1", "90", "0:30", "unfinished"]
    # 1 answer of 3 planned: it ended early, as its report says ("closed early") (play25 E2)
    assert lines[2].split()[3:] == ["mini", "interview", "1", "40", "0:30", "closed"]


def test_history_rows_fit_80_columns(data, bank, capsys):
    """play48: every row of `history` took two lines of an 80-column terminal (91 characters:
    QUESTIONS, DURATION and a LEVEL column of `-` wider than their cells); a session with a
    skipped question, finished, fits."""
    with Store.open(database_path(data), clock=FakeClock()) as store:
        session = store.create_session(SessionConfig(bank_id="mini", count=3), bank)
        for position, qid in enumerate(["mini-001", "mini-002"], start=1):
            store.record_answer(
                session.id, position=position, question=bank.get(qid), answer="", seconds=30,
                time_limit=60, score=40.0, band="weak", grade={"score": 40.0, "band": "weak"},
                grader_version="1.0", skipped=position == 2,
            )  # fmt: skip
        store.finish_session(session.id, "beginner")
    assert run("history") == 0
    table_lines = capsys.readouterr().out.split("\n\n")[0].splitlines()
    assert "+1 skip " in table_lines[1] + " "
    assert max(len(line) for line in table_lines) <= 80


def test_history_columns_line_up_under_their_headers(data, bank, capsys):
    """Each header starts where its left-aligned cells start and ends where its right-aligned
    cells end, on every row, an unfinished session's included."""
    clock = FakeClock()
    add_session(data, bank, [("mini-001", "a", 40.0, "weak", "1.0")], clock)
    clock.advance(3600)
    add_session(data, bank, [("mini-001", "b", 90.0, "strong", "1.0")], clock, finish=False)
    clock.advance(3600)
    add_session(data, bank, [("mini-001", "c", 7.0, "missing", "1.0")] * 1, clock, adaptive=True)
    assert run("history") == 0
    header, *rows = capsys.readouterr().out.split("\n\n")[0].splitlines()
    right = {"QS", "SCORE", "TIME"}
    for name in header.split():
        start = header.index(name)
        end = start + len(name)
        for row in rows:
            if name in right:
                assert row[end - 1] != " " and (end == len(row) or row[end] == " "), (name, row)
                if name == "TIME":
                    assert re.fullmatch(r"\d+:\d\d", row[:end].split()[-1]), row
            else:
                assert row[start] != " " and row[start - 1] == " " if start else True, (name, row)


def test_history_shows_the_level_reached_of_adaptive_sessions_only(data, bank, capsys):
    add_session(data, bank, [("mini-001", "a", 90.0, "strong", "1.0")], adaptive=True)
    assert run("history") == 0
    row = capsys.readouterr().out.splitlines()[1].split()
    assert row[3:] == ["mini", "interview,", "adaptive", "1", "90", "beginner", "0:30", "closed"]


def test_an_unfinished_adaptive_session_lists_the_level_its_report_gives(data, bank, capsys):
    """ux31: the report of an unfinished adaptive session said `Level reached: intermediate`
    (held so far) while `history` listed its level as `-`, as for a session not adaptive."""
    clock = FakeClock()
    weak = add_session(
        data, bank, [("mini-001", "a", 20.0, "weak", "1.0")], clock, finish=False, adaptive=True
    )
    clock.advance(60)
    held = add_session(
        data,
        bank,
        [("mini-001", "a", 90.0, "strong", "1.0"), ("mini-002", "b", 80.0, "strong", "1.0")],
        clock,
        finish=False,
        adaptive=True,
    )
    assert run("history") == 0
    rows = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[1:3]}
    assert rows[held.id[:8]][-3] == "intermediate"
    assert rows[weak.id[:8]][-3] == "none"  # nothing held yet (play68: one word, as the report)
    assert run("report", held.id[:8], "--format", "json") == 0
    assert json.loads(capsys.readouterr().out)["level_reached"] == "intermediate"


def test_history_json_is_exactly_the_store_history(data, bank, capsys):
    add_session(data, bank, [("mini-001", "a <b>", 40.0, "weak", "1.0")])
    add_session(data, bank, [("mini-002", "b", 80.0, "strong", "1.0")])
    assert run("history", "--json") == 0
    printed = json.loads(capsys.readouterr().out)
    with Store.open(database_path(data)) as store:
        assert printed == history_json(store)
    assert set(printed[0]) == {
        "id", "bank", "mode", "started_at", "finished", "status", "answered", "skipped",
        "unanswered", "score", "self_rating", "time_used", "answers",
    }  # fmt: skip
    assert set(printed[0]["answers"][0]) == {
        "question_id", "answer", "score", "band", "self_rating", "seconds", "timed_out",
        "skipped", "unanswered", "hints_used", "appeal",
    }  # fmt: skip


def test_history_bank_filter(data, bank, capsys):
    add_session(data, bank, [("mini-001", "a", 40.0, "weak", "1.0")])
    assert run("history", "--bank", "genai") == 0
    assert capsys.readouterr().out.strip() == "No sessions of bank 'genai' yet."
    assert run("history", "--bank", "genai", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run("history", "--bank", "mini", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


# ---------------------------------------------------------------------------------------------
# report


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_report_writes_each_format_and_prints_the_path(data, bank, tmp_path, capsys, fmt):
    session = add_session(data, bank, [("mini-002", "<script>x</script>", 30.0, "weak", "1.0")])
    out = tmp_path / "out" / f"report.{fmt}"
    assert run("report", session.id[:8], "--format", fmt, "-o", str(out)) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        data_out = json.loads(text)
        assert data_out["schema"] == "interviewer-report/1"
        assert data_out["session_id"] == session.id
        assert data_out["questions"][0]["reference_answer"].startswith("Temperature divides")
    elif fmt == "html":
        assert "<script>" not in text and "&lt;script&gt;x&lt;/script&gt;" in text
    else:
        assert text.startswith("# Interview report: Mini test bank")


def test_report_says_when_it_replaces_a_file_as_grade_does(data, bank, tmp_path, capsys):
    # ux41: a second `report -o FILE` replaced the first without a word; `grade -o` says so
    session = add_session(data, bank, [("mini-002", "An answer.", 30.0, "weak", "1.0")])
    out = tmp_path / "report.md"
    assert run("report", session.id[:8], "-o", str(out)) == 0
    assert "replaced" not in capsys.readouterr().err
    out.write_text("an earlier export", encoding="utf-8")
    assert run("report", session.id[:8], "-o", str(out)) == 0
    captured = capsys.readouterr()
    assert captured.err.strip().endswith(f"interviewer: replaced existing {out}")
    assert captured.out.strip() == str(out)
    assert out.read_text(encoding="utf-8").startswith("# Interview report")


def test_report_latest_goes_to_stdout(data, bank, capsys):
    clock = FakeClock()
    add_session(data, bank, [("mini-001", "first", 40.0, "weak", "1.0")], clock)
    clock.advance(60)
    newer = add_session(data, bank, [("mini-001", "second", 60.0, "weak", "1.0")], clock)
    assert run("report", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out)["session_id"] == newer.id


def test_report_of_an_unknown_session(data, bank, capsys):
    add_session(data, bank, [("mini-001", "a", 40.0, "weak", "1.0")])
    assert run("report", "nope1234") == 1
    assert "no session 'nope1234'" in capsys.readouterr().err


def gone_bank(tmp_path: Path):
    """The mini bank loaded from a file that is then deleted: no longer found anywhere."""
    path = tmp_path / "gone" / "mini.yaml"
    path.parent.mkdir()
    shutil.copy(DATA / "banks" / "mini.yaml", path)
    loaded = load_bank(path)
    path.unlink()
    return loaded


def test_report_with_a_missing_bank_still_renders(isolated_data_dir, tmp_path, capsys):
    add_session(isolated_data_dir, gone_bank(tmp_path), [("mini-001", "a", 40.0, "weak", "1.0")])
    assert run("report", "--format", "md") == 0
    captured = capsys.readouterr()
    assert "warning: bank 'mini' cannot be loaded" in captured.err
    assert "# Interview report: mini" in captured.out


def test_report_to_an_unwritable_path(data, bank, tmp_path, capsys):
    add_session(data, bank, [("mini-001", "a", 40.0, "weak", "1.0")])
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert run("report", "-o", str(blocker / "report.md")) == 1
    err = capsys.readouterr().err
    assert "cannot write the report" in err and "Traceback" not in err


# ---------------------------------------------------------------------------------------------
# regrade


def test_regrade_keeps_both_scores_and_shows_the_change(data, bank, capsys):
    session = add_session(data, bank, [("mini-002", GOOD_ANSWER, 12.0, "weak", "0.1")])
    expected = grader_for(bank).grade(bank.get("mini-002"), GOOD_ANSWER)
    assert run("regrade", session.id) == 0
    out = capsys.readouterr().out
    assert f"12 weak -> {expected.score:.0f} {expected.band}" in out
    assert "1 changed, 0 unchanged" in out
    with Store.open(database_path(data)) as store:
        [answer] = store.answers(session.id)
        history = store.grade_history(answer.id)
    assert (answer.score, answer.band) == (expected.score, expected.band)
    assert answer.grader_version == expected.grader_version
    assert [(g.score, g.band, g.grader_version) for g in history] == [(12.0, "weak", "0.1")]


def test_regrade_twice_changes_nothing_the_second_time(data, bank, capsys):
    session = add_session(data, bank, [("mini-002", GOOD_ANSWER, 12.0, "weak", "0.1")])
    assert run("regrade", "--all") == 0
    capsys.readouterr()
    assert run("regrade", session.id[:6]) == 0
    assert "(unchanged)" in capsys.readouterr().out
    with Store.open(database_path(data)) as store:
        [answer] = store.answers(session.id)
        assert len(store.grade_history(answer.id)) == 1


def test_regrade_leaves_skipped_answers_alone(data, bank, capsys):
    with Store.open(database_path(data)) as store:
        session = store.create_session(SessionConfig(bank_id="mini"), bank)
        store.record_answer(
            session.id, position=1, question=bank.get("mini-001"), answer="", seconds=2,
            time_limit=90, skipped=True, score=0.0, band="skipped",
        )  # fmt: skip
    assert run("regrade", session.id) == 0
    assert "skipped; left as it is" in capsys.readouterr().out
    with Store.open(database_path(data)) as store:
        assert store.answers(session.id)[0].band == "skipped"


def test_regrade_needs_a_session_or_all(data, capsys):
    assert run("regrade") == 2
    assert "--all" in capsys.readouterr().err


def test_regrade_with_a_missing_bank_says_so_and_fails(isolated_data_dir, tmp_path, capsys):
    add_session(isolated_data_dir, gone_bank(tmp_path), [("mini-001", "a", 40.0, "weak", "1.0")])
    assert run("regrade", "--all") == 1
    assert "bank cannot be loaded" in capsys.readouterr().out


def test_report_latest_skips_empty_sessions_and_names_an_unfinished_one(data, bank, capsys):
    clock = FakeClock()
    older = add_session(data, bank, [("mini-001", "first", 40.0, "weak", "1.0")], clock)
    clock.advance(60)
    unfinished = add_session(
        data, bank, [("mini-002", "second", 60.0, "weak", "1.0")], clock, finish=False
    )
    clock.advance(60)
    add_session(data, bank, [], clock, finish=False)  # started, nothing answered
    assert run("report", "--format", "json") == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["session_id"] == unfinished.id
    assert "latest session with answers" in captured.err and unfinished.id[:8] in captured.err
    assert "unfinished" in captured.err
    assert f"interviewer resume {unfinished.id[:8]}" in captured.err
    assert older.id[:8] not in captured.err


def test_commands_suggested_from_a_data_dir_flag_keep_the_flag(data, bank, capsys):
    """`report latest` on an unfinished session, an unknown session, `regrade` with nothing
    named and its summary all suggest commands that run on the folder given by --data-dir."""
    unfinished = add_session(
        data, bank, [("mini-002", "second", 60.0, "weak", "1.0")], finish=False
    )
    flag = ("--data-dir", str(data))
    again = f"interviewer --data-dir {data}"
    assert run(*flag, "report", "--format", "json") == 0
    assert f"`{again} resume {unfinished.id[:8]}` continues it" in capsys.readouterr().err
    assert run(*flag, "report", "zzzzzzzz") == 1
    assert f"`{again} history` lists them" in capsys.readouterr().err
    assert run(*flag, "regrade") == 2
    assert f"`{again} history`" in capsys.readouterr().err
    assert run(*flag, "regrade", "--all") == 0
    assert f"shown in `{again} report`" in capsys.readouterr().out


def test_report_latest_without_any_answer(data, bank, capsys):
    add_session(data, bank, [], finish=False)
    assert run("report") == 1
    assert "No session has an answer yet" in capsys.readouterr().err


def test_start_with_an_unknown_topic_fails_like_an_unknown_bank(isolated_data_dir, capsys):
    assert run("start", "--topic", "nosuch") == 2
    err = capsys.readouterr().err
    assert err.startswith("interviewer: ") and "no question on topic 'nosuch'" in err
    assert "Traceback" not in err and not database_path(isolated_data_dir).exists()


def test_start_says_out_loud_when_the_count_is_clamped(
    isolated_data_dir, capsys, monkeypatch: pytest.MonkeyPatch
):
    from interviewer.tui import launch

    started = {}

    def fake_run(app_kwargs, store, args):  # noqa: ANN001
        started.update(app_kwargs)
        store.close()
        return 0

    monkeypatch.setattr(launch, "_run", fake_run)
    assert run("start", "--count", "500", "--seed", "3") == 0
    assert "Only 201 questions match: this session asks 201, not 500." in capsys.readouterr().err
    bank, config = started["start"]
    assert config.count == 500  # the app records the real count when it plans the session


# ---------------------------------------------------------------------------------------------
# One score everywhere


def test_a_session_score_reads_the_same_in_the_report_history_and_json(data, bank, capsys):
    """75.2 + 43.2 + a skipped 0 = 118.4 / 3 = 39.47: 39.5 where one decimal is shown, and
    40 wherever a whole number is, never 39 in one place and 40 in another."""
    with Store.open(database_path(data), clock=FakeClock()) as store:
        session = store.create_session(SessionConfig(bank_id="mini", count=3), bank)
        for position, (qid, score, band, skipped) in enumerate(
            [("mini-001", 75.2, "adequate", False), ("mini-002", 43.2, "weak", False),
             ("mini-003", 0.0, "missing", True)], start=1,
        ):  # fmt: skip
            store.record_answer(
                session.id, position=position, question=bank.get(qid), answer="text",
                seconds=30, time_limit=None, skipped=skipped, score=score, band=band,
                grade={"score": score, "band": band}, grader_version="1.0",
            )  # fmt: skip
        store.finish_session(session.id, None)
        assert store.list_sessions()[0].mean_score == 39.5  # what the history screen shows
    from interviewer.core.report import format_score

    assert format_score(39.5) == "40" and format_score(38.5) == "39"

    assert run("report", session.id, "--format", "json") == 0
    assert json.loads(capsys.readouterr().out)["score"] == 39.5
    assert run("report", session.id, "--format", "md") == 0
    assert "Score | 40 / 100" in capsys.readouterr().out
    assert run("report", session.id, "--format", "html") == 0
    html = capsys.readouterr().out
    assert "40 <small>/ 100</small>" in html and "39 <small>" not in html
    assert run("history", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["score"] == 39.5
    assert run("history") == 0
    row = capsys.readouterr().out.splitlines()[1].split()
    assert row[5:8] == ["2", "+1", "skip"] and row[8] == "40"


def test_a_score_never_reads_rounded_up_across_a_band_cut_off():
    """play24 D2: 69.94 (weak) read "70 / 100 (weak)", and 70 is adequate; play25 D7: the
    way out was one decimal (`69.9` beside `50`), now the whole number below."""
    from interviewer.core.report import format_score

    assert [format_score(s) for s in (69.94, 69.5, 84.5, 84.96, 29.5, 29.8, 99.7)] == [
        "69", "69", "84", "84", "29", "29", "100",
    ]  # fmt: skip
    assert [format_score(s) for s in (70.0, 70.4, 69.4, 85.0, 30.5, 39.5)] == [
        "70", "70", "69", "85", "31", "40",
    ]  # fmt: skip


def test_a_weak_session_score_reads_69_in_every_export_and_the_history(data, bank, capsys):
    """70.0 + 69.8 = a mean of 69.9, weak: `69 (weak)` everywhere a whole number is shown,
    never `70 (weak)` beside a band table where 70 is adequate (play24 D2), nor `69.9` in a
    report of whole numbers (play25 D7)."""
    with Store.open(database_path(data), clock=FakeClock()) as store:
        session = store.create_session(SessionConfig(bank_id="mini", count=2), bank)
        for position, (qid, score, band) in enumerate(
            [("mini-001", 70.0, "adequate"), ("mini-002", 69.8, "weak")], start=1
        ):
            store.record_answer(
                session.id, position=position, question=bank.get(qid), answer="text",
                seconds=30, time_limit=None, score=score, band=band,
                grade={"score": score, "band": band}, grader_version="1.0",
            )  # fmt: skip
        store.finish_session(session.id, None)
    assert run("report", session.id, "--format", "json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["score"], report["band"]) == (69.9, "weak")
    assert run("report", session.id, "--format", "md") == 0
    markdown = capsys.readouterr().out
    assert "Score | 69 / 100 (weak overall)" in markdown and "| 70 / 100" not in markdown
    assert run("report", session.id, "--format", "html") == 0
    assert "69 <small>/ 100</small>" in capsys.readouterr().out
    assert run("history") == 0
    assert capsys.readouterr().out.splitlines()[1].split()[6] == "69"


def test_regrade_latest_picks_the_session_report_latest_picks(data, bank, capsys):
    """play23 F12: `report latest` worked, `regrade latest` said "no session 'latest'"."""
    clock = FakeClock()
    older = add_session(data, bank, [("mini-002", GOOD_ANSWER, 12.0, "weak", "0.1")], clock)
    clock.advance(60)
    newer = add_session(data, bank, [("mini-002", GOOD_ANSWER, 12.0, "weak", "0.1")], clock)
    clock.advance(60)
    add_session(data, bank, [], clock, finish=False)  # started, nothing answered
    assert run("regrade", "latest") == 0
    captured = capsys.readouterr()
    assert f"Session {newer.id[:8]}" in captured.out and older.id[:8] not in captured.out
    assert "1 changed" in captured.out
    assert f"Re-grading the latest session with answers: {newer.id[:8]}" in captured.err


def test_regrade_latest_without_any_answer(data, bank, capsys):
    add_session(data, bank, [], finish=False)
    assert run("regrade", "latest") == 1
    assert "No session has an answer yet" in capsys.readouterr().err


def test_regrade_says_why_a_score_moved_with_the_same_grader(data, bank, capsys):
    """Play 25 E3: after the bank was edited, `33 weak -> 90 strong (+57)` gave no reason; the
    grader was the same, so it is the bank that changed."""
    from interviewer.core.grading import GRADER_VERSION

    path = data / "banks" / "mini.yaml"
    bank = load_bank(path)  # the session records this file, which is edited below
    session = add_session(data, bank, [("mini-002", GOOD_ANSWER, 12.0, "weak", GRADER_VERSION)])
    assert run("regrade", session.id) == 0
    assert "; the bank's text changed)" in capsys.readouterr().out
    # the same answer graded low again, then the bank's version is raised
    with Store.open(database_path(data)) as store:
        [answer] = store.answers(session.id)
        store.update_grade(answer.id, score=12.0, band="weak", grade={"score": 12.0},
                           grader_version=GRADER_VERSION)  # fmt: skip
    text = path.read_text()
    assert f'version: "{bank.version}"' in text
    path.write_text(text.replace(f'version: "{bank.version}"', 'version: "9.9.1"', 1))
    assert run("regrade", session.id) == 0
    out = capsys.readouterr().out
    assert f"the bank changed: v{bank.version} -> v9.9.1" in out
    with Store.open(database_path(data)) as store:
        [answer] = store.answers(session.id)
        store.update_grade(answer.id, score=12.0, band="weak", grade={"score": 12.0},
                           grader_version="0.1")  # fmt: skip
    assert run("regrade", session.id) == 0
    assert f"grader 0.1 -> {GRADER_VERSION}" in capsys.readouterr().out


def test_an_exported_report_suggests_regrade_with_its_data_dir(tmp_path, bank, capsys):
    """The data dir given by --data-dir (with a space and a quote in its name) is in the
    regrade command a report of an older grader's scores suggests, quoted for a shell."""
    import shlex

    folder = tmp_path / "my interviews" / "Bob's"
    session = add_session(folder, bank, [("mini-001", "an answer", 60.0, "weak", "0.1")])
    assert run("--data-dir", str(folder), "report", session.id[:8], "--format", "md") == 0
    text = capsys.readouterr().out
    [command] = re.findall(r"run `(.*?)`", text)  # a code span in its table cell (ux35)
    assert shlex.split(command) == [
        "interviewer", "--data-dir", str(folder), "regrade", session.id[:8],
    ]  # fmt: skip
