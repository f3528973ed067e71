"""Does an answer assert something about each concept it is credited with, or only name it?
(signal67: a candidate calibration signal, measured and not shipped)

Usage: python benchmarks/asserted.py [--folds K] [--seeds 0,1,2] [--union]

Every answer of train, dev, fresh-dev and train-blind is graded by the shipped grader while its
findings, its parsed words and its prepared question are kept; its five signals, whether a cap
decided it and the lowest cap that applies are recorded as calibration_sweep.record records them.
Then, per answer, each credited concept's evidence clause (or sentence) is read for an assertion,
in one of four ways (below), and the weight of the concepts asserted is aggregated two ways:
`<design>` is the weighted share of the rubric's concepts credited *and* asserted (coverage
counting asserted concepts only) and `<design>/s` the share of the credited weight that is
asserted (independent of how much is covered).

- `vocab_clause1`, `vocab_sentence2`: the clause (sentence) holding the evidence holds, outside
  the evidence, 1 (2) content words whose stems are on the question's subject (its references'
  and rubric's words, not the question's, not common across the bank) or in the concept's
  description. In: "RLHF trains a reward model on ranked outputs" (reward model: "ranked",
  "outputs"). Out: "There are types like SFT, RLHF and LoRA" (only other names).
- `desc_sentence1`: the sentence holds a content word of the concept's own description, outside
  the evidence and not the question's.
- `pred_clause`, `pred_sentence`: the clause (sentence) holds, outside every credited concept's
  evidence, a content word that is not the question's, not an empty predicate
  (empty_predicates.py) and not an evaluative or filler word (EMPTY_WORDS: "important", "key",
  "helps", "types", "used", ...); and the evidence is not an item after "like", "such as",
  "including" or "e.g." in its clause (a list of names). Plain words count: "you squeeze it and
  group many users' requests" asserts; "Fine-tuning is important" does not.
- `meant`, `meant/s`: not a yes or no but how close the segment holding the evidence is to the
  concept's description (the meaning match's similarity, concepts/find.py), weighted as above;
  `meant_best/s` with the answer's closest segment anywhere.

Printed: (1) each variant's mean over the groups the task names (paraphrases graded 4-5 against
answers graded 0-1 that the shipped calibration scores over 40 with nothing wrong found, and
over66's six vague answers; concise answers graded 4 against partial answers graded 1-2) with the
AUC of each pair, and within the score band the calibration cannot split (the shipped
calibration's 50-70: graded 4-5 against graded 0-2); (2) out of fold
(calibration_cv.out_of_fold, folds by question, the seeds given), calibrate.py's train
setting (or, with --union, the union setting on all four splits) refitted with each variant as
a sixth, monotone feature, against the same refit without it. The test splits are never read.

signal67, grader 3.50 (b0f73e71), `OMP_NUM_THREADS=1 python benchmarks/asserted.py`: no variant
separates the terse complete answers from thin ones beyond coverage (score band 50-70: coverage
AUC 0.75, the best variant 0.79, `meant/s` 0.43), the over-scored answers graded 0-1 assert
nearly as much as the paraphrases graded 4-5 (`pred_clause/s` 0.72 against 0.78, AUC 0.48),
and out of fold no variant moves pooled Spearman or QWK by more than 0.002 either way
(0.893/0.916 without; 0.892-0.893/0.914-0.916 with; docs/grading-log.md, signal67).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from statistics import mean
from typing import Any

import calibrate
import calibration_cv
from calibrate import CAPPING, TRAIN_SETTING, UNION_SETTING
from calibration_sweep import _Recording
from devset import genai_bank, load
from length_response import RESPONSES, responded

from interviewer.core.grading import Grader
from interviewer.core.grading.calibration import FEATURES, MONOTONE, Calibration, prior, shipped
from interviewer.core.grading.empty_predicates import vague_predicates
from interviewer.core.grading.scoring import rubric
from interviewer.core.grading.scoring.substance import evidence_positions
from interviewer.core.grading.text import Text

SPLITS = ("train", "dev", "fresh-dev", "train-blind")
EMPTY_WORDS = frozenset(
    "important key crucial essential big bigger huge great good better best useful powerful"
    " helpful help helps helped must have thing things lot lots really basically overall many"
    " different type types kind kinds various way ways used use uses using popular common"
    " matter matters nice cool major main role plays play part today future modern everyone"
    " anyone companies people stuff interesting new often also always".split()
)
"""Words that say how much a thing matters or that it exists, not what it does."""
LISTERS = frozenset({"like", "such", "including", "include", "includes", "e.g", "eg", "etc"})
"""Words before which a term in the same clause is an item of a list of names."""
VAGUE = ("train-blind", (18, 43, 72, 103, 110, 122))
"""over66's (c) answers: vague, credited with concepts they only name (rows of train-blind)."""


