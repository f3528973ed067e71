"""`interviewer grade` keeps its contract whatever comes in: one output line per input line."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import interviewer_process as interviewer
from cli_helpers import jsonl
from cli_helpers import jsonl_rows as lines

REPO = Path(__file__).parent.parent
MINI = str(REPO / "tests" / "data" / "banks" / "mini.yaml")
GOOD = (
    "Temperature divides the logits before the softmax: low temperature is more deterministic "
    "and focused, high temperature flattens the distribution and is more diverse."
)
STACK = {
    "question": "What is a stack?",
    "reference": "A stack is a last-in first-out structure: push adds on top, pop removes the top.",
}
STOP_WORDS = {"question": "What is it?", "reference": "It is what it is.", "answer": "it is"}


def grade(tmp_path: Path, *args: str, stdin: bytes | None = None):  # noqa: ANN201
    return interviewer(tmp_path, "grade", "--bank", MINI, *args, stdin=stdin)


def test_a_4300_digit_question_id_fails_its_line_only(tmp_path: Path) -> None:
    huge = b'{"question_id": ' + b"7" * 4301 + b', "answer": "x"}'
    result = grade(tmp_path, stdin=jsonl({"question_id": "mini-002", "answer": GOOD}, huge))
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    first, second = lines(result.stdout)
    assert first["score"] > 0 and "error" not in first
    assert second == {"line": 2, "error": "not valid JSON: a number is too long"}


def test_a_reference_line_of_stop_words_fails_its_line_only(tmp_path: Path) -> None:
    result = grade(tmp_path, stdin=jsonl(STOP_WORDS))
    assert b"Traceback" not in result.stderr
    [row] = lines(result.stdout)
    # an answer key of stop words only is an error for its line, as docs/scale.md says (play25
    # A5: it had been graded, the answer called empty)
    assert row["line"] == 1 and "no content words to compare" in row["error"]
    assert result.returncode == 1
    mixed = grade(tmp_path, stdin=jsonl({**STACK, "answer": "push and pop, LIFO"}, STOP_WORDS))
    first, second = lines(mixed.stdout)  # fitted together with a real line, it can be graded
    assert "score" in first and second["line"] == 2


def test_csv_without_a_header_is_refused_and_the_output_left_alone(tmp_path: Path) -> None:
    source = tmp_path / "answers.csv"
    source.write_text(f'mini-002,"{GOOD}"\nmini-001,"It predicts the next token."\n')
    target = tmp_path / "kept.jsonl"
    target.write_text("earlier results\n")
    result = grade(tmp_path, str(source), "-o", str(target))
    assert result.returncode == 2 and result.stdout == b""
    assert f"{source}:1: the first line must be a header naming the columns".encode() in (
        result.stderr
    )
    assert target.read_text() == "earlier results\n"


def test_csv_with_a_duplicated_column_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "answers.csv"
    source.write_text(f'question_id,answer,answer\nmini-002,"{GOOD}",nothing\n')
    result = grade(tmp_path, str(source))
    assert result.returncode == 2
    assert b":1: the header names column 'answer' twice" in result.stderr


def test_csv_unterminated_quote_is_an_error_at_its_line_and_later_rows_are_graded(
    tmp_path: Path,
) -> None:
    """play24 C1: one unclosed quote swallowed every later row ("1 line: 0 graded, 1 error"
    for a class of three); the row is an error naming its line, and the rows after it are
    graded, as `bank import` reads on."""
    source = tmp_path / "answers.csv"
    source.write_text(
        "student,question_id,answer\n"
        f'ann,mini-002,"{GOOD}"\nbob,mini-001,"It predicts\ncid,mini-003,Some answer\n'
        f'dan,mini-002,"{GOOD}"\n'
    )
    result = grade(tmp_path, str(source))
    assert result.returncode == 1
    rows = lines(result.stdout)
    assert [(row["line"], row["student"], "error" in row) for row in rows] == [
        (2, "ann", False),
        (3, "bob", True),
        (4, "cid", False),
        (5, "dan", False),
    ]
    assert rows[1]["question_id"] == "mini-001"
    assert rows[1]["error"] == (
        'a quote (") opened on line 3 is not closed where its row ends: the row is not graded, '
        "and reading goes on at line 4"
    )
    assert b'answers.csv:3: a quote (") opened on line 3' in result.stderr
    assert b"4 lines: 3 graded, 1 error" in result.stderr


def test_an_input_without_answers_is_refused_and_the_output_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "kept.jsonl"
    for name, data in [("empty.csv", b""), ("header.csv", b"question_id,answer\n"),
                       ("blank.jsonl", b"\n  \n")]:  # fmt: skip
        source = tmp_path / name
        source.write_bytes(data)
        target.write_text("earlier results\n")
        result = grade(tmp_path, str(source), "-o", str(target))
        assert result.returncode == 2, name
        assert result.stderr.decode().strip() == f"interviewer: no answers to grade in {source}"
        assert target.read_text() == "earlier results\n"
    result = grade(tmp_path, stdin=b"")
    assert result.returncode == 2
    assert b"no answers to grade in standard input" in result.stderr


def test_a_csv_header_without_answer_says_which_column_is_missing(tmp_path: Path) -> None:
    source = tmp_path / "answers.csv"
    source.write_text("question,reference\nWhat is a stack?,LIFO\n")
    result = grade(tmp_path, str(source))
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert result.stderr.decode().strip() == (
        f"interviewer: {source}:1: the header has no 'answer' column; "
        "columns found: question, reference"
    )
    source.write_text("notes,student\nq,a\n")
    result = grade(tmp_path, str(source))
    assert result.returncode == 2
    assert b":1: the first line must be a header naming the columns" in result.stderr


def test_a_binary_file_is_not_a_text_file(tmp_path: Path) -> None:
    target = tmp_path / "kept.jsonl"
    for name, data in [
        ("elf.csv", b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4),
        ("elf.jsonl", b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4),
        ("latin.jsonl", b'{"answer": "caf\xe9"}\n'),
        # UTF-16 with a byte-order mark is read (play25 C2); without one it is not text
        ("utf16.csv", "question_id,answer\nmini-002,x\n".encode("utf-16-le")),
    ]:
        source = tmp_path / name
        source.write_bytes(data)
        target.write_text("earlier results\n")
        result = grade(tmp_path, str(source), "-o", str(target))
        assert result.returncode == 2, name
        assert f"{source}: not a text file".encode() in result.stderr, result.stderr
        assert b"Traceback" not in result.stderr
        assert target.read_text() == "earlier results\n"
    result = grade(tmp_path, stdin=b"\x00\x01\x02")
    assert result.returncode == 2 and b"standard input: not a text file" in result.stderr


def test_a_bad_line_after_a_good_first_line_is_still_a_line_error(tmp_path: Path) -> None:
    data = jsonl({"question_id": "mini-002", "answer": GOOD}) + b'{"answer": "\xff"}\n'
    result = grade(tmp_path, stdin=data)
    assert result.returncode == 1
    assert lines(result.stdout)[1] == {"line": 2, "error": "the line is not valid UTF-8 text"}


def test_a_csv_row_saved_in_a_code_page_says_which_column_and_what_to_do(tmp_path: Path) -> None:
    """play47: a teacher's CSV with one answer saved in Latin-1 ("tr\xe8s") got "the row is not
    valid UTF-8 text" with no student and no way out; the row keeps its student and says how."""
    source = tmp_path / "class.csv"
    source.write_bytes(
        b"student,question,reference,answer\n"
        b"Ana,What is X?,X is a thing,X est une chose tr\xe8s grande\n"
        b"Ben,What is X?,X is a thing,X is a thing that exists\n"
    )
    result = grade(tmp_path, str(source))
    assert result.returncode == 1
    first, second = lines(result.stdout)
    why = "the row is not valid UTF-8 text (column answer): save the file as CSV UTF-8"
    assert first == {
        "line": 2,
        "student": "Ana",
        "error": f"{why} and grade it again",
        "question": "What is X?",  # versus47: a reference-mode row names its question
    }
    assert f"{source}:2: {why}".encode() in result.stderr
    assert second["student"] == "Ben" and "error" not in second


