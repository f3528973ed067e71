"""What a teacher reads after grading a class (`interviewer grade --summary FILE`): each
question's difficulty, each student's total, the lines not graded and why, and how long the run
took, in one Markdown file (JSON when FILE ends in `.json`; for a gradebook, a CSV of the
students alone when it ends in `.csv`).

play64: a cohort of 300 students x 10 questions graded into a 3,001-row CSV and one summary
line ("mean 48.9 (strong 124, ...)"); which question the class found hardest and what each
student scored took a spreadsheet's pivot table.

The rules, exactly:
- *A student* is the value of the student column: the one `--student` names, or else the first
  passed-through column (input order) whose name, case, spaces and hyphens aside, is one of
  `STUDENT_COLUMNS` (`student`, `Student ID`, `name`, `email`, ...). In: a CSV
  `student,question_id,answer`; `Name,Answer`. Out: `row,question_id,answer` (no student
  column: the file says so and how to name one). A line with an empty student cell is counted
  under "(no student)".
- *A question* is the line's `question_id`, or its question text when it has no id (a line
  graded against its own reference); a line that gives neither is "(no question)".
- *A student's total* is the sum of their graded scores; *out of* is 100 for each question of
  the run (the questions any line was graded on), so a student with a row not graded, or a
  question missing from the file, shows it. An empty answer is graded (0) and counted as blank.
- *A question's difficulty*: its graded answers' mean score (hardest, the lowest, first) and the
  share that pass (`strong` or `adequate`).
- *Lines not graded*: each with its line, student, question and reason; the first
  `ERRORS_LISTED`, then how many more.
- *Text from the input* in the Markdown (a student, a question, a reason, the file's name) is
  one line, its control characters shown, every Markdown special escaped (`md_inline`): a
  student `[ann](x)` or `*bob*` reads as typed, not as a link or in bold (code65; it escaped
  `|` alone).
Memory stays one tally per question and per student, whatever the number of lines.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..grading import BANDS, PASSING_BANDS
from ..markdown_inline import md_inline
from ..prompt_title import prompt_is_cut, prompt_title
from ..safe_text import json_text, neutralise, neutralise_document, spreadsheet_cell
from ..store.records import scores_mean
from .rows import OUTPUT_NAMES

STUDENT_COLUMNS = (
    "student",
    "student_id",
    "studentid",
    "student_name",
    "student_number",
    "name",
    "email",
    "candidate",
    "learner",
    "username",
    "user",
)
"""Passed-through column names read as the student (case, spaces and hyphens aside), the first
found in input order."""

ERRORS_LISTED = 100
"""Lines not graded listed one by one in the summary; the rest are counted."""

NO_STUDENT = "(no student)"
NO_QUESTION = "(no question)"


def column_key(name: str) -> str:
    """`Student ID` -> `student_id`: a header as a spreadsheet may spell it."""
    return "_".join(name.strip().lower().replace("-", " ").split())


@dataclass
class _Question:
    title: str = ""
    graded: int = 0
    total: float = 0.0
    bands: Counter[str] = field(default_factory=Counter)
    blank: int = 0
    not_graded: int = 0


@dataclass
class _Student:
    graded: int = 0
    total: float = 0.0
    blank: int = 0
    not_graded: int = 0


@dataclass
class ClassSummary:
    """Tallies the output rows of a run (`add`), then writes them (`markdown`, `as_json`)."""

    student_column: str | None = None
    """The column `--student` named; None to find one among `STUDENT_COLUMNS`."""
    found_column: str | None = None
    questions: dict[str, _Question] = field(default_factory=dict)
    students: dict[str, _Student] = field(default_factory=dict)
    errors: list[tuple[int, str, str, str]] = field(default_factory=list)
    more_errors: int = 0
    lines: int = 0
    graded: int = 0
    _column_checked: bool = False

    def add(self, row: dict[str, Any]) -> None:
        self.lines += 1
        if not self._column_checked and len(row) > 1:
            self._column_checked = True
            self.found_column = self._student_column(row)
        student = NO_STUDENT
        if self.found_column is not None:
            value = row.get(self.found_column)
            if value is not None and str(value).strip():
                student = str(value).strip()
        qid = row.get("question_id")
        text = row.get("question")
        key = str(qid) if qid else (prompt_title(str(text)) if text else NO_QUESTION)
        question = self.questions.setdefault(key, _Question())
        if not question.title and text:
            question.title = prompt_title(str(text)) + (" …" if prompt_is_cut(str(text)) else "")
        who = self.students.setdefault(student, _Student())
        if "error" in row:
            question.not_graded += 1
            who.not_graded += 1
            if len(self.errors) < ERRORS_LISTED:
                self.errors.append((int(row["line"]), student, key, str(row["error"])))
            else:
                self.more_errors += 1
            return
        self.graded += 1
        score = float(row["score"])
        blank = "empty" in (row.get("flags") or ())
        question.graded += 1
        question.total += score
        question.bands[str(row["band"])] += 1
        question.blank += blank
        who.graded += 1
        who.total += score
        who.blank += blank

    def _student_column(self, row: dict[str, Any]) -> str | None:
        passed = [name for name in row if name not in OUTPUT_NAMES]
        if self.student_column is not None:
            wanted = column_key(self.student_column)
            return next((name for name in passed if column_key(name) == wanted), None)
        keys = {column_key(name): name for name in reversed(passed)}
        return next((keys[name] for name in STUDENT_COLUMNS if name in keys), None)

    def _graded_questions(self) -> list[tuple[str, _Question]]:
        """The questions with a graded line, hardest (lowest mean) first, then in input order."""
        graded = [(key, q) for key, q in self.questions.items() if q.graded]
        return sorted(graded, key=lambda kv: kv[1].total / kv[1].graded)

    def as_json(self, *, source: str, seconds: float, banks: list[str], stopped: str = "") -> str:
        out_of = 100 * len(self._graded_questions())
        return json_text(
            {
                "input": source,
                **({"stopped": stopped} if stopped else {}),
                "banks": banks,
                "seconds": round(seconds, 1),
                "lines": self.lines,
                "graded": self.graded,
                "not_graded": self.lines - self.graded,
                "student_column": self.found_column,
                "questions": [
                    {
                        "question": key,
                        "title": q.title,
                        "graded": q.graded,
                        "mean": scores_mean(q.total, q.graded),
                        "passing": _share(q.bands, q.graded),
                        "bands": {band: q.bands[band] for band in BANDS},
                        "blank": q.blank,
                        "not_graded": q.not_graded,
                    }
                    for key, q in self._graded_questions()
                ],
                "students": [
                    {
                        "student": name,
                        "graded": s.graded,
                        "total": round(s.total, 1),
                        "out_of": out_of,
                        "mean": scores_mean(s.total, s.graded),
                        "blank": s.blank,
                        "not_graded": s.not_graded,
                    }
                    for name, s in self.students.items()
                ],
                "errors": [
                    {"line": line, "student": who, "question": key, "error": why}
                    for line, who, key, why in self.errors
                ],
                "more_errors": self.more_errors,
            },
            indent=2,
        )

    def as_csv(self) -> str:
        """The by-student table alone, one row per student in input order, for a gradebook:
        `student,graded,total,out_of,mean,blank,not_graded` (a student's cell written so that
        a spreadsheet shows it, never runs it as a formula)."""
        out_of = 100 * len(self._graded_questions())
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["student", "graded", "total", "out_of", "mean", "blank", "not_graded"])
        for name, s in self.students.items():
            mean = scores_mean(s.total, s.graded)
            cell = neutralise(" ".join(spreadsheet_cell(name).split()))
            row = [cell, s.graded, f"{s.total:.1f}", out_of, "" if mean is None else mean]
            writer.writerow([*row, s.blank, s.not_graded])
        return buffer.getvalue()

    def markdown(self, *, source: str, seconds: float, banks: list[str], stopped: str = "") -> str:
        """`stopped`: why the run stopped before its last line (said under the title)."""
        questions = self._graded_questions()
        out_of = 100 * len(questions)
        not_graded = self.lines - self.graded
        lines = [
            f"# Grading summary: {_cell(source)}",
            "",
            *([f"**{_cell(stopped)}**", ""] if stopped else []),
            f"{self.lines:,} line{_s(self.lines)}: {self.graded:,} graded, {not_graded:,} not"
            f" graded; {len(questions)} question{_s(len(questions))}, {len(self.students):,}"
            f" student{_s(len(self.students))}; took {took(seconds)}"
            + (f"; bank {', '.join(banks)}" if banks else ""),
            "",
            "## By question, hardest first",
            "",
            "Mean: the graded answers' mean score; passing: strong or adequate (70 or more).",
            "",
            "| question | graded | mean | passing | "
            + " | ".join(BANDS)
            + " | blank | not graded |",
            "| --- | ---: | ---: | ---: | "
            + " | ".join("---:" for _ in BANDS)
            + " | ---: | ---: |",
        ]
        for key, q in questions:
            name = key if not q.title or q.title == key else f"{key}: {_short(q.title)}"
            lines.append(
                f"| {_cell(name)} | {q.graded} | {scores_mean(q.total, q.graded):.1f} |"
                f" {_share(q.bands, q.graded)}% | "
                + " | ".join(str(q.bands[band]) for band in BANDS)
                + f" | {q.blank} | {q.not_graded} |"
            )
        unanswered = [key for key, q in self.questions.items() if not q.graded]
        if unanswered:
            lines += ["", f"No line graded for: {_cell(', '.join(unanswered))}."]
        lines += ["", "## By student, in input order", ""]
        if self.found_column is None:
            wanted = self.student_column
            lines.append(
                f"The input has no column '{_cell(wanted)}'; name the student's column with"
                " --student COLUMN."
                if wanted
                else "No student column was found (student, student_id, name, email, ...);"
                " name it with --student COLUMN. Every line is counted under (no student) below."
            )
            lines.append("")
        else:
            lines += [
                f"Student: the column '{_cell(self.found_column)}'. Total: the sum of the"
                f" graded scores, out of 100 for {_each(len(questions))}.",
                "",
            ]
        lines += [
            "| student | graded | total | out of | mean | blank | not graded |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, s in self.students.items():
            mean = scores_mean(s.total, s.graded)
            lines.append(
                f"| {_cell(name)} | {s.graded} | {s.total:.1f} | {out_of} |"
                f" {'-' if mean is None else f'{mean:.1f}'} | {s.blank} | {s.not_graded} |"
            )
        lines += ["", "## Lines not graded", ""]
        if not self.errors:
            lines.append("None: every line was graded.")
        else:
            lines += ["| line | student | question | why |", "| ---: | --- | --- | --- |"]
            lines += [
                f"| {line} | {_cell(who)} | {_cell(_short(key))} | {_cell(why)} |"
                for line, who, key, why in self.errors
            ]
            if self.more_errors:
                lines += [
                    "",
                    f"{self.more_errors:,} more line{_s(self.more_errors)} not graded: each has"
                    " its reason in the output's 'error' column.",
                ]
        return "\n".join(lines) + "\n"


def took(seconds: float) -> str:
    """`0.4 s`, `25.6 s`, `2 min 5 s`, `1 h 3 min`."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    whole = round(seconds)
    if whole < 3600:
        return f"{whole // 60} min {whole % 60} s"
    return f"{whole // 3600} h {whole % 3600 // 60} min"


def _share(bands: Counter[str], graded: int) -> int:
    passing = sum(bands[band] for band in PASSING_BANDS)
    return round(100 * passing / graded) if graded else 0


def _each(count: int) -> str:
    """`each of the 10 questions`; `the one question`."""
    return "the one question" if count == 1 else f"each of the {count} questions"


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _cell(text: str | None) -> str:
    """Text for the Markdown summary, in a table cell or a line: one line, control characters
    shown, every Markdown special escaped (`md_inline`): a student named `[ann](x)` or
    `*bob*` is shown as typed, not as a link or in bold (code65)."""
    return md_inline(neutralise_document(" ".join(str(text or "").split())))


def summary_text(summary: ClassSummary, path: str, **facts: Any) -> str:
    """The file's text: JSON for a `.json` path, the students' CSV for a `.csv` one, Markdown
    for any other."""
    if path.lower().endswith(".json"):
        return summary.as_json(**facts) + "\n"
    if path.lower().endswith(".csv"):
        return summary.as_csv()
    return summary.markdown(**facts)


__all__ = ["ClassSummary", "STUDENT_COLUMNS", "column_key", "summary_text", "took"]
