"""Which signal tells a long vague answer from a long plain paraphrase? (vague50)

Usage: python benchmarks/substance.py [--splits train,dev,fresh-dev,train-blind] [--csv FILE]

Each answer is graded by the shipped grader while its findings and the words counted for the
length signal are recorded; then candidate signals are measured from them:

- `length`      content words on the subject / full length, at most 1 (the length signal
                before a complete answer's, kept_length's and substance's limits);
- `substance`   the share of the counted words that stand in a sentence holding a credited
                concept's evidence (the answer's words that land in something credited:
                scoring/substance.py's `credited`);
- `sub_length`  the counted words in such sentences / full length, at most 1 (length counted
                only over sentences that carry a detected concept);
- `clause_sub`  as `substance`, by clause instead of sentence;
- `ref_sub`     the share of the counted words in sentences that reach a reference sentence
                (REACH_STEMS or more on-subject content stems of one reference sentence that the
                question does not say);
- `either`      the share of the counted words in sentences that do either (credited or reach:
                scoring/substance.py's `reached`);
- `either3`     as `either`, a sentence reaching with REACH_STEMS + 1 stems;
- `ref_spread`  the share of the longest reference's sentences some answer sentence reaches;
- `generic`     the share of the answer's content words that are generic (key_terms
                generic_words.txt and hype.py's words).

It prints a table, kind x signal mean, for the long answers (length 0.9 or more) of each group:
the long vague and fluent wrong answers of train-blind against the plain paraphrases and answers
graded 4-5 of train, dev and fresh-dev. The test splits are never read.

vague50, grader 3.36 (`python benchmarks/substance.py`), means over the long answers:

| group | n | substance | sub_length | ref_sub | either | ref_spread | generic |
|---|---|---|---|---|---|---|---|
| blind longwrong | 21 | 0.12 | 0.15 | 0.21 | 0.27 | 0.21 | 0.34 |
| blind fluent wrong | 45 | 0.53 | 0.73 | 0.79 | 0.85 | 0.67 | 0.27 |
| blind paraphrase | 26 | 0.61 | 0.94 | 0.80 | 0.84 | 0.72 | 0.39 |
| train paraphrase | 67 | 0.61 | 0.61 | 0.60 | 0.77 | 0.38 | 0.42 |
| dev paraphrase | 22 | 0.59 | 0.62 | 0.66 | 0.86 | 0.39 | 0.45 |
| fresh-dev paraphrase | 57 | 0.80 | 0.88 | 0.87 | 0.92 | 0.72 | 0.31 |
| train/dev/fresh-dev graded 4-5 | 277 | 0.71 | 0.84 | 0.82 | 0.89 | 0.69 | 0.29 |

`substance` and `either` separate the long vague answers; nothing here separates the fluent wrong
ones (they are as substantive as a paraphrase: their error is a wrong relation, not vagueness).
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable
from statistics import mean
from typing import Any

from devset import genai_bank, load

from interviewer.core.grading import Grader
from interviewer.core.grading.hype import HYPE_RE
from interviewer.core.grading.key_terms.words import generic_stems
from interviewer.core.grading.scoring import rubric
from interviewer.core.grading.scoring.substance import (
    REACH_STEMS,
    evidence_positions,
    reference_sentences,
    substance,
)
from interviewer.core.grading.text import Text

SIGNALS = (
    "length",
    "substance",
    "sub_length",
    "clause_sub",
    "ref_sub",
    "either",
    "either3",
    "ref_spread",
    "generic",
)
LONG = 0.9


class _Recorder:
    """Wraps what grade_rubric calls to keep the findings and the counted words."""

    def __init__(self) -> None:
        self.findings: list[Any] = []
        self.counted: tuple[Any, frozenset[int], list[int]] | None = None
        self.words = 0
        self.prepared: Any = None
        find, length = rubric.find_concepts, rubric.content_length
        flag = rubric.flag_non_answers

        def flag_non_answers(flags: Any, parsed: Any, prepared: Any, *args: Any) -> Any:
            self.prepared = prepared
            return flag(flags, parsed, prepared, *args)

        def find_concepts(*args: Any, **kwargs: Any) -> Any:
            self.findings = find(*args, **kwargs)
            return self.findings

        def content_length(parsed: Any, off: frozenset[int], said: list[int]) -> int:
            self.counted = (parsed, off, said)
            self.words = length(parsed, off, said)
            return self.words

        rubric.find_concepts = find_concepts  # type: ignore[assignment]
        rubric.content_length = content_length  # type: ignore[assignment]
        rubric.flag_non_answers = flag_non_answers  # type: ignore[assignment]


def measure(recorder: _Recorder, prepared: Any, question: Any, full: int) -> dict[str, float]:
    """The candidate signals of the answer just graded (see the module's docstring); `substance`
    and `either` are scoring/substance.py's `credited` and `reached`."""
    parsed, off, said = recorder.counted  # type: ignore[misc]
    text, structure = parsed.text, parsed.structure
    counted = [i for i in said if i not in off]
    sentences, clauses = structure.sentences, structure.clauses
    on = prepared.on_subject
    references = prepared.reference_sentences
    found = substance(parsed, counted, recorder.findings, references, on)
    credited = [
        i for f in recorder.findings if f.status == "credited" for i in evidence_positions(text, f)
    ]
    credited_sentences = {sentences[i] for i in credited}
    credited_clauses = {clauses[i] for i in credited}
    # the longest reference's sentences, for the spread
    longest = max(
        (reference_sentences([Text.of(r)], on) for r in question.reference_answers),
        key=len,
        default=(),
    )
    said_stems: dict[int, set[str]] = {}
    for i in text.content:
        if text.stems[i] in on:
            said_stems.setdefault(sentences[i], set()).add(text.stems[i])

    def reaching(stems_needed: int) -> set[int]:
        return {
            k
            for k, stems in said_stems.items()
            if any(len(stems & r) >= stems_needed for r in references)
        }

    n = len(counted) or 1

    def share(kept: set[int], of: list[int] = sentences) -> float:
        return sum(1 for i in counted if of[i] in kept) / n

    in_credited = sum(1 for i in counted if sentences[i] in credited_sentences)
    generic = generic_stems()
    content = text.content
    generic_words = sum(
        1 for i in content if text.stems[i] in generic or HYPE_RE.fullmatch(text.words[i])
    )
    reached = sum(
        1 for r in longest if any(len(stems & r) >= REACH_STEMS for stems in said_stems.values())
    )
    return {
        "length": min(1.0, len(counted) and recorder.words / full),
        "substance": found.credited,
        "sub_length": min(1.0, in_credited / full),
        "clause_sub": share(credited_clauses, clauses),
        "ref_sub": share(reaching(REACH_STEMS)),
        "either": found.reached,
        "either3": share(reaching(REACH_STEMS + 1) | credited_sentences),
        "ref_spread": reached / (len(longest) or 1),
        "generic": generic_words / (len(content) or 1),
    }


def rows_of(splits: list[str]) -> list[dict[str, Any]]:
    bank = genai_bank()
    recorder = _Recorder()
    grader = Grader(bank)
    rows = []
    for split in splits:
        for r in load(split):
            question = bank.get(r.question_id)
            recorder.counted = None
            recorder.findings = []
            grade = grader.grade(question, r.answer)
            if recorder.counted is None:
                continue
            prepared = recorder.prepared
            row = measure(recorder, prepared, question, prepared.full_length)
            row |= {
                "id": r.id,
                "split": split,
                "kind": r.kind,
                "grade": r.grade,
                "score": grade.score,
                "coverage": grade.coverage,
            }
            rows.append(row)
    return rows


GROUPS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "blind longwrong": lambda r: r["split"] == "train-blind" and r["kind"] == "longwrong",
    "blind wrong": lambda r: r["split"] == "train-blind" and r["kind"] == "wrong",
    "blind graded 0-2": lambda r: r["split"] == "train-blind" and r["grade"] <= 2,
    "blind paraphrase": lambda r: r["split"] == "train-blind" and r["kind"] == "paraphrase",
    "blind graded 4-5": lambda r: r["split"] == "train-blind" and r["grade"] >= 4,
    "train paraphrase": lambda r: r["split"] == "train" and r["kind"] == "paraphrase",
    "dev paraphrase": lambda r: r["split"] == "dev" and r["kind"] == "paraphrase",
    "fresh-dev paraphrase": lambda r: r["split"] == "fresh-dev" and r["kind"] == "paraphrase",
    "train/dev/fresh-dev 4-5": lambda r: r["split"] != "train-blind" and r["grade"] >= 4,
    "train/dev/fresh-dev 0-2": lambda r: r["split"] != "train-blind" and r["grade"] <= 2,
}


def table(rows: list[dict[str, Any]]) -> str:
    head = f"{'group (length >= 0.9)':<26}{'n':>4}" + "".join(f"{s:>11}" for s in SIGNALS)
    lines = [head]
    for name, test in GROUPS.items():
        these = [r for r in rows if test(r) and r["length"] >= LONG]
        if not these:
            continue
        cells = "".join(f"{mean(r[s] for r in these):>11.2f}" for s in SIGNALS)
        lines.append(f"{name:<26}{len(these):>4}{cells}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default="train,dev,fresh-dev,train-blind")
    parser.add_argument("--csv", help="write every answer's signals to this file")
    args = parser.parse_args()
    splits = args.splits.split(",")
    if any(s in ("test", "fresh-test") for s in splits):
        parser.error("the test splits are not read here")
    rows = rows_of(splits)
    print(table(rows))
    if args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)


if __name__ == "__main__":
    main()
