"""A line that names its question by text only (a `question` cell, no `question_id`, no
reference): graded against the bank question whose prompt (or id) it is, or told why not.

play54 and play55: `interviewer grade` on a teacher's `question,answer` CSV failed every line
(`missing field 'question_id'`) even when each question was the bank's own, word for word.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from ..bank import Bank, Question
from ..batch_input import Item, LineError


def folded_id(question_id: str) -> str:
    """An id as a spreadsheet may have changed it: case, spaces, punctuation and leading zeros
    of numbers aside (`Q1`, `q 1`, `q-01` all fold to `q1`)."""
    text = "".join(re.findall(r"[^\W_]+", question_id.casefold()))
    return re.sub(r"(?<![0-9])0+(?=[0-9])", "", text)


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
"""Typographic quotes and dashes a spreadsheet or word processor puts in place of plain ones."""

SUGGEST_AT = 90.0
"""A prompt at least this alike (rapidfuzz `ratio`, 0-100) is named as a likely meaning of a
question text that matches none; it is never graded against: a near text may be another
question."""


def folded_text(text: str) -> str:
    """A question text as a copy of it may differ: case, runs of white space, typographic
    quotes and dashes, surrounding quotes and the final punctuation aside."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    text = " ".join(text.split())
    return re.sub(r"""^["'\s]+|[\s"'?.!:;]+$""", "", text)


def is_by_text(entry: Item) -> bool:
    """Whether a line names its question by its text only (`question`, no id, no reference)."""
    return entry.question is None and entry.question_id is None and entry.question_text is not None


_indexes: dict[int, tuple[Bank, dict[str, Question], dict[str, Question]]] = {}


def _index(bank: Bank) -> tuple[dict[str, Question], dict[str, Question]]:
    """The bank's questions by folded prompt and by folded id, built once per bank."""
    kept = _indexes.get(id(bank))
    if kept is None or kept[0] is not bank:
        by_prompt: dict[str, Question] = {}
        by_id: dict[str, Question] = {}
        for question in bank:
            by_prompt.setdefault(folded_text(question.prompt), question)
            by_id.setdefault(folded_id(question.id), question)
        kept = _indexes[id(bank)] = (bank, by_prompt, by_id)
    return kept[1], kept[2]


def holds_text(entry: Item, bank: Bank) -> bool:
    """Whether `bank` has the question a line names by its text (its prompt, or its id written
    in the question cell), as `matched_by_text` finds it."""
    text = entry.question_text or ""
    by_prompt, by_id = _index(bank)
    return folded_text(text) in by_prompt or folded_id(text) in by_id


def matched_by_text(entry: Item, bank: Bank) -> Item:
    """`entry` with the id of the bank question its text is (its prompt, or its id written in
    the question cell); raises LineError saying why no bank question was found. The line's
    question text is kept as given for its output row."""
    text = entry.question_text or ""
    by_prompt, by_id = _index(bank)
    question = by_prompt.get(folded_text(text)) or by_id.get(folded_id(text))
    if question is not None:
        return replace(entry, question_id=question.id)
    raise unmatched(entry, [bank])


def unmatched(entry: Item, banks: Sequence[Bank]) -> LineError:
    """Why no question of `banks` is the one a line names by text: every bank named, and the
    nearest prompt of any of them suggested (play56 left it: with `--bank genai --bank
    behavioural`, a near miss of a behavioural prompt was told as "no question of bank 'genai'",
    with no suggestion)."""
    text = entry.question_text or ""
    names = " or ".join(f"'{bank.id}'" for bank in banks)
    why = (
        f"no question of bank{'s' if len(banks) > 1 else ''} {names} reads "
        f"'{_shortened(text)}', and the line has no question_id or reference"
    )
    near = _nearest(text, banks)
    if near is not None:
        why += f" (did you mean {near.id}: '{_shortened(near.prompt)}'?)"
    return LineError(
        f"{why}: give the bank's question_id, or a reference column to grade against your own"
        " answer key (or --bank for the bank that holds the question)",
        entry.passed,
        None,
        entry.question_text,
        entry.answer,
    )


def _nearest(text: str, banks: Sequence[Bank]) -> Question | None:
    """The prompt of `banks` most alike `text`, if at least SUGGEST_AT alike (the first bank's
    on a tie)."""
    from rapidfuzz import fuzz, process

    best: tuple[float, Question] | None = None
    for bank in banks:
        by_prompt, _ = _index(bank)
        found = process.extractOne(
            folded_text(text), list(by_prompt), scorer=fuzz.ratio, score_cutoff=SUGGEST_AT
        )
        if found is not None and (best is None or found[1] > best[0]):
            best = (found[1], by_prompt[found[0]])
    return None if best is None else best[1]