def test_csv_line_numbers_are_file_lines_in_output_and_messages(tmp_path: Path) -> None:
    source = tmp_path / "answers.csv"
    source.write_text(f'question,answer\n\nWhat is it?,"two\nlines"\nmini-002,"{GOOD}",extra\n')
    result = grade(tmp_path, str(source))
    first, second = lines(result.stdout)
    assert first["line"] == 3 and "no question of bank 'mini' reads 'What is it?'" in first["error"]
    assert second["line"] == 5 and second["error"] == (
        "the row has 3 cells; the header names 2: cell 3 ('extra') under no column (quote a "
        "cell that holds a comma)"
    )
    stderr = result.stderr.decode()
    assert f"{source}:3: no question of bank 'mini'" in stderr
    assert f"{source}:5: the row has 3 cells" in stderr and "file line" not in stderr


def test_a_row_with_too_many_cells_keeps_its_passed_through_cells_and_names_the_extra(
    tmp_path: Path,
) -> None:
    """play24 C3: the error row of a row with too many cells had no `student`, so it could not
    be matched back to its student."""
    source = tmp_path / "answers.csv"
    source.write_text(
        "student,question_id,answer,class\n"
        f"ann,mini-002,{GOOD.split(',')[0]},A\n"
        "bob,mini-002,It is four, I think,B,late\n"
    )
    result = grade(tmp_path, str(source))
    first, second = lines(result.stdout)
    assert first["student"] == "ann" and "error" not in first
    assert second == {
        "line": 3,
        "student": "bob",
        "class": " I think",
        "question_id": "mini-002",
        "error": "the row has 6 cells; the header names 4: cells 5-6 ('B', 'late') under no "
        "column (quote a cell that holds a comma)",
        "answer": "It is four",  # the cell under `answer`, beside the error (play49)
    }


