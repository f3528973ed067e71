"""Grading one chunk of input lines, in this process or a worker: a bad line becomes an error
row, never an exception."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..bank import Bank, Question
from ..batch_input import Entry, Item, LineError
from ..errors import UnknownQuestionError
from ..grading import Grader, grader_for
from ..grading.result import Grade
from ..grading.text import Text
from .by_text import folded_id, holds_text, is_by_text, matched_by_text, unmatched
from .rows import error_row, result_row

CHUNK_LINES = 500
"""Lines graded together."""

REFERENCE_GRADERS_KEPT = 256
"""Reference-mode questions whose fitted grader is kept for the lines after them (each
process): a class's answers to a few questions fit each question once."""


def self_rated_line(question: Question) -> str:
    """Why a line naming a question with nothing to grade against is not graded."""
    return (
        f"question '{question.id}' has no reference answer (in a session it is rated by the"
        " candidate, not graded): add a reference to the bank, or give this line a"
        " question and reference instead of the id"
    )


IDS_LISTED = 12
"""A bank with at most this many questions has its ids listed in an unknown-id line's error."""


def unknown_question_line(bank: Bank, question_id: str, listed_by: str | None = None) -> str:
    """Why a line naming an id the bank lacks is not graded, and what to write instead:
    `bank 'key' has no question 'Q1' (did you mean 'q1'?); its ids: q1, q2, q3`. An id is
    suggested only when it is the one id that differs by case, spaces, punctuation or leading
    zeros: a near spelling (`q10` for `q1`) is another question, not a typo to guess at.
    A bank with too many ids to list names `listed_by`, the command that lists them as the
    user runs it (its `--data-dir`, the bank as `--bank` named it; `bank_show_command`)."""
    ids = [question.id for question in bank]
    why = f"bank '{bank.id}' has no question '{question_id}'"
    folded = folded_id(question_id)
    close = [i for i in ids if folded and folded_id(i) == folded]
    if len(close) == 1:
        why += f" (did you mean '{close[0]}'?)"
    else:
        why += _another_banks_id(bank.id, ids, question_id)
    if len(ids) <= IDS_LISTED:
        return f"{why}; its ids: {', '.join(ids)}"
    command = listed_by or bank_show_command("interviewer", bank.id)
    return f"{why}; `{command}` lists its {len(ids)} question ids"


def _another_banks_id(bank_id: str, ids: list[str], question_id: str) -> str:
    """' (its ids begin 'genai-': ...)' when every id of the bank begins with its own id and a
    dash and `question_id` begins with another (`ds-001`, a question of an imported bank
    graded without its --bank, play59); '' otherwise."""
    prefix = f"{bank_id}-"
    other = question_id.strip().rsplit("-", 1)[0] if "-" in question_id else ""
    if not ids or not other or other + "-" == prefix or not all(i.startswith(prefix) for i in ids):
        return ""
    return f" (its ids begin '{prefix}': is it another bank's question? name that one with --bank)"


def bank_show_command(command: str, bank_name: str) -> str:
    """`interviewer --data-dir DIR bank show NAME`: the command that lists a bank's questions,
    from `command` (how the program is run, `paths.command_prefix`) and the bank's name as the
    user gave it (an id or a file path, quoted for a shell when it needs to be)."""
    import shlex

    return f"{command} bank show {shlex.quote(bank_name)}"


def grade_chunk(
    chunk: list[Entry], bank: Bank | None, listed_by: str | None = None
) -> list[dict[str, Any]]:
    """One output row per entry of `chunk`, in order; no exception escapes for a bad line.
    `listed_by`: the command that lists the bank's ids (`unknown_question_line`)."""
    bank_grader = grader_for(bank) if bank is not None else None
    if bank is not None:
        chunk = [(number, _by_text(entry, bank)) for number, entry in chunk]
    together = _graded_together(chunk, bank, bank_grader)
    rows = []
    for k, (number, entry) in enumerate(chunk):
        if isinstance(entry, LineError):
            rows.append(_error_row(number, str(entry), entry))
            continue
        try:
            if entry.question is not None:
                question, grader = _reference_grader(entry.question)
                if isinstance(grader, LineError):
                    raise grader
                grade = together.get(k) or grader.grade(question, entry.answer)
            else:
                if bank is None or bank_grader is None or entry.question_id is None:
                    raise LineError("no bank to look the question id up in")
                question = bank.get(entry.question_id)
                entry = _asked(entry, question)
                if question.self_rated:
                    raise LineError(self_rated_line(question))
                grade = together.get(k) or bank_grader.grade(question, entry.answer)
            rows.append(result_row(entry, grade))
        except UnknownQuestionError as err:
            why = (
                str(err)
                if bank is None
                else unknown_question_line(bank, err.question_id, listed_by)
            )
            rows.append(_error_row(number, why, entry))
        except LineError as err:
            rows.append(_error_row(number, str(err), entry))
        except Exception as err:  # the batch contract: a line fails, never the batch
            why = f"cannot grade this line: {type(err).__name__}: {err}"
            rows.append(_error_row(number, why, entry))
    return rows


