"""Tests for `interviewer grade`: the batch contract (JSON Lines, CSV, per-line errors, exits)."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import grade_process as run
from cli_helpers import jsonl
from cli_helpers import jsonl_rows as lines

from interviewer.core.store import mean_score

REPO = Path(__file__).parent.parent
MINI = str(REPO / "tests" / "data" / "banks" / "mini.yaml")

GOOD = (
    "Temperature divides the logits before the softmax: low temperature is more deterministic "
    "and focused, high temperature flattens the distribution and is more diverse. Zero is greedy. "
    "It is the main setting for trading consistency against creativity when tokens are sampled "
    "from the model's probability distribution."
)
STACK = {
    "question": "What is a stack?",
    "reference": "A stack is a last-in first-out structure: push adds on top, pop removes the top.",
}


def test_one_output_line_per_input_line_in_order(tmp_path):
    rows = [
        {"question_id": "mini-002", "answer": GOOD},
        {"question_id": "mini-001", "answer": ""},
        {"question_id": "mini-002", "answer": "logits, softmax, greedy, diverse"},
        {**STACK, "answer": "Last in first out: push on the top, pop off the top."},
    ]
    result = run(tmp_path, "--bank", MINI, stdin=jsonl(*rows))
    assert result.returncode == 0, result.stderr
    out = lines(result.stdout)
    assert [o["line"] for o in out] == [1, 2, 3, 4]
    assert [o.get("question_id") for o in out] == ["mini-002", "mini-001", "mini-002", None]
    assert out[0]["band"] in ("strong", "adequate") and out[1]["band"] == "missing"
    assert "keyword_list" in out[2]["flags"]
    for o in out:
        assert set(o) >= {"score", "band", "similarity", "coverage", "matched", "missed", "flags"}
        assert isinstance(o["feedback"], str)


def test_bad_lines_give_errors_in_place_and_exit_1(tmp_path):
    rows = [
        {"question_id": "mini-002", "answer": GOOD},
        b"{not json",
        {"question_id": "no-such-question", "answer": "x"},
        {"question_id": "mini-002"},
        {"question_id": "mini-002", "answer": 42},
        {"question_id": 7, "answer": "x"},
        [1, 2],
        {"question": "Q?", "references": [], "answer": "x"},
        {
            "question_id": "mini-001",
            "answer": "A neural network trained to predict the next token.",
        },
    ]
    result = run(tmp_path, "--bank", MINI, stdin=jsonl(*rows))
    assert result.returncode == 1
    out = lines(result.stdout)
    assert [o["line"] for o in out] == list(range(1, 10))
    assert [("error" in o) for o in out] == [False] + [True] * 7 + [False]
    assert "no-such-question" in out[2]["error"]
    assert "answer" in out[3]["error"]
    stderr = result.stderr.decode()
    assert "line 2:" in stderr and "line 8:" in stderr
    assert "Traceback" not in stderr


def test_alias_ids_resolve(tmp_path):
    result = run(tmp_path, "--bank", MINI, stdin=jsonl({"question_id": "mini-005", "answer": GOOD}))
    assert result.returncode == 0
    assert lines(result.stdout)[0]["band"] in ("strong", "adequate")


def test_unknown_bank_exits_2(tmp_path):
    result = run(
        tmp_path, "--bank", "no-such-bank", stdin=jsonl({"question_id": "a", "answer": "b"})
    )
    assert result.returncode == 2
    assert "no-such-bank" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_reference_mode_needs_no_bank(tmp_path):
    rows = [
        {**STACK, "answer": "Last in first out: push on the top, pop off the top."},
        {
            "question": STACK["question"],
            "references": [STACK["reference"], "LIFO"],
            "keywords": ["LIFO", "push", "pop"],
            "answer": "LIFO, you push and pop at the top.",
            "question_id": "mine-1",
        },
        {**STACK, "answer": "A stack is a stack."},
    ]
    result = run(tmp_path, "--bank", "no-such-bank", stdin=jsonl(*rows))
    assert result.returncode == 0, result.stderr
    out = lines(result.stdout)
    assert out[0]["band"] in ("strong", "adequate")
    assert out[1]["question_id"] == "mine-1"
    assert sorted(out[1]["matched"]) == ["LIFO", "pop", "push"]
    assert out[2]["score"] < out[0]["score"]


def test_invalid_utf8_is_a_per_line_error(tmp_path):
    data = jsonl({"question_id": "mini-002", "answer": GOOD}) + b'{"answer": "\xff\xfe"}\n'
    result = run(tmp_path, "--bank", MINI, stdin=data)
    assert result.returncode == 1
    out = lines(result.stdout)
    assert "error" not in out[0]
    assert "UTF-8" in out[1]["error"]


def test_huge_emoji_and_rtl_answers_are_graded(tmp_path):
    rows = [
        {"question_id": "mini-002", "answer": "temperature " * 90_000},
        {"question_id": "mini-002", "answer": "🔥🌡️ softmax 🙂"},
        {"question_id": "mini-002", "answer": "درجة الحرارة تقسم اللوجيتات \u202e"},
        {"question_id": "mini-002", "answer": "\x00\x07 control \x1b[31m chars"},
    ]
    result = run(tmp_path, "--bank", MINI, stdin=jsonl(*rows))
    assert result.returncode == 0, result.stderr
    assert all("score" in o for o in lines(result.stdout))


def test_a_bank_that_cannot_be_loaded_leaves_an_existing_output_as_it_was(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("question_id,answer\nq-1,some answer\n", encoding="utf-8")
    target = tmp_path / "out.csv"
    target.write_text("last week's grades\n", encoding="utf-8")
    result = run(tmp_path, "--bank", "no-such-bank", str(source), "-o", str(target))
    assert result.returncode == 2
    assert target.read_text(encoding="utf-8") == "last week's grades\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == []


def test_a_written_output_gets_the_mode_of_a_new_file(tmp_path):
    import os

    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl({"question_id": "mini-002", "answer": GOOD}))
    target = tmp_path / "out.jsonl"
    assert run(tmp_path, "--bank", MINI, str(source), "-o", str(target)).returncode == 0
    plain = tmp_path / "plain"
    plain.touch()
    assert os.stat(target).st_mode == os.stat(plain).st_mode


def test_files_in_and_out(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl({"question_id": "mini-002", "answer": GOOD}))
    target = tmp_path / "out.jsonl"
    result = run(tmp_path, "--bank", MINI, str(source), "-o", str(target))
    assert result.returncode == 0
    assert result.stdout == b""
    assert lines(target.read_bytes())[0]["band"] in ("strong", "adequate")


def test_csv_in_and_out(tmp_path):
    source = tmp_path / "answers.csv"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["question_id", "answer", "question", "references", "keywords"])
    writer.writerow(["mini-002", GOOD, "", "", ""])
    writer.writerow(["nope", "x", "", "", ""])
    writer.writerow(["", "LIFO: push and pop", STACK["question"], STACK["reference"], "LIFO;push"])
    source.write_text(buffer.getvalue(), encoding="utf-8")
    target = tmp_path / "graded.csv"
    result = run(tmp_path, "--bank", MINI, str(source), "-o", str(target))
    assert result.returncode == 1
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert [r["line"] for r in rows] == ["2", "3", "4"]  # file lines: the header is line 1
    assert rows[0]["band"] in ("strong", "adequate") and rows[0]["error"] == ""
    assert "nope" in rows[1]["error"]
    assert "push" in rows[2]["matched"]


def test_csv_input_to_jsonl_output(tmp_path):
    source = tmp_path / "answers.csv"
    source.write_text(f'question_id,answer\nmini-002,"{GOOD}"\n', encoding="utf-8")
    result = run(tmp_path, "--bank", MINI, str(source))
    assert result.returncode == 0
    assert lines(result.stdout)[0]["line"] == 2


def test_missing_input_file_exits_2(tmp_path):
    result = run(tmp_path, "--bank", MINI, str(tmp_path / "absent.jsonl"))
    assert result.returncode == 2
    assert "absent.jsonl" in result.stderr.decode()


def test_batch_is_deterministic(tmp_path):
    data = jsonl(*({"question_id": "mini-002", "answer": GOOD[: 20 * i]} for i in range(1, 8)))
    first = run(tmp_path, "--bank", MINI, stdin=data).stdout
    assert first == run(tmp_path, "--bank", MINI, stdin=data).stdout


def test_run_batch_in_process(tmp_path, monkeypatch, capsys):
    from interviewer.cli import main

    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl({"question_id": "mini-001", "answer": "It predicts the next token."}))
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(tmp_path))
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(tmp_path), "grade", "--bank", MINI, str(source), "-o", "-"])
    assert exit_info.value.code == 0


def test_csv_row_with_an_empty_answer_is_graded_not_refused(tmp_path):
    from interviewer.core.batch_input import Item, csv_records, items

    data = f'question_id,answer\nmini-002,\nmini-002,""\nmini-002,"{GOOD}"\n'.encode()
    parsed = list(items(csv_records(io.BytesIO(data))))
    assert [type(entry) for _, entry in parsed] == [Item, Item, Item]
    assert [entry.answer for _, entry in parsed[:2]] == ["", ""]  # type: ignore[union-attr]
    source = tmp_path / "answers.csv"
    source.write_bytes(data)
    result = run(tmp_path, "--bank", MINI, str(source))
    assert result.returncode == 0, result.stdout
    first = lines(result.stdout)[0]
    assert (first["score"], first["band"], first["flags"]) == (0.0, "missing", ["empty"])


def test_grade_help_names_the_csv_columns_and_separators(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "interviewer", "grade", "--help"],
        capture_output=True,
        cwd=REPO,
        env={"PATH": "", "INTERVIEWER_DATA_DIR": str(tmp_path), "COLUMNS": "200"},
        timeout=60,
    )
    text = result.stdout.decode()
    for column in ("question_id", "answer", "question", "reference", "references", "keywords"):
        assert column in text
    assert "'|'" in text and "';'" in text and "empty answer is graded" in text


def test_a_run_ends_with_a_one_line_summary_on_stderr(tmp_path):
    rows = [
        {"question_id": "mini-002", "answer": GOOD},
        {"question_id": "mini-001", "answer": ""},
        {"question_id": "nope", "answer": "x"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(*rows))
    target = tmp_path / "out.jsonl"
    result = run(tmp_path, "--bank", MINI, str(source), "-o", str(target))
    assert result.returncode == 1
    out = lines(target.read_bytes())
    scores = [o["score"] for o in out if "score" in o]
    bands = [o["band"] for o in out if "band" in o]
    counts = ", ".join(f"{b} {bands.count(b)}" for b in ("strong", "adequate", "weak", "missing"))
    last = result.stderr.decode().splitlines()[-1]
    said = f"3 lines: 2 graded, 1 error; mean {mean_score(scores):.1f} ({counts}) -> {target}"
    # play64: and how long the run took
    assert re.fullmatch(re.escape(said) + r" in \d+\.\d s", last), last

    result = run(tmp_path, "--bank", MINI, stdin=jsonl({"question_id": "nope", "answer": "x"}))
    last = result.stderr.decode().splitlines()[-1]
    assert re.fullmatch(r"1 line: 0 graded, 1 error -> standard output in \d+\.\d s", last)


def test_a_reference_mode_line_is_graded_the_same_whatever_the_other_lines(tmp_path):
    """A line's grade is a function of that line: other questions in the file, their order and
    how lines fall into chunks change nothing (a class re-graded in another order or in part
    got other scores: 4,891 of 7,093 SemEval-2013 lines moved, 565 changed band)."""
    from interviewer.core.batch import grade_chunk
    from interviewer.core.batch_input import items, jsonl_lines
    from interviewer.core.grading import grade_reference

    queue = {
        "question": "What is a queue?",
        "reference": "A queue is first-in first-out: enqueue at the back, dequeue at the front.",
    }
    answers = [
        "Last in first out: push on the top, pop off the top.",
        "It is LIFO.",
        "A stack adds and removes at the same end, the top.",
    ]
    mine = [{**STACK, "answer": a} for a in answers]
    others = [{**queue, "answer": a} for a in ("FIFO, like a line at a shop.", "A queue.")]
    alone = grade_chunk(list(items(jsonl_lines(jsonl(*mine).splitlines()))), None)
    mixed = grade_chunk(
        list(items(jsonl_lines(jsonl(*others, *reversed(mine), *others).splitlines()))), None
    )
    strip = [{k: v for k, v in row.items() if k != "line"} for row in alone]
    assert strip[::-1] == [{k: v for k, v in row.items() if k != "line"} for row in mixed[2:5]]
    for row, answer in zip(alone, answers, strict=True):
        assert row["score"] == grade_reference(STACK["question"], STACK["reference"], answer).score
    # and through the command, in two orders
    first = lines(run(tmp_path, stdin=jsonl(*mine, *others)).stdout)
    second = lines(run(tmp_path, stdin=jsonl(*others, *mine)).stdout)
    assert [r["score"] for r in first[:3]] == [r["score"] for r in second[2:]]


ICE = {
    "question": "Why does ice float on water?",
    "reference": (
        "Ice is less dense than liquid water because hydrogen bonds hold the molecules in an "
        "open hexagonal lattice."
    ),
    "keywords": "less dense;hydrogen bonds;lattice",
}
CONTRAST_BANK = """\
id: mine
title: Mine
version: "1"
topics:
  - id: python
    title: Python