def test_output_to_a_folder_or_the_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    data = jsonl({"question_id": "mini-002", "answer": GOOD})
    source.write_bytes(data)
    result = grade(tmp_path, str(source), "-o", str(tmp_path))
    assert result.returncode == 2 and b"is a folder" in result.stderr
    assert b"Traceback" not in result.stderr
    result = grade(tmp_path, str(source), "-o", str(source))
    assert result.returncode == 2 and b"is the input file" in result.stderr
    assert source.read_bytes() == data


def test_output_into_a_missing_folder_creates_it(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl({"question_id": "mini-002", "answer": GOOD}))
    target = tmp_path / "new" / "out.jsonl"
    result = grade(tmp_path, str(source), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert lines(target.read_bytes())[0]["score"] > 0


def test_output_under_a_file_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl({"question_id": "mini-002", "answer": GOOD}))
    result = grade(tmp_path, str(source), "-o", str(source / "out.jsonl"))
    assert result.returncode == 2 and b"cannot write" in result.stderr
    assert b"Traceback" not in result.stderr


def test_bank_import_output_checks(tmp_path: Path) -> None:
    guide = tmp_path / "guide.txt"
    text = "Guide\n1. What is X?\nX is a thing.\n"
    guide.write_text(text)
    result = interviewer(tmp_path, "bank", "import", str(guide), "-o", str(tmp_path))
    assert result.returncode == 2 and b"is a folder" in result.stderr
    result = interviewer(tmp_path, "bank", "import", str(guide), "-o", str(guide))
    assert result.returncode == 2 and b"is the input file" in result.stderr
    assert guide.read_text() == text
    result = interviewer(
        tmp_path, "bank", "import", str(guide), "-o", str(tmp_path / "a" / "b.yaml")
    )
    assert result.returncode == 0 and (tmp_path / "a" / "b.yaml").is_file()


def test_jobs_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    rows = []
    for i in range(1300):
        if i % 7 == 0:
            rows.append({**STACK, "answer": f"push and pop {i}"})
        elif i % 11 == 0:
            rows.append(b"{broken")
        else:
            rows.append({"question_id": "mini-002", "answer": GOOD[: 10 + i % 150]})
    data = jsonl(*rows)
    one = grade(tmp_path, "--jobs", "1", stdin=data)
    two = grade(tmp_path, "--jobs", "2", stdin=data)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert [row["line"] for row in lines(two.stdout)] == list(range(1, 1301))