class _Kept:
    """Wraps what grade_rubric calls to keep the findings, the parsed answer and the question."""

    def __init__(self) -> None:
        self.findings: list[Any] = []
        self.concepts: Any = None
        self.meaning: Any = None
        self.parsed: Any = None
        self.prepared: Any = None
        find, flag = rubric.find_concepts, rubric.flag_non_answers

        def find_concepts(*args: Any, **kwargs: Any) -> Any:
            self.findings = find(*args, **kwargs)
            self.concepts, self.meaning = args[0], args[3] if len(args) > 3 else None
            return self.findings

        def flag_non_answers(flags: Any, parsed: Any, prepared: Any, *args: Any) -> Any:
            self.parsed, self.prepared = parsed, prepared
            return flag(flags, parsed, prepared, *args)

        rubric.find_concepts = find_concepts  # type: ignore[assignment]
        rubric.flag_non_answers = flag_non_answers  # type: ignore[assignment]


_DESCRIPTIONS: dict[str, frozenset[str]] = {}


def description_stems(description: str) -> frozenset[str]:
    found = _DESCRIPTIONS.get(description)
    if found is None:
        text = Text.of(description)
        found = _DESCRIPTIONS[description] = frozenset(text.stems[i] for i in text.content)
    return found


def asserted(parsed: Any, prepared: Any, findings: Sequence[Any]) -> dict[str, float]:
    """Every variant of the module's docstring for one answer."""
    text, structure = parsed.text, parsed.structure
    units = {"clause": structure.clauses, "sentence": structure.sentences}
    asked = prepared.prompt_words
    credited = [f for f in findings if f.status == "credited"]
    evidence = [frozenset(evidence_positions(text, f)) for f in credited]
    every = frozenset().union(*evidence)
    empty = vague_predicates(text)
    total = sum(f.concept.weight for f in findings) or 1.0
    content = frozenset(text.content)

    def own(i: int) -> bool:
        return text.stems[i] not in asked and text.words[i] not in asked

    def vocab(k: int) -> Callable[[Any, frozenset[int], list[int]], bool]:
        def test(f: Any, at: frozenset[int], inside: list[int]) -> bool:
            words = prepared.on_subject | description_stems(f.concept.description)
            said = [i for i in inside if i in content and i not in at and own(i)]
            return sum(1 for i in said if text.stems[i] in words) >= k

        return test

    def desc(f: Any, at: frozenset[int], inside: list[int]) -> bool:
        words = description_stems(f.concept.description) - {text.stems[i] for i in at}
        return any(
            i in content and i not in at and own(i) and text.stems[i] in words for i in inside
        )

    def pred(f: Any, at: frozenset[int], inside: list[int]) -> bool:
        first = min(at)
        if any(text.words[i] in LISTERS for i in inside if i < first):
            return False  # an item of a list of names
        return any(
            i in content
            and i not in every
            and i not in empty
            and own(i)
            and text.words[i] not in EMPTY_WORDS
            and text.words[i].isalpha()
            for i in inside
        )

    designs: dict[str, tuple[str, Callable[[Any, frozenset[int], list[int]], bool]]] = {
        "vocab_clause1": ("clause", vocab(1)),
        "vocab_sentence2": ("sentence", vocab(2)),
        "desc_sentence1": ("sentence", desc),
        "pred_clause": ("clause", pred),
        "pred_sentence": ("sentence", pred),
    }
    found: dict[str, float] = {}
    for name, (unit, test) in designs.items():
        numbers = units[unit]
        earned = weight = 0.0
        for f, at in zip(credited, evidence, strict=True):
            if not at:
                continue
            these = {numbers[i] for i in at}
            inside = [i for i in range(len(text.words)) if numbers[i] in these]
            if test(f, at, inside):
                earned += f.concept.weight * f.credit
            weight += f.concept.weight * f.credit
        found[name] = earned / total
        found[f"{name}/s"] = earned / weight if weight else 0.0
    return found


