"""Which correctly spelled English words does the typo corrector read as a question word?

Usage: python benchmarks/typo_rewrites.py [--top N] [--skip-held]

`correct_typos` (interviewer/core/grading/typos.py) gives an answer word of four letters or more
that is not a question stem the stem of the closest question word within its allowed edits. This
counts the rewrites of words that are English (english_words.is_english, or such a word with
'-ly': "adversarially") on every answer of the tunable splits (train, dev, fresh-dev,
train-blind; questions of devset.held_out_questions() left out) and of every probe file
(tests/data/*probes*.yaml), by pair ("across -> cross"), each pair marked `form` when the two
are forms of one word (typo_english.other_form_of: "retrievers" -> "retriever") and `other` when
not; then
grades each answer again with every English word's stem put back (the rule "no English word is
corrected") and counts the grades that move (score, band) and the bands. The test and fresh-test
splits are counted only (rewrites, answers whose grade would move), never listed; --skip-held
leaves them out.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

import yaml
from devset import REPO, genai_bank, held_out_questions, load

import interviewer.core.grading.grader.answers as answers_module
from interviewer.core.grading import Grader
from interviewer.core.grading.english_words import is_english
from interviewer.core.grading.typo_english import other_form_of
from interviewer.core.grading.typos import closest_each

TUNABLE = ("train", "dev", "fresh-dev", "train-blind")
HELD = ("test", "fresh-test")


def english(word: str) -> bool:
    """Whether the word is English as the typo rule reads it (the list, or its '-ly' adverb)."""
    return is_english(word) or (word.endswith("ly") and is_english(word[:-2]))


class Recorder:
    """Wraps correct_typos: records each English word it rewrites (word, new stem, the question
    word it came from) and, when `restore` is set, puts that word's own stem back."""

    def __init__(self) -> None:
        self.original = answers_module.correct_typos
        self.restore = False
        self.seen: list[tuple[str, str, bool]] = []

    def __call__(self, text, vocabulary, vocabulary_words, known, fixes, *rest):
        before = list(text.stems)
        self.original(text, vocabulary, vocabulary_words, known, fixes, *rest)
        if len(before) != len(text.stems):
            return
        for i, (old, new) in enumerate(zip(before, text.stems, strict=True)):
            word = text.words[i]
            if old == new or not english(word):
                continue
            best = closest_each([word], vocabulary_words)[0]
            form = best is not None and other_form_of(word, best[0])
            self.seen.append((word, new, form))
            if self.restore:
                text.stems[i] = old


def rows_of() -> list[tuple[str, str, str]]:
    """(source, question id, answer) of every answer graded: the splits, then the probes."""
    rows = [(r.split, r.question_id, r.answer) for s in TUNABLE + HELD for r in load(s)]
    for path in sorted((REPO / "tests" / "data").glob("*probes*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for row in data.get("probes", []) if isinstance(data, dict) else []:
            if isinstance(row, dict) and "question_id" in row and "answer" in row:
                rows.append(("probes", row["question_id"], str(row["answer"])))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40, help="pairs listed (default 40)")
    parser.add_argument("--skip-held", action="store_true", help="leave test/fresh-test out")
    args = parser.parse_args()
    held = held_out_questions()
    bank = genai_bank()
    grader = Grader(bank)
    recorder = Recorder()
    answers_module.correct_typos = recorder
    pairs: Counter[tuple[str, str, bool]] = Counter()
    counts: Counter[str] = Counter()
    moved: Counter[str] = Counter()
    bands: Counter[str] = Counter()
    moves: list[tuple[float, str]] = []
    for source, qid, answer in rows_of():
        is_held = source in HELD
        if is_held and args.skip_held:
            continue
        if not is_held and qid in held:
            continue
        try:
            question = bank.get(qid)
        except (KeyError, LookupError):
            continue
        recorder.seen = []
        recorder.restore = False
        first = grader.grade(question, answer)
        seen = recorder.seen
        if not seen:
            continue
        key = "held-out" if is_held else "tunable+probes"
        counts[key + " answers"] += 1
        counts[key + " rewrites"] += len(seen)
        counts[key + " other"] += sum(not f for _, _, f in seen)
        if not is_held:
            pairs.update(seen)
        recorder.restore = True
        again = grader.grade(question, answer)
        if (again.score, again.band) != (first.score, first.band):
            moved[key] += 1
            if again.band != first.band:
                bands[key] += 1
                if not is_held:
                    what = f"{source} {qid} {first.score:.1f} {first.band}"
                    what += f" -> {again.score:.1f} {again.band}"
                    moves.append((again.score - first.score, what))
    answers_module.correct_typos = recorder.original
    print("English words read as question words (tunable splits and probes), by pair:")
    for (word, stem, form), n in pairs.most_common(args.top):
        print(f"  {n:3d}  {word} -> {stem}  ({'form' if form else 'other'})")
    print(f"  distinct pairs {len(pairs)}, of them other words {sum(not k[2] for k in pairs)}")
    for key in ("tunable+probes", "held-out"):
        print(
            f"{key}: answers with a rewrite {counts[key + ' answers']}, rewrites "
            f"{counts[key + ' rewrites']} (other words {counts[key + ' other']}); with no "
            f"English word corrected: grades moved {moved[key]}, bands moved {bands[key]}"
        )
    for delta, what in sorted(moves)[:15]:
        print(f"  band moved {delta:+.1f}: {what}")


if __name__ == "__main__":
    sys.exit(main())
