"""`interviewer grade` grades a chunk's answers to the bank's questions together
(Grader.grade_many): the rows are those of each line graded alone, and a bad line is still its
own error row."""

from __future__ import annotations

from dataclasses import replace

from interviewer.core.batch.chunk import grade_chunk
from interviewer.core.batch.rows import error_row, result_row
from interviewer.core.batch_input import Entry, Item, LineError
from interviewer.core.grading import Grader, grader_for, reference_question

# written for this test
ANSWERS = (
    ("genai-049", "The keys and values of earlier tokens are kept, so each step reuses them."),
    ("genai-144", "It stores keys and values per layer; memory grows with the sequence."),
    ("genai-049", ""),
    ("genai-001", "Attention lets every token weigh every other token of the sequence."),
    ("genai-049", "cache"),
)


def test_a_chunk_graded_together_gives_each_lines_own_row(genai) -> None:
    chunk: list[Entry] = [
        (n, Item(n, answer, question_id=qid)) for n, (qid, answer) in enumerate(ANSWERS, 1)
    ]
    chunk.insert(2, (99, Item(99, "an answer to no question", question_id="genai-nope")))
    chunk.insert(4, (100, LineError("not JSON")))
    rows = grade_chunk(chunk, genai)
    grader = grader_for(genai)
    expected = []
    for number, entry in chunk:
        if isinstance(entry, LineError):
            expected.append(error_row(number, str(entry), entry.passed, entry.question_id))
        elif entry.question_id == "genai-nope":
            assert rows[len(expected)]["line"] == 99 and "error" in rows[len(expected)]
            expected.append(rows[len(expected)])
        else:
            question = genai.get(entry.question_id)
            grade = grader.grade(question, entry.answer)
            # play50: a bank line's row names its question by the bank's prompt
            expected.append(result_row(replace(entry, question_text=question.prompt), grade))
    assert rows == expected
    assert sum("error" in row for row in rows) == 2


def test_reference_mode_lines_graded_together_give_each_lines_own_row(genai) -> None:
    keyed = [
        reference_question(genai.get(qid).prompt, genai.get(qid).reference_answers)
        for qid in ("genai-049", "genai-144")
    ]
    chunk: list[Entry] = [
        (n, Item(n, answer, question=keyed[n % 2])) for n, (_, answer) in enumerate(ANSWERS, 1)
    ]
    rows = grade_chunk(chunk, None)
    for row, (_, entry) in zip(rows, chunk, strict=True):
        assert isinstance(entry, Item) and entry.question is not None
        alone = Grader(questions=[entry.question]).fit().grade(entry.question, entry.answer)
        assert row == result_row(entry, alone)
