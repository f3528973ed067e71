"""Fit reference mode's blend (reference_scoring/blend.py) on the training parts of the ASAG data.

Usage: python benchmarks/fit_reference.py [FOLDER] [--write] [--scale 15] [--without SIGNAL ...]
       [--folds question|template] [--stretch 20] [--most-references N ...] [--cache FILE]
       [--references-only]

Each answer of the SemEval-2013 train split (Beetle and SciEntsBank) gives its signals against
every reference (`Grader.reference_signals`). A logistic regression (scikit-learn, C=1; each
dataset weighing the same) predicts whether the answer is correct from the signals of its most
similar reference; a signal fitted to count against what it measures is left out and the rest
refitted. One unit of log-odds is SCALE points, and the pass mark (70) is put where the train
accuracy (the two datasets' mean) is best. Answers the caps decide (empty, restating the
question, off topic, a keyword list) are left out: the caps, not the blend, handle them. (A
short answer negating a reference is kept: it cannot pass on that reference, but its negation
points are fitted.)

It first prints the cross-validated figures the signals and SCALE were chosen on: 8 folds,
SemEval grouped by question (each fold's questions unseen in its fit; --folds template holds out
whole families of questions that differ only in a name or number, as unseen questions are) and
Mohler by assignment (1-8, one a fold; Mohler is not fitted on, only scored: its Pearson r
depends on SCALE). Then the blend fitted on all of train; with --write it goes to
interviewer/core/grading/reference_blend.json. No test split is read here.

--stretch TO reproduces the shipped pipeline (key29, benchmarks/reference_scale.py): the blend
fitted at SCALE, its pass mark moved, is then stretched about the pass mark to TO points per
unit of log-odds (every signal's points x TO / SCALE, 70 kept where it was). It moves no
answer across 70 but by a cap, so SemEval accuracy is as at SCALE; Mohler's r is TO's.
--most-references N counts at most N references in the `references` signal (-ln min(n, N)),
each N fitted and cross-validated in turn; 0 is no limit. --cache FILE keeps the signals read
(they take minutes) for the next run; delete it when the grader changes. --references-only
keeps the shipped blend and refits only the `references` points (for each --most-references),
cross-validated: slow (a grid of 121 points per fold, in Python).
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import re
from pathlib import Path

import numpy as np
from asag import default_folder, reference_question
from asag_train import REPO, train_rows
from scipy.stats import pearsonr

from interviewer.core.grading import Grader
from interviewer.core.grading.reference_scoring import CAP, SIGNALS, ReferenceBlend
from interviewer.core.grading.result import PASS_CUTOFF

OUT = REPO / "interviewer" / "core" / "grading" / "reference_blend.json"
CAPPED = ("restates_question", "off_topic", "keyword_list")
FOLDS = 8
NEGATION = SIGNALS.index("negation")
REFERENCES = SIGNALS.index("references")


def counted(data: dict, most: int) -> dict:
    """`data` with the references signal counting at most `most` references (0: all)."""
    if not most:
        return data
    floor = -math.log(most)
    result = {}
    for name, (answers, gold) in data.items():
        capped = []
        for values, flags in answers:
            values = values.copy()
            values[:, REFERENCES] = np.maximum(values[:, REFERENCES], floor)
            capped.append((values, flags))
        result[name] = (capped, gold)
    return result


def read(rows: list[dict]) -> list[tuple[np.ndarray, frozenset[str]]]:
    """Each answer's signals (a row per reference, columns as SIGNALS) and its flags."""
    questions = {}
    for row in rows:
        key = (row["question"], tuple(row["reference_answers"]))
        if key not in questions:
            questions[key] = reference_question(key[0], list(key[1]))
    grader = Grader(questions=list(questions.values()))
    result = []
    for row in rows:
        question = questions[(row["question"], tuple(row["reference_answers"]))]
        flags = frozenset(grader.grade(question, row["student_answer"]).flags)
        signals = grader.reference_signals(question, row["student_answer"])
        values = np.array([[s.values()[name] for name in SIGNALS] for s in signals])
        result.append((values.reshape(-1, len(SIGNALS)), flags))
    return result