questions:
  - id: mine-001
    topic: python
    level: beginner
    prompt: What is the difference between a list and a tuple?
    references:
      - A list is mutable, while a tuple is immutable. Tuples can be used as dictionary keys.
"""


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_caught_reversal_or_swap_is_flagged_as_a_contradiction(tmp_path, suffix):
    """play23 F7: reversals and swaps caught in reference mode had `flags` empty (a denial was
    flagged), so a teacher filtering the output on flags missed them; in CSV and JSON Lines,
    against an answer key in the file, a bank of one's own (no rubric) and the genai bank."""
    bank = tmp_path / "mine.yaml"
    bank.write_text(CONTRAST_BANK, encoding="utf-8")
    reversed_ice = "Ice is more dense than liquid water because hydrogen bonds hold it apart."
    right_ice = "Ice is less dense than liquid water: hydrogen bonds hold an open lattice."
    swapped = "A tuple is mutable, while a list is immutable."
    keyed = {"reference": ICE["reference"], "keywords": ICE["keywords"].split(";")}
    rows = [
        {"question": ICE["question"], **keyed, "answer": reversed_ice},
        {"question": ICE["question"], **keyed, "answer": right_ice},
        {"question_id": "mine-001", "answer": swapped},
        {
            "question": "What is the difference between a list and a tuple?",
            "reference": "A list is mutable, while a tuple is immutable.",
            "answer": swapped,
        },
    ]
    source = tmp_path / f"in{suffix}"
    target = tmp_path / f"out{suffix}"
    if suffix == ".csv":
        buffer = io.StringIO()
        names = ["question_id", "question", "reference", "keywords", "answer"]
        writer = csv.DictWriter(buffer, names, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            keywords = row.get("keywords")
            writer.writerow({**row, "keywords": ";".join(keywords) if keywords else ""})
        source.write_text(buffer.getvalue(), encoding="utf-8")
    else:
        source.write_bytes(jsonl(*rows))
    result = run(tmp_path, "--bank", str(bank), str(source), "-o", str(target))
    assert result.returncode == 0, result.stderr
    if suffix == ".csv":
        flags = [r["flags"].split("; ") for r in csv.DictReader(io.StringIO(target.read_text()))]
    else:
        flags = [r["flags"] for r in lines(target.read_bytes())]
    assert ["contradiction" in f for f in flags] == [True, False, True, True]


def test_a_contradiction_in_the_genai_bank_is_flagged_in_the_batch_output(tmp_path):
    answer = (
        "In MLM you mask about 15% of tokens and the model predicts them, but only from the "
        "words to the left of each mask, since seeing the right side would leak the answer."
    )
    result = run(
        tmp_path, "--bank", "genai", stdin=jsonl({"question_id": "genai-027", "answer": answer})
    )
    assert result.returncode == 0, result.stderr
    assert "contradiction" in lines(result.stdout)[0]["flags"]


def test_a_keyword_string_against_an_answer_key_is_flagged_and_told_why(tmp_path):
    """play23 F7 row 12: "Axial tilt angle of sunlight day length" scored 60.2 weak against its
    own answer key with an empty feedback cell ("of" had hidden the string of terms)."""
    seasons = {
        "question": "What causes the seasons on Earth?",
        "reference": (
            "The seasons are caused by the tilt of Earth's axis (about 23.5 degrees), which "
            "changes the angle and duration of sunlight each hemisphere receives during the orbit."
        ),
        "keywords": ["axial tilt", "angle of sunlight", "day length"],
    }
    result = run(
        tmp_path, stdin=jsonl({**seasons, "answer": "Axial tilt angle of sunlight day length"})
    )
    assert result.returncode == 0, result.stderr
    row = lines(result.stdout)[0]
    assert row["flags"] == ["keyword_list"] and row["band"] == "weak"
    assert row["feedback"].startswith("Explain in sentences")


@pytest.mark.parametrize(("suffix", "jobs"), [(".csv", "1"), (".jsonl", "1"), (".jsonl", "2")])
def test_an_error_row_keeps_the_lines_question_id(tmp_path, suffix, jobs):
    """play23 F13: a line that could not be graded lost its question_id (an empty CSV cell, no
    JSON key), so an error could not be traced to its question."""
    source = tmp_path / f"in{suffix}"
    if suffix == ".csv":
        source.write_text(
            "student,question_id,answer\nzoe,mini-002,fine\nyan,no-such-question,foo\n",
            encoding="utf-8",
        )
    else:
        source.write_bytes(
            jsonl(
                {"student": "zoe", "question_id": "mini-002", "answer": "fine"},
                {"student": "yan", "question_id": "no-such-question", "answer": "foo"},
                {"student": "xia", "question_id": " mini-001 ", "answer": 42},
                {"student": "wes", "question_id": 7, "answer": "x"},
            )
        )
    target = tmp_path / f"out{suffix}"
    result = run(tmp_path, "--bank", MINI, "--jobs", jobs, str(source), "-o", str(target))
    assert result.returncode == 1
    if suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
        assert [(r["student"], r["question_id"], bool(r["error"])) for r in rows] == [
            ("zoe", "mini-002", False),
            ("yan", "no-such-question", True),
        ]
    else:
        rows = lines(target.read_bytes())
        assert [(r["student"], r.get("question_id"), "error" in r) for r in rows] == [
            ("zoe", "mini-002", False),
            ("yan", "no-such-question", True),
            ("xia", "mini-001", True),
            ("wes", None, True),  # not text: no question id to keep
        ]


def test_batch_grading_keeps_the_bank_fit_in_the_cache_folder(tmp_path):
    """A second `grade` run takes the bank's fit from <data dir>/cache/fits, as the app does."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl({"question_id": "mini-001", "answer": "It predicts the next token."}))
    first = run(tmp_path, "--bank", MINI, str(source), "-o", "-")
    assert first.returncode == 0, first.stderr
    fits = sorted((tmp_path / "cache" / "fits").glob("fit-*.npz"))
    assert len(fits) == 1
    second = run(tmp_path, "--bank", MINI, str(source), "-o", "-")
    assert second.returncode == 0, second.stderr
    assert lines(second.stdout) == lines(first.stdout)
    assert sorted((tmp_path / "cache" / "fits").glob("fit-*.npz")) == fits


def test_bank_audit_keeps_the_bank_fit_in_the_cache_folder(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "interviewer", "--data-dir", str(tmp_path), "bank", "audit", MINI],
        capture_output=True,
        cwd=REPO,
        env={"PATH": "", "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )
    assert result.returncode in (0, 1), result.stderr
    assert len(list((tmp_path / "cache" / "fits").glob("fit-*.npz"))) == 1


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_question_without_a_reference_is_an_error_that_says_why(tmp_path, suffix):
    """play33: a line naming a self-rated question (an imported list's question with no answer)
    failed with "ValueError: max() arg is an empty sequence"; it says what is missing now, and
    the other lines are graded."""
    bank = tmp_path / "own.yaml"
    bank.write_text(
        "id: own\ntitle: Own\nversion: '1'\nquestions:\n"
        "  - id: own-1\n    prompt: What is a stack?\n"
        "    references: ['A stack is last in, first out: push adds on top, pop takes it.']\n"
        "  - id: own-2\n    prompt: What happens when you type a URL and press Enter?\n",
        encoding="utf-8",
    )
    answers = tmp_path / f"answers{suffix}"
    if suffix == ".csv":
        answers.write_text(
            'question_id,answer\nown-2,"DNS, TCP, HTTP"\nown-1,"Last in, first out."\n', "utf-8"
        )
    else:
        answers.write_bytes(
            jsonl(
                {"question_id": "own-2", "answer": "DNS, TCP, HTTP"},
                {"question_id": "own-1", "answer": "Last in, first out."},
            )
        )
    result = run(tmp_path, "--bank", str(bank), str(answers), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 1
    first, second = lines((tmp_path / "out.jsonl").read_bytes())
    assert "Error" not in first["error"] and "max()" not in first["error"]
    assert first["error"].startswith("question 'own-2' has no reference answer")
    assert first["question_id"] == "own-2" and "score" not in first
    assert second["question_id"] == "own-1" and second["score"] > 0
    line = 2 if suffix == ".csv" else 1  # a CSV file's first line names the columns
    assert f"{answers}:{line}: question 'own-2' has no reference answer" in result.stderr.decode()


def test_help_says_what_each_exit_status_means_as_a_run_gives_it(tmp_path):
    # ux41: a teacher's script saw exit 1 for a class file with one bad row, and `grade
    # --help` did not say that the other rows were written all the same
    shown = run(tmp_path, "--help")
    assert shown.returncode == 0
    text = " ".join(shown.stdout.decode("utf-8").split())
    assert "1 when any line has an error (every other line is still written)" in text
    rows = "question,reference,answer\n" + f'"{STACK["question"]}","{STACK["reference"]}",'
    rows += '"A stack is last in first out."\n"unclosed,quote\n'
    source = tmp_path / "class.csv"
    source.write_text(rows, encoding="utf-8")
    out = tmp_path / "graded.jsonl"
    graded = run(tmp_path, str(source), "-o", str(out))
    assert graded.returncode == 1
    assert [("error" in row) for row in lines(out.read_bytes())] == [False, True]