def meant(concepts: Sequence[Any], meaning: Any, findings: Sequence[Any]) -> dict[str, float]:
    """The `meant` variants of one answer: how close (the meaning match's blended word and
    character TF-IDF similarity) the segment holding each credited concept's evidence is to the
    concept's description, weighted as coverage is (`meant`: the sum over the rubric's weight;
    `meant/s`: the mean over the credited weight); `meant_best/s`: the same with the answer's
    closest segment anywhere."""
    total = sum(f.concept.weight for f in findings) or 1.0
    earned = best = weight = 0.0
    if meaning is not None and meaning.segments:
        for prepared, f in zip(concepts, findings, strict=True):
            if f.status != "credited" or f.at[0] < 0:
                continue
            column = meaning.columns[id(prepared)]
            where = [k for k, (a, b) in enumerate(meaning.segments) if a <= f.at[0] <= b]
            near = float(meaning.meaning[where[0], column]) if where else 0.0
            w = f.concept.weight * f.credit
            earned += w * near
            best += w * meaning.best[column][0]
            weight += w
    return {
        "meant": earned / total,
        "meant/s": earned / weight if weight else 0.0,
        "meant_best/s": best / weight if weight else 0.0,
    }


def recorded() -> list[dict[str, Any]]:
    """Each answer of SPLITS: calibration_sweep.record's row, its split and row number, the
    shipped calibration's capped grade (`pred`) and the variants (`asserted`)."""
    bank = genai_bank()
    kept = _Kept()
    base = prior()
    recording = _Recording(base.baseline, base.trees, base.fitted_on)
    five = Grader(bank, calibration=Calibration(5.0, (((-1, 0.0, 0, 0, 0.0),),), "always 5"))
    graded = Grader(bank, calibration=recording)
    fixed = shipped()
    rows = []
    for split in SPLITS:
        for index, r in enumerate(load(split)):
            recording.seen.clear()
            kept.parsed = None
            question = bank.get(r.question_id)
            grade = graded.grade(question, r.answer)
            if not recording.seen or kept.parsed is None:
                continue  # not graded in rubric mode: no signals
            signals = recording.seen[-1]
            variants = asserted(kept.parsed, kept.prepared, kept.findings)
            variants |= meant(kept.concepts, kept.meaning, kept.findings)
            capped = any(p.signal in CAPPING for p in grade.explanation) or "empty" in grade.flags
            at_most = five.grade(question, r.answer)
            rows.append(
                {
                    "question_id": r.question_id,
                    "grade": r.grade,
                    "kind": r.kind,
                    "signals": signals,
                    "capped": capped,
                    "cap": at_most.expected_grade,
                    "flags": list(at_most.flags),
                    "split": split,
                    "index": index,
                    "pred": min(fixed.expected_grade(signals), at_most.expected_grade),
                    "asserted": variants,
                }
            )
    return rows


def auc(high: Sequence[float], low: Sequence[float]) -> float:
    """The chance that a value of `high` is above one of `low` (ties count half)."""
    if not high or not low:
        return float("nan")
    wins = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a in high for b in low)
    return wins / len(high) / len(low)