def grade_chunk_banks(
    chunk: list[Entry], banks: Sequence[Bank], listed_by: str | None = None
) -> list[dict[str, Any]]:
    """`grade_chunk` with several banks (`interviewer grade --bank A --bank B`, play56: a class
    answering questions of two banks was graded in two runs, each failing the other's lines):
    each line naming a bank question is graded against the first bank that holds it, by id or
    by text, with that bank's grader, so its grade is the one a run with that bank alone gives;
    a line naming by text a question no bank holds is an error naming them all
    (`_told_by_all`). One row per entry, in order."""
    if len(banks) <= 1:
        return grade_chunk(chunk, banks[0] if banks else None, listed_by)
    chunk = [(passed, _told_by_all(entry, banks)) for passed, entry in chunk]
    places: dict[int, list[int]] = {}
    for k, (_, entry) in enumerate(chunk):
        places.setdefault(_bank_of(entry, banks), []).append(k)
    rows: list[dict[str, Any]] = [{} for _ in chunk]
    for index, ks in places.items():
        graded = grade_chunk([chunk[k] for k in ks], banks[index], listed_by)
        for k, row in zip(ks, graded, strict=True):
            rows[k] = row
    return rows


def _bank_of(entry: Item | LineError, banks: Sequence[Bank]) -> int:
    """The place in `banks` of the first bank holding the question a line names (by id or by
    text); 0 for any other line (reference mode, an error, a question no bank holds)."""
    if isinstance(entry, LineError) or entry.question is not None:
        return 0
    for index, bank in enumerate(banks):
        if entry.question_id is not None:
            if entry.question_id in bank:
                return index
            continue
        if is_by_text(entry) and holds_text(entry, bank):
            return index
    return 0


def _told_by_all(entry: Item | LineError, banks: Sequence[Bank]) -> Item | LineError:
    """A line naming by text a question none of `banks` holds, as the error that names them
    all (`by_text.unmatched`); any other line as it is."""
    if isinstance(entry, LineError) or not is_by_text(entry):
        return entry
    if any(holds_text(entry, bank) for bank in banks):
        return entry
    return unmatched(entry, banks)


def _by_text(entry: Item | LineError, bank: Bank) -> Item | LineError:
    """A line naming its question by text only, with the id of the bank question it is, or
    the LineError saying why none is (`matched_by_text`); any other line as it is."""
    if isinstance(entry, LineError) or not is_by_text(entry):
        return entry
    try:
        return matched_by_text(entry, bank)
    except LineError as err:
        return err


def _asked(entry: Item, question: Question) -> Item:
    """A bank-mode line with the bank's prompt as its question text when the line gives none
    (play50: the output's `question` cell was empty, so a teacher saw an id and an answer but
    not what was asked); a question the line gives is kept as given."""
    if entry.question_text is not None:
        return entry
    return replace(entry, question_text=question.prompt)


def _error_row(number: int, why: str, entry: Item | LineError) -> dict[str, Any]:
    """The error row of a line, carrying what names its student and its question."""
    return error_row(
        number, why, entry.passed, entry.question_id, entry.question_text, entry.answer
    )


def _graded_together(
    chunk: list[Entry], bank: Bank | None, bank_grader: Grader | None
) -> dict[int, Grade]:
    """The grades of the chunk's answers, by their place in the chunk, graded together per
    grader (`Grader.grade_many`: the same grades, the answers to each question compared with
    its texts at once): the bank's, and each reference-mode question's. A grader's answers are
    left out when one of them fails, so that each is graded alone and a bad line becomes its
    own error row."""
    asked: dict[int, tuple[Grader, list[int], list[tuple[Question, object]]]] = {}
    for k, (_, entry) in enumerate(chunk):
        if isinstance(entry, LineError):
            continue
        if entry.question is not None:
            question, grader = _reference_grader(entry.question)
            if isinstance(grader, LineError):
                continue
        elif bank is not None and bank_grader is not None and entry.question_id is not None:
            try:
                question, grader = bank.get(entry.question_id), bank_grader
            except UnknownQuestionError:
                continue
            if question.self_rated:  # told as its own error row (self_rated_line)
                continue
        else:
            continue
        _, places, pairs = asked.setdefault(id(grader), (grader, [], []))
        places.append(k)
        pairs.append((question, entry.answer))
    found: dict[int, Grade] = {}
    for grader, places, pairs in asked.values():
        try:
            found.update(zip(places, grader.grade_many(pairs), strict=True))
        except Exception:  # graded line by line instead, where a failing line is told
            continue
    return found


@lru_cache(maxsize=REFERENCE_GRADERS_KEPT)
def _reference_grader(question: Question) -> tuple[Question, Grader | LineError]:
    """The grader of one reference-mode question, fitted on that question's own text (as
    `grade_reference` is): a line's grade never depends on the other lines of the file, their
    order or how they fall into chunks. Kept (per process) for the next lines with an equal
    question, which are graded as the first one's object, whose preparation the grader keeps."""
    grader: Grader | LineError
    if not any(Text.of(reference).content for reference in question.reference_answers):
        why = "the answer key holds no content words to compare with (only words like 'the', 'of')"
        return question, LineError(why)
    try:
        grader = Grader(questions=[question]).fit()
    except ValueError:  # e.g. "empty vocabulary": only stop words
        grader = LineError("the question and reference hold no words to compare (only stop words?)")
    return question, grader


def chunked(entries: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    """`entries` in lists of `size` (the last one shorter)."""
    chunk: list[Entry] = []
    for entry in entries:
        chunk.append(entry)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
