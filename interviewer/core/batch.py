"""`interviewer grade`: grade many answers from JSON Lines or CSV, one result per input line."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .bank import Bank, Question
from .catalog import Catalog
from .errors import UnknownQuestionError
from .grading import Grade, Grader, grader_for, reference_question

PROGRESS_EVERY = 100
"""Progress is shown (on a terminal) every this many lines, for inputs at least this long."""

CSV_OUTPUT_FIELDS = (
    "line",
    "question_id",
    "score",
    "band",
    "similarity",
    "coverage",
    "matched",
    "missed",
    "flags",
    "feedback",
    "error",
)


class LineError(ValueError):
    """A line that cannot be graded; its message goes into the output in the line's place."""


@dataclass(frozen=True)
class Item:
    """One input line, parsed: a bank question id, or an ad-hoc reference question."""

    line: int
    answer: str
    question_id: str | None = None
    question: Question | None = None
    """Set for reference-mode lines."""


# ---------------------------------------------------------------------------------------------
# Reading


def _read_input(input_path: str | None) -> bytes:
    if not input_path or input_path == "-":
        return sys.stdin.buffer.read()
    return Path(input_path).read_bytes()


def _records(raw: bytes, is_csv: bool) -> Iterator[tuple[int, dict | LineError]]:
    """(line number, fields or the reason the line cannot be read), in input order."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if is_csv:
        yield from _csv_records(raw)
        return
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            yield number, LineError("the line is not valid UTF-8 text")
            continue
        try:
            value = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as err:
            message = getattr(err, "msg", "too deeply nested")
            yield number, LineError(f"not valid JSON: {message}")
            continue
        if not isinstance(value, dict):
            yield number, LineError("each line must be a JSON object")
            continue
        yield number, value


def _csv_records(raw: bytes) -> Iterator[tuple[int, dict | LineError]]:
    text = raw.decode("utf-8", errors="surrogateescape")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as err:
        yield 1, LineError(f"cannot read the CSV header: {err}")
        return
    if header is None:
        return
    names = [h.strip() for h in header]
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            number += 1
            yield number, LineError(f"not valid CSV: {err}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        number += 1
        if any(_has_bad_bytes(cell) for cell in row):
            yield number, LineError("the row is not valid UTF-8 text")
            continue
        if len(row) > len(names):
            yield number, LineError(f"the row has {len(row)} cells; the header names {len(names)}")
            continue
        fields: dict = {}
        for name, cell in zip(names, row, strict=False):
            if name in ("references", "keywords"):
                fields[name] = _csv_list(cell, name)
            elif name and cell != "":
                fields[name] = cell
        yield number, fields


def _has_bad_bytes(cell: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in cell)


def _csv_list(cell: str, name: str) -> object:
    """A list cell: a JSON list, or items separated by '|' (references) or ';' (keywords)."""
    cell = cell.strip()
    if not cell:
        return None
    if cell.startswith("["):
        try:
            return json.loads(cell)
        except json.JSONDecodeError:
            return cell
    separator = "|" if name == "references" else ";"
    return [part.strip() for part in cell.split(separator) if part.strip()]


def _text_list(value: object, name: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LineError(f"'{name}' must be text or a list of texts")
    items = [v for v in value if v.strip()]
    return items


def parse_item(number: int, fields: dict) -> Item:
    """Check one record's fields and turn them into an Item; raises LineError."""
    answer = fields.get("answer")
    if "answer" not in fields:
        raise LineError("missing field 'answer'")
    if answer is None:
        answer = ""
    if not isinstance(answer, str):
        raise LineError("'answer' must be text")
    question_id = fields.get("question_id")
    if question_id is not None and not isinstance(question_id, str):
        raise LineError("'question_id' must be text")
    has_reference = fields.get("reference") is not None or fields.get("references") is not None
    if has_reference:
        if fields.get("reference") is not None and fields.get("references") is not None:
            raise LineError("give 'reference' or 'references', not both")
        name = "reference" if fields.get("reference") is not None else "references"
        references = _text_list(fields[name], name)
        if not references:
            raise LineError(f"'{name}' must hold at least one non-empty answer")
        prompt = fields.get("question")
        if prompt is None:
            raise LineError("missing field 'question' (reference mode needs the question)")
        if not isinstance(prompt, str):
            raise LineError("'question' must be text")
        keywords = fields.get("keywords")
        keyword_list = _text_list(keywords, "keywords") if keywords is not None else []
        question = reference_question(
            prompt, references, keyword_list, question_id=question_id or ""
        )
        return Item(number, answer, question_id, question)
    if question_id is None:
        raise LineError("missing field 'question_id' (or 'question' with 'reference')")
    return Item(number, answer, question_id.strip())