def test_other_csv_columns_are_passed_through_after_line_in_input_order(tmp_path: Path) -> None:
    source = tmp_path / "class.csv"
    source.write_text(
        "student,question,reference,answer,id,score\n"
        f'ana,{STACK["question"]},"{STACK["reference"]}",Last in first out: push and pop.,7,4\n'
        f"ben,{STACK['question']},,no reference on this line,8,\n"
    )
    result = grade(tmp_path, str(source))
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    first, second = lines(result.stdout)
    assert list(first)[:4] == ["line", "student", "id", "input_score"]
    assert first["student"] == "ana" and first["id"] == "7" and first["input_score"] == "4"
    assert isinstance(first["score"], float) and "error" not in first
    assert list(second) == [
        *("line", "student", "id", "input_score", "error", "question", "answer")
    ]
    assert second["student"] == "ben" and second["input_score"] == ""


def test_passed_through_columns_come_after_line_in_csv_output(tmp_path: Path) -> None:
    source = tmp_path / "class.csv"
    source.write_text(f'student,question_id,answer\nana,mini-002,"{GOOD}"\nben,nope,x\n')
    target = tmp_path / "out.csv"
    result = grade(tmp_path, str(source), "-o", str(target))
    assert result.returncode == 1
    header, ana, ben = target.read_text().splitlines()
    assert header.startswith("line,student,question_id,score,band,")
    assert ana.startswith("2,ana,mini-002,") and ben.startswith("3,ben,")
    assert "bank 'mini' has no question 'nope'; its ids: mini-001, mini-002, mini-003" in ben


def test_other_json_keys_are_passed_through_and_csv_output_names_the_rest(tmp_path: Path) -> None:
    data = jsonl(
        {"student": "ana", "question_id": "mini-002", "answer": GOOD, "tags": ["a", 1]},
        {"question_id": "mini-002", "answer": GOOD, "seat": 3},
    )
    result = grade(tmp_path, stdin=data)
    first, second = lines(result.stdout)
    assert list(first)[:3] == ["line", "student", "tags"] and first["tags"] == ["a", 1]
    assert list(second)[:2] == ["line", "seat"] and second["seat"] == 3
    target = tmp_path / "out.csv"
    result = grade(tmp_path, "-o", str(target), stdin=data)
    header, row, _ = target.read_text().splitlines()
    assert header.startswith("line,student,tags,question_id,")
    assert row.startswith('1,ana,"[""a"", 1]",mini-002,')
    assert b"line 2: field 'seat' is not in the CSV output" in result.stderr


def test_a_column_close_to_one_grade_reads_is_passed_through_with_a_warning(
    tmp_path: Path,
) -> None:
    source = tmp_path / "typo.csv"
    source.write_text(f'question,reference,keyword,answer\nWhat?,"{STACK["reference"]}",push,x\n')
    result = grade(tmp_path, str(source))
    assert result.returncode == 0
    assert f"{source}:1: warning: column 'keyword'".encode() in result.stderr
    assert b"did you mean 'keywords'?" in result.stderr
    [row] = lines(result.stdout)
    assert row["keyword"] == "push"


def test_passed_through_fields_survive_worker_processes(tmp_path: Path) -> None:
    rows = [{"student": f"s{n}", "question_id": "mini-002", "answer": GOOD} for n in range(3)]
    rows.append({"student": "bad", "question_id": "nope", "answer": "x"})
    result = grade(tmp_path, "--jobs", "2", stdin=jsonl(*rows))
    out = lines(result.stdout)
    assert [row["student"] for row in out] == ["s0", "s1", "s2", "bad"]
    assert "error" in out[3]


def test_an_existing_output_file_is_replaced_and_said_to_be(tmp_path: Path) -> None:
    """play24 C2: `-o` replaced an existing file without a word (bank import asks for
    --force). Batch tools overwrite -o, so grade still does, and says so on stderr."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl({"question_id": "mini-002", "answer": GOOD}))
    target = tmp_path / "existing.jsonl"
    target.write_text("precious\n")
    result = grade(tmp_path, str(source), "-o", str(target))
    assert result.returncode == 0
    assert f"interviewer: replaced existing {target}\n".encode() in result.stderr
    assert lines(target.read_bytes())[0]["line"] == 1
    fresh = tmp_path / "fresh.jsonl"
    result = grade(tmp_path, str(source), "-o", str(fresh))
    assert result.returncode == 0 and b"replaced" not in result.stderr and fresh.exists()