def scores(answers: list, coef: np.ndarray, intercept: float, scale: float) -> np.ndarray:
    """The scores the blend gives: best reference (at most CAP for one the answer negates),
    caps, clipped to 0-100."""
    result = []
    for values, flags in answers:
        if not len(values):
            result.append(0.0)
            continue
        each = PASS_CUTOFF + scale * (values @ coef + intercept)
        each[values[:, NEGATION] != 0] = np.minimum(each[values[:, NEGATION] != 0], CAP)
        score = max(0.0, float(np.max(each)))
        if set(CAPPED) & flags:
            score = min(score, CAP)
        result.append(min(100.0, score))
    return np.array(result)


def fit(data: dict, keep: dict, without: set[str]) -> tuple[np.ndarray, float]:
    """Log-odds weights (one per SIGNALS, 0 when left out) and intercept, on the answers kept."""
    from sklearn.linear_model import LogisticRegression

    x, y, weight = [], [], []
    for name in ("beetle", "sciEntsBank"):
        answers, gold = data[name]
        used = [i for i in keep[name] if len(answers[i][0]) and not set(CAPPED) & answers[i][1]]
        for i in used:
            values = answers[i][0]
            x.append(values[int(np.argmax(values[:, 0]))])
            y.append(gold[i])
            weight.append(1.0 / len(used))
    x_all, y_all, w_all = np.array(x), np.array(y), np.array(weight) * len(y) / 2
    columns = [k for k, name in enumerate(SIGNALS) if name not in without]
    while True:
        model = LogisticRegression(max_iter=5000).fit(x_all[:, columns], y_all, w_all)
        coef = np.zeros(len(SIGNALS))
        coef[columns] = model.coef_[0]
        if (coef >= 0).all():
            return coef, float(model.intercept_[0])
        columns = [k for k in columns if coef[k] > 0]


def threshold(data: dict, keep: dict, coef: np.ndarray, intercept: float, scale: float) -> float:
    """Points to add so that the pass mark is where mean train accuracy is best (0.5 steps)."""
    best = (-1.0, 0.0)
    found = {}
    for name in ("beetle", "sciEntsBank"):
        answers, gold = data[name]
        found[name] = (scores([answers[i] for i in keep[name]], coef, intercept, scale),
                       gold[keep[name]])  # fmt: skip
    for shift in np.arange(-15.0, 15.01, 0.5):
        accuracy = np.mean([np.mean((s + shift >= PASS_CUTOFF) == g) for s, g in found.values()])
        if accuracy > best[0] + 1e-12:
            best = (float(accuracy), float(shift))
    return best[1]


_NAMED = re.compile(r"\b(?:[A-Z]|\d+(?:\.\d+)?)\b")


def template(row: dict) -> str:
    """The question and its first reference with single capitals and numbers masked: Beetle
    asks one question of terminal 1, 2 and 3 ("... for terminal # and the positive terminal"),
    and a fold that holds out terminal 1 but fits on terminal 2 has seen its question."""
    return _NAMED.sub("#", f"{row['question']} | {row['reference_answers'][0]}").lower()


def folds(name: str, rows: list[dict], by: str = "question") -> np.ndarray:
    """Each row's fold: Mohler by assignment; SemEval by question, or by `template` (whole
    families of questions held out together)."""
    if name == "mohler":
        return np.array([r["assignment"] - 1 for r in rows])
    key = template if by == "template" else (lambda r: r["question_id"])
    questions = sorted({key(r) for r in rows})
    order = np.random.RandomState(0).permutation(len(questions))
    fold = {q: int(order[k]) % FOLDS for k, q in enumerate(questions)}
    return np.array([fold[key(r)] for r in rows])