# ---------------------------------------------------------------------------------------------
# Writing


def result_row(item: Item, grade: Grade) -> dict:
    """The output object of a graded line."""
    row: dict = {"line": item.line}
    if item.question_id is not None:
        row["question_id"] = item.question_id
    row.update(
        score=grade.score,
        band=grade.band,
        similarity=grade.similarity,
        coverage=grade.coverage,
        matched=[m.concept for m in grade.matched],
        missed=list(grade.missed),
        misconceptions=[m.phrase for m in grade.misconceptions],
        flags=list(grade.flags),
        feedback=" ".join(grade.feedback),
        grader_version=grade.grader_version,
    )
    return row


class _Writer:
    def __init__(self, stream: IO[bytes], is_csv: bool) -> None:
        self.stream = stream
        self.is_csv = is_csv
        if is_csv:
            self._write_csv(dict(zip(CSV_OUTPUT_FIELDS, CSV_OUTPUT_FIELDS, strict=True)))

    def write(self, row: dict) -> None:
        if self.is_csv:
            flat = {
                key: "; ".join(value) if isinstance(value, list) else value
                for key, value in row.items()
                if key in CSV_OUTPUT_FIELDS
            }
            self._write_csv(flat)
        else:
            text = json.dumps(row, ensure_ascii=False) + "\n"
            self.stream.write(text.encode("utf-8", "replace"))

    def _write_csv(self, row: dict) -> None:
        buffer = io.StringIO()
        csv.DictWriter(buffer, CSV_OUTPUT_FIELDS, lineterminator="\n").writerow(row)
        self.stream.write(buffer.getvalue().encode("utf-8", "replace"))


# ---------------------------------------------------------------------------------------------
# The command


def run_batch(
    *,
    catalog: Catalog,
    bank_name: str,
    input_path: str | None = "-",
    output_path: str | None = None,
) -> int:
    """Grade every line of the input and write one result per line; the exit status.

    0 when every line was graded, 1 when any line failed, 2 when the input cannot be read.
    Raises BankError (exit 2) when a line needs the bank and the bank cannot be loaded.
    """
    try:
        raw = _read_input(input_path)
    except OSError as err:
        print(f"interviewer: cannot read {input_path}: {err.strerror or err}", file=sys.stderr)
        return 2
    in_csv = bool(input_path) and str(input_path).lower().endswith(".csv")
    out_csv = bool(output_path) and str(output_path).lower().endswith(".csv")

    parsed: list[tuple[int, Item | LineError]] = []
    for number, record in _records(raw, in_csv):
        if isinstance(record, LineError):
            parsed.append((number, record))
            continue
        try:
            parsed.append((number, parse_item(number, record)))
        except LineError as err:
            parsed.append((number, err))

    items = [p for _, p in parsed if isinstance(p, Item)]
    bank: Bank | None = None
    if any(item.question is None for item in items):
        bank = catalog.find(bank_name)
    adhoc = [item.question for item in items if item.question is not None]
    reference_grader = Grader(questions=adhoc) if adhoc else None
    bank_grader = grader_for(bank) if bank is not None else None

    if output_path and output_path != "-":
        stream: IO[bytes] = open(output_path, "wb")  # noqa: SIM115
    else:
        stream = sys.stdout.buffer
    failed = 0
    progress = sys.stderr.isatty() and len(parsed) >= PROGRESS_EVERY
    try:
        writer = _Writer(stream, out_csv)
        for done, (number, entry) in enumerate(parsed, start=1):
            if isinstance(entry, Item):
                try:
                    row = result_row(entry, _grade(entry, bank, bank_grader, reference_grader))
                except UnknownQuestionError as err:
                    entry = LineError(str(err))
            if isinstance(entry, LineError):
                failed += 1
                row = {"line": number, "error": str(entry)}
                print(f"line {number}: {entry}", file=sys.stderr)
            writer.write(row)
            if progress and done % PROGRESS_EVERY == 0:
                print(f"\rgraded {done:,} of {len(parsed):,}", end="", file=sys.stderr, flush=True)
        if progress:
            print(f"\rgraded {len(parsed):,} of {len(parsed):,}", file=sys.stderr)
        stream.flush()
    finally:
        if stream is not sys.stdout.buffer:
            stream.close()
    return 1 if failed else 0


def _grade(
    item: Item, bank: Bank | None, bank_grader: Grader | None, reference_grader: Grader | None
) -> Grade:
    if item.question is not None:
        assert reference_grader is not None
        return reference_grader.grade(item.question, item.answer)
    assert bank is not None and bank_grader is not None and item.question_id is not None
    return bank_grader.grade(bank.get(item.question_id), item.answer)