def separation(rows: Sequence[dict[str, Any]]) -> None:
    """Task step 2: each variant's means over the groups and the AUC of each pair."""
    free = [r for r in rows if not r["capped"]]
    groups = {
        "para4-5": [r for r in free if r["kind"] == "paraphrase" and r["grade"] >= 4],
        "over0-1": [
            r
            for r in free
            if r["grade"] <= 1 and r["pred"] > 2 and not r["signals"]["contradicted"]
        ],
        "vague(c)": [r for r in rows if r["split"] == VAGUE[0] and r["index"] in VAGUE[1]],
        "conc4": [r for r in free if r["kind"] == "concise" and r["grade"] == 4],
        "part1-2": [r for r in free if r["kind"] == "partial" and r["grade"] in (1, 2)],
        "50-70:4-5": [r for r in free if 2.5 <= r["pred"] < 3.5 and r["grade"] >= 4],
        "50-70:0-2": [r for r in free if 2.5 <= r["pred"] < 3.5 and r["grade"] <= 2],
    }
    print(", ".join(f"{name} {len(these)}" for name, these in groups.items()))
    print(
        f"{'variant':<20}"
        + "".join(f"{name:>10}" for name in groups)
        + "  AUC para/over  conc/part  50-70"
    )
    names = ["coverage", *rows[0]["asserted"]]
    for name in names:

        def value(r: dict[str, Any], name: str = name) -> float:
            return float(r["signals"][name] if name == "coverage" else r["asserted"][name])

        means = {
            g: mean(map(value, these)) if these else float("nan") for g, these in groups.items()
        }
        pairs = (("para4-5", "over0-1"), ("conc4", "part1-2"), ("50-70:4-5", "50-70:0-2"))
        aucs = [auc([value(r) for r in groups[a]], [value(r) for r in groups[b]]) for a, b in pairs]
        print(
            f"{name:<20}"
            + "".join(f"{means[g]:>10.2f}" for g in groups)
            + f"  {aucs[0]:>13.2f}  {aucs[1]:>9.2f}  {aucs[2]:>5.2f}"
        )


def out_of_fold(
    rows: Sequence[dict[str, Any]], folds: int, seeds: Sequence[int], union: bool
) -> None:
    """Task step 3's first test: the refit with each variant as a sixth feature, out of fold."""
    setting = UNION_SETTING if union else TRAIN_SETTING
    fit_on = SPLITS if union else ("train",)
    key = f"{setting['max_iter']} spread"
    features, monotone = calibration_cv.FEATURES, calibrate.MONOTONE
    try:
        for extra in (None, *rows[0]["asserted"]):
            these = [
                r | {"signals": r["signals"] | ({extra: r["asserted"][extra]} if extra else {})}
                for r in rows
            ]
            these = responded(these, RESPONSES["none"])
            calibration_cv.FEATURES = features + ((extra,) if extra else ())
            calibrate.MONOTONE = monotone + ((1,) if extra else ())
            runs = [calibration_cv.out_of_fold(these, folds, s, setting, fit_on) for s in seeds]
            found = calibration_cv.table(these, [run[key] for run in runs])
            print(extra or "(no sixth feature)")
            for split in ("train-blind", "fresh-dev", "pooled"):
                print(f"  {split:<12}{calibration_cv.line(found[split])}")
            sys.stdout.flush()
    finally:
        calibration_cv.FEATURES, calibrate.MONOTONE = features, monotone


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", default="0,1,2")
    parser.add_argument("--union", action="store_true", help="the union setting on all four")
    args = parser.parse_args()
    rows = recorded()
    print(f"{len(rows)} answers graded in rubric mode ({', '.join(SPLITS)}); FEATURES {FEATURES}")
    print(f"MONOTONE {MONOTONE}")
    separation(rows)
    out_of_fold(rows, args.folds, [int(s) for s in args.seeds.split(",")], args.union)


if __name__ == "__main__":
    main()