def cross_validate(
    data: dict, group: dict, scale: float, without: set[str], stretch: float | None = None
) -> dict[str, float]:
    """Each fold fitted at `scale`, its pass mark moved, then (if `stretch`) scored at
    `stretch` points per unit of log-odds, as shipped."""
    predicted = {name: np.zeros(len(gold)) for name, (_, gold) in data.items()}
    for k in range(FOLDS):
        train = {name: np.flatnonzero(group[name] != k) for name in data}
        coef, intercept = fit(data, train, without)
        shift = threshold(data, train, coef, intercept, scale)
        for name, (answers, _) in data.items():
            held = np.flatnonzero(group[name] == k)
            found = scores(
                [answers[i] for i in held], coef, intercept + shift / scale, stretch or scale
            )
            predicted[name][held] = found
    return measured(data, predicted)


def measured(data: dict, predicted: dict) -> dict[str, float]:
    """Mohler's Pearson r and each SemEval dataset's 2-way accuracy of the scores `predicted`."""
    figures = {"mohler": float(pearsonr(predicted["mohler"], data["mohler"][1])[0])}
    for name in ("beetle", "sciEntsBank"):
        figures[name] = float(np.mean((predicted[name] >= PASS_CUTOFF) == data[name][1]))
    return figures


def shipped_figures(data: dict) -> dict[str, float]:
    """The shipped blend's figures on all of train (fitted there: not a cross-validated figure)."""
    from interviewer.core.grading.reference_scoring import shipped_blend

    blend = shipped_blend()
    coef = np.array([getattr(blend, name) for name in SIGNALS])
    predicted = {
        name: scores(answers, coef, blend.base - PASS_CUTOFF, 1.0)
        for name, (answers, _) in data.items()
    }
    return measured(data, predicted)


def references_only(data: dict, keep: dict) -> float:
    """The shipped blend with only the `references` signal's points refitted (0-30, 0.25
    steps: where mean train accuracy is best, the smallest such): every other weight and the
    base stay, so a question with at most `most_references` references grades as shipped."""
    from interviewer.core.grading.reference_scoring import shipped_blend

    blend = shipped_blend()
    coef = np.array([getattr(blend, name) for name in SIGNALS])
    best = (-1.0, 0.0)
    for points in np.arange(0.0, 30.01, 0.25):
        coef[REFERENCES] = points
        accuracy = np.mean(
            [
                np.mean(
                    (scores([answers[i] for i in keep[n]], coef, blend.base - PASS_CUTOFF, 1.0)
                     >= PASS_CUTOFF) == gold[keep[n]]
                )
                for n, (answers, gold) in data.items()
                if n != "mohler"
            ]
        )  # fmt: skip
        if accuracy > best[0] + 1e-12:
            best = (float(accuracy), float(points))
    return best[1]


def cross_validate_references(data: dict, group: dict) -> tuple[dict[str, float], list[float]]:
    """Cross-validated figures of `references_only`, and each fold's points."""
    from interviewer.core.grading.reference_scoring import shipped_blend

    blend = shipped_blend()
    coef = np.array([getattr(blend, name) for name in SIGNALS])
    predicted = {name: np.zeros(len(gold)) for name, (_, gold) in data.items()}
    chosen = []
    for k in range(FOLDS):
        train = {name: np.flatnonzero(group[name] != k) for name in data}
        coef[REFERENCES] = references_only(data, train)
        chosen.append(float(coef[REFERENCES]))
        for name, (answers, _) in data.items():
            held = np.flatnonzero(group[name] == k)
            found = scores([answers[i] for i in held], coef, blend.base - PASS_CUTOFF, 1.0)
            predicted[name][held] = found
    return measured(data, predicted), chosen