def _shortened(text: str, most: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


LINES_LISTED = 8
"""Line numbers named in the by-text summary for each of matched and not matched."""


class TextMatches:
    """Which lines named their question by text only and what became of them, for one summary
    line on stderr when the batch ends: how many were graded against the bank question their
    text is, and how many matched none (each also has its own error)."""

    def __init__(self) -> None:
        self.pending: set[int] = set()
        """Lines by text whose rows have not come back yet."""
        self.matched: list[int] = []
        self.unmatched: list[int] = []
        self.unmatched_texts: list[tuple[int, str]] = []
        """The first unmatched lines and their question texts, to look for in other banks."""
        self.matched_count = 0
        self.unmatched_count = 0
        self.bank_id: str | None = None

    def seen(self, chunk: list[tuple[int, Item | LineError]]) -> list[tuple[int, Item | LineError]]:
        """`chunk` as it is, its lines by text noted."""
        for number, entry in chunk:
            if isinstance(entry, Item) and is_by_text(entry):
                self.pending.add(number)
        return chunk

    def add(self, row: dict[str, object]) -> None:
        line = row.get("line")
        if not isinstance(line, int) or line not in self.pending:
            return
        self.pending.discard(line)
        if "error" in row:
            self.unmatched_count += 1
            if len(self.unmatched) < LINES_LISTED:
                self.unmatched.append(line)
                text = row.get("question")
                if isinstance(text, str):
                    self.unmatched_texts.append((line, text))
        else:
            self.matched_count += 1
            if len(self.matched) < LINES_LISTED:
                self.matched.append(line)

    def summary(self, bank_ids: str | list[str]) -> str | None:
        """`4 lines give their question as text, with no question_id or reference: 3 were
        graded against the bank 'genai' question their text is (lines 2, 3, 5); 1 matched no
        question of it (line 4: its error says why)`; None when no line did. With several
        banks (`--bank A --bank B`), `the question of bank 'a' or 'b' their text is`."""
        total = self.matched_count + self.unmatched_count
        if not total:
            return None
        named = _banks_named([bank_ids] if isinstance(bank_ids, str) else bank_ids)
        text = (
            f"{_count(total, 'line')} {'gives its' if total == 1 else 'give their'} question as"
            " text, with no question_id or reference"
        )
        parts = []
        if self.matched_count:
            one = self.matched_count == 1
            parts.append(
                f"{self.matched_count:,} {'was' if one else 'were'} graded against the {named}"
                f" question {'its' if one else 'their'} text is"
                f" ({_lines(self.matched, self.matched_count)})"
            )
        if self.unmatched_count:
            parts.append(
                f"{self.unmatched_count:,} matched no question of {named} and"
                f" {'was' if self.unmatched_count == 1 else 'were'} not graded"
                f" ({_lines(self.unmatched, self.unmatched_count)}: each error says why)"
            )
        return f"{text}: {'; '.join(parts)}"

    def elsewhere(self, banks: list[Bank], chosen: str | list[str]) -> str | None:
        """Where the first lines that matched no question of the bank(s) `chosen` are found in
        other banks: `lines 4, 5 are questions of bank 'my-prep': grade them with --bank
        my-prep, or every line in one run with --bank genai --bank my-prep`."""
        graded = {chosen} if isinstance(chosen, str) else set(chosen)
        found: dict[str, list[int]] = {}
        for line, text in self.unmatched_texts:
            for bank in banks:
                by_prompt, _ = _index(bank)
                if bank.id not in graded and folded_text(text) in by_prompt:
                    found.setdefault(bank.id, []).append(line)
                    break
        if not found:
            return None
        given = [chosen] if isinstance(chosen, str) else list(chosen)
        return "; ".join(_held_by(bank_id, lines, given) for bank_id, lines in found.items())


def _banks_named(bank_ids: list[str]) -> str:
    """`bank 'genai'`, or `bank 'genai' or 'behavioural'` for several."""
    return "bank " + " or ".join(f"'{bank_id}'" for bank_id in bank_ids)


def _held_by(bank_id: str, lines: list[int], given: list[str]) -> str:
    one = len(lines) == 1
    both = " ".join(f"--bank {shlex.quote(name)}" for name in [*given, bank_id])
    return (
        f"{_lines(lines, len(lines))} {'is a question' if one else 'are questions'} of bank"
        f" '{bank_id}': grade {'it' if one else 'them'} with --bank {bank_id}, or every line in"
        f" one run with {both}"
    )


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _lines(listed: list[int], count: int) -> str:
    named = ", ".join(str(n) for n in listed)
    more = f" and {count - len(listed):,} more" if count > len(listed) else ""
    return f"line{'' if count == 1 else 's'} {named}{more}"