def load(folder: Path, by: str, cache: Path | None) -> tuple[dict, dict]:
    """Each dataset's (signals and flags, gold) and folds, from `cache` when it exists."""
    if cache and cache.exists():
        data = pickle.loads(cache.read_bytes())
    else:
        data = {}
        for name, rows in train_rows(folder).items():
            gold = [
                r["score_avg"] if name == "mohler" else r["label_2way"] == "correct" for r in rows
            ]
            data[name] = (read(rows), np.array(gold))
        if cache:
            cache.write_bytes(pickle.dumps(data))
    rows = train_rows(folder)
    return data, {name: folds(name, rows[name], by) for name in data}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(default_folder()))
    parser.add_argument("--scale", type=float, nargs="+", default=[15.0])
    parser.add_argument("--without", nargs="*", default=[], choices=SIGNALS)
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--folds",
        choices=("question", "template"),
        default="question",
        help="hold out SemEval questions one by one, or by families (see `template`)",
    )
    parser.add_argument("--stretch", type=float, help="points per unit of log-odds shipped")
    parser.add_argument("--most-references", type=int, nargs="+", default=[0])
    parser.add_argument("--cache", type=Path, help="keep the signals read here")
    parser.add_argument(
        "--references-only",
        action="store_true",
        help="keep the shipped blend and refit only the references signal's points",
    )
    args = parser.parse_args()
    read_data, group = load(Path(args.folder), args.folds, args.cache)
    if args.references_only:
        for most in args.most_references:
            data = counted(read_data, most)
            cv, chosen = cross_validate_references(data, group)
            print(
                f"CV references only, most-references {most or 'all'}: "
                + "  ".join(f"{n} {v:.4f}" for n, v in cv.items())
                + "  (points by fold: "
                + " ".join(f"{c:g}" for c in chosen)
                + ")",
                flush=True,
            )
        return
    without = set(args.without)
    shipped = shipped_figures(read_data)
    print("shipped blend on all of train: " + "  ".join(f"{n} {v:.4f}" for n, v in shipped.items()))
    for most in args.most_references:
        data = counted(read_data, most)
        for scale in args.scale:
            cv = cross_validate(data, group, scale, without, args.stretch)
            print(
                f"CV most-references {most or 'all'} scale {scale:g}"
                + (f" stretched to {args.stretch:g}" if args.stretch else "")
                + ": "
                + "  ".join(f"{n} {v:.4f}" for n, v in cv.items()),
                flush=True,
            )
    most = args.most_references[0]
    data = counted(read_data, most)
    scale = args.scale[0]
    everything = {name: np.arange(len(gold)) for name, (_, gold) in data.items()}
    coef, intercept = fit(data, everything, without)
    shift = threshold(data, everything, coef, intercept, scale)
    print("log-odds: " + " ".join(f"{n} {w:+.3f}" for n, w in zip(SIGNALS, coef, strict=True)))
    final = args.stretch or scale
    points = {name: round(final * float(w), 2) for name, w in zip(SIGNALS, coef, strict=True)}
    note = (
        "SemEval-2013 train (Beetle and SciEntsBank, equal weight), logistic regression, "
        f"{scale:g} points per unit of log-odds, pass mark moved {shift:+g} to where train "
        "accuracy is best"
    )
    if args.stretch:
        note += (
            f"; then stretched about the pass mark to {args.stretch:g} points per unit of "
            "log-odds (key29, benchmarks/reference_scale.py)"
        )
    if most:
        note += f"; at most {most} references counted"
    blend = ReferenceBlend(
        base=round(PASS_CUTOFF + final * (intercept + shift / scale), 2),
        fitted_on=note,
        most_references=float(most),
        **points,  # type: ignore[arg-type]
    )
    fitted = measured(
        data,
        {n: scores(a, coef, intercept + shift / scale, final) for n, (a, _) in data.items()},
    )
    print("refit on all of train: " + "  ".join(f"{n} {v:.4f}" for n, v in fitted.items()))
    print(json.dumps(blend.to_dict(), indent=1))
    if args.write:
        OUT.write_text(json.dumps(blend.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"written to {OUT}")


if __name__ == "__main__":
    main()
