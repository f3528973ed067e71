"""Ways to count a question's references in reference mode, cross-validated on the ASAG train parts.

Usage: python benchmarks/reference_count.py [FOLDER] [--cache FILE] [--ways WAY ...]
       [--pairs WAY ...]

The shipped blend takes `references` x ln(number of references) from every answer: the best
of many references is the likelier to match by chance. Beetle's questions have 1-14 references
(SciEntsBank's and Mohler's one each, as have the genai bank's 201 questions and most
teachers' keys), and Beetle's unseen questions are the one SemEval split under 0.70. Every way
of counting here is 0 for a question with one reference and the shipped blend's other points
are kept, so SciEntsBank, Mohler and every one-reference question grade exactly as shipped:
only the way of counting and its points are fitted (a grid on the train folds' Beetle 2-way
accuracy, the smallest points among the best), and the figure is Beetle's cross-validated
accuracy, by template folds (fit_reference.py --folds template: families of questions that
differ only in a name or number held out together, as unseen questions are) and by question
folds. Both are printed: a way that gains on one and not the other is noise. No test split is
read. Answers are scored as fit_reference.scores does (best reference, a negated one capped
under the pass mark, the flagged caps); the grade's other caps are not applied, so "shipped"
reads 0.7521 where asag_train.py reads 0.7551.

Ways (n references; points_i the answer's points against reference i before the count, best
their maximum; sim_i its similarity signal, prec and cov the precision and coverage of its
best reference):
  all          ln n (shipped; its points refitted per fold)
  most:K       ln min(n, K): at most K references counted (fit_reference.py --most-references)
  beyond:K     ln(n / K) past K references, 0 up to K
  apart:D      ln(n / m), m the references within D points of the best: an answer close to
               many references is no chance match of one
  soft:T       ln(n / sum exp((points_i - best) / T)): m counted softly
  gap          (best - second best) / 10
  mean         (best - mean points_i) / 10
  sqrt         sqrt(n) - 1
  linear       n - 1
  share:D      m / n (m as in apart)
  simshare:R   share of references with sim_i >= R x the best sim_i
  covmax       -(the most key terms covered of any reference - cov): coverage of any reference
  times:C      ln n x the best reference's signal C (0 similarity ... 3 precision)
  power:P      (ln n) ** P: the expected best of n chance matches grows like sqrt(ln n)
  distinct:A   ln of the effective number of distinct references: (trace S)^2 / |S|^2 of their
               TF-IDF cosines S (A: word or char_wb), so paraphrased references count as one
--select SIGNAL scores an answer on the reference best by that signal (shipped: most points).
--nested also chooses the way among --ways in each fold (the figure of choosing it).
--pairs fits a way beside ln n, both points together (second: -20 to 20 in steps of 1).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from asag import default_folder
from asag_train import train_rows
from fit_reference import CAPPED, NEGATION, REFERENCES, load

from interviewer.core.grading.reference_scoring import SIGNALS, shipped_blend
from interviewer.core.grading.result import PASS_CUTOFF

GRID = np.arange(0.0, 60.01, 0.25)
SECOND = np.arange(-20.0, 20.01, 1.0)
WAYS = ("all", "beyond:2", "beyond:3", "beyond:4", "beyond:5", "apart:2", "apart:5", "apart:10",
        "soft:2", "soft:5", "soft:10", "gap", "mean", "sqrt", "linear", "power:0.5",
        "power:0.75", "power:1.25", "power:1.5", "covmax",
        "distinct:word", "distinct:char_wb")  # fmt: skip
PAIRS = ("gap", "mean", "share:2", "share:5", "share:10", "simshare:0.8", "covmax", "times:0",
         "times:1", "times:2", "times:3")  # fmt: skip


def parts(answers: list, select: str = "points") -> dict:
    """Per answer: its points against each reference without the count, its signals, the
    points on the reference it does not negate (one it negates is capped at CAP, under the
    pass mark) that is best by `select` (the points, as shipped, or a signal of SIGNALS, ties
    broken by the points), and whether a flagged cap applies."""
    blend = shipped_blend()
    coef = np.array([getattr(blend, name) for name in SIGNALS])
    coef[REFERENCES] = 0.0
    points, top, capped, table = [], [], [], []
    for values, flags in answers:
        each = blend.base + values @ coef if len(values) else np.zeros(0)
        points.append(each)
        table.append(values)
        kept = values[:, NEGATION] == 0 if len(values) else np.zeros(0, bool)
        if not kept.any():
            top.append(-np.inf)
        elif select == "points":
            top.append(each[kept].max())
        else:
            key = values[:, SIGNALS.index(select)] + 1e-6 * each
            top.append(each[kept][int(np.argmax(key[kept]))])
        capped.append(bool(set(CAPPED) & flags))
    return {"points": points, "values": table, "top": np.array(top), "capped": np.array(capped)}


def distinct(references: list[str], texts: list[str], analyzer: str) -> float:
    """The effective number of distinct `references`: (trace S)^2 / sum S^2 of their TF-IDF
    cosines (fitted on `texts`): n for n unrelated references, 1 for n copies of one."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if analyzer == "word":
        vectorizer = TfidfVectorizer(stop_words="english")
    else:
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5))
    vectors = vectorizer.fit(texts).transform(references)
    cosines = (vectors @ vectors.T).toarray()
    return float(np.trace(cosines) ** 2 / (cosines**2).sum())


def counts(part: dict, way: str, rows: list[dict]) -> np.ndarray:
    """Each answer's term (what the count's points multiply): 0 with one reference."""
    name, _, given = way.partition(":")
    value = float(given) if given and name != "distinct" else 0.0
    result = np.zeros(len(part["points"]))
    effective: dict[tuple[str, ...], float] = {}
    if name == "distinct":
        texts = sorted({x for r in rows for x in r["reference_answers"]})
        for row in rows:
            refs = tuple(row["reference_answers"])
            if refs not in effective:
                effective[refs] = distinct(list(refs), texts, given)
    for i, points in enumerate(part["points"]):
        if len(points) > 1:
            refs = tuple(rows[i]["reference_answers"])
            result[i] = term(name, value, points, part["values"][i], effective.get(refs, 1.0))
    return result


def term(name: str, value: float, points: np.ndarray, values: np.ndarray, apart: float) -> float:
    """One answer's term of way `name` (see the docstring): `points` and `values` per
    reference, `apart` the effective number of distinct references."""
    n = len(points)
    best = points.max()
    top = int(np.argmax(points))
    close = np.count_nonzero(points >= best - value)
    if name == "all":
        return float(np.log(n))
    if name == "most":
        return float(np.log(min(n, value)))
    if name == "beyond":
        return max(0.0, float(np.log(n / value)))
    if name == "apart":
        return float(np.log(n / close))
    if name == "soft":
        return float(np.log(n / np.exp((points - best) / value).sum()))
    if name == "gap":
        return float(best - np.sort(points)[-2]) / 10
    if name == "mean":
        return float(best - points.mean()) / 10
    if name == "sqrt":
        return float(np.sqrt(n)) - 1
    if name == "linear":
        return n - 1.0
    if name == "share":
        return close / n
    if name == "simshare":
        return np.count_nonzero(values[:, 0] >= value * values[:, 0].max()) / n
    if name == "covmax":
        return -float(values[:, 1].max() - values[top, 1])
    if name == "times":
        return float(np.log(n) * values[top, int(value)])
    if name == "power":
        return float(np.log(n) ** value)
    if name == "distinct":
        return float(np.log(max(1.0, apart)))
    raise ValueError(f"no way {name!r}")


def passed(part: dict, keep: np.ndarray, term: np.ndarray) -> np.ndarray:
    """Whether each kept answer passes with `term` points taken off."""
    return ~part["capped"][keep] & (part["top"][keep] - term[keep] >= PASS_CUTOFF)


def cross_validate(
    part: dict, terms: list[np.ndarray], grids: list[np.ndarray], gold: np.ndarray, group
) -> tuple[float, list[tuple[float, ...]]]:
    """Accuracy of each fold's held-out answers with the points (one per term, from its grid)
    best on the other folds, and the points each fold chose."""
    predicted = np.zeros(len(gold), bool)
    chosen = []
    grid = np.array(np.meshgrid(*grids, indexing="ij")).reshape(len(grids), -1).T
    for k in sorted(set(group)):
        keep = np.flatnonzero(group != k)
        best = (-1.0, grid[0])
        for weights in grid:
            term = sum(w * t for w, t in zip(weights, terms, strict=True))
            accuracy = float(np.mean(passed(part, keep, term) == gold[keep]))
            if accuracy > best[0] + 1e-12:
                best = (accuracy, weights)
        chosen.append(tuple(float(w) for w in best[1]))
        held = np.flatnonzero(group == k)
        term = sum(w * t for w, t in zip(best[1], terms, strict=True))
        predicted[held] = passed(part, held, term)
    return float(np.mean(predicted == gold)), chosen


def nested(part: dict, terms: dict[str, np.ndarray], gold: np.ndarray, group) -> tuple:
    """Cross-validated accuracy with the way of counting chosen in each fold too (among
    `terms`, with its points), and what each fold chose: a way picked on all folds may owe its
    figure to the choice."""
    predicted = np.zeros(len(gold), bool)
    chosen = []
    for k in sorted(set(group)):
        keep = np.flatnonzero(group != k)
        best = (-1.0, "", 0.0)
        for way, term in terms.items():
            for weight in GRID:
                accuracy = float(np.mean(passed(part, keep, weight * term) == gold[keep]))
                if accuracy > best[0] + 1e-12:
                    best = (accuracy, way, float(weight))
        chosen.append(f"{best[1]} {best[2]:g}")
        held = np.flatnonzero(group == k)
        predicted[held] = passed(part, held, best[2] * terms[best[1]])
    return float(np.mean(predicted == gold)), chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(default_folder()))
    parser.add_argument("--cache", type=Path, help="fit_reference.py's cache of signals")
    parser.add_argument("--ways", nargs="*", default=list(WAYS))
    parser.add_argument("--pairs", nargs="*", default=list(PAIRS))
    parser.add_argument(
        "--select",
        choices=("points", *SIGNALS[:4]),
        default="points",
        help="the reference an answer is scored on: most points (shipped) or best by a signal",
    )
    parser.add_argument(
        "--nested", action="store_true", help="also choose among --ways in each fold"
    )
    args = parser.parse_args()
    folder = Path(args.folder)
    data, by_template = load(folder, "template", args.cache)
    _, by_question = load(folder, "question", args.cache)
    groups = {"template": by_template["beetle"], "question": by_question["beetle"]}
    answers, gold = data["beetle"]
    rows = train_rows(folder)["beetle"]
    part = parts(answers, args.select)
    everyone = np.arange(len(gold))
    shipped = passed(part, everyone, shipped_blend().references * counts(part, "all", rows))
    print(f"shipped blend, Beetle train (fitted there): {np.mean(shipped == gold):.4f}")
    ln_n = counts(part, "all", rows)
    runs = [(w, [counts(part, w, rows)], [GRID]) for w in args.ways]
    runs += [(f"ln n + {w}", [ln_n, counts(part, w, rows)], [GRID, SECOND]) for w in args.pairs]
    if args.nested:
        ways = {w: counts(part, w, rows) for w in args.ways}
        for fold, group in groups.items():
            accuracy, picked = nested(part, ways, gold, group)
            print(f"nested, {fold} folds: {accuracy:.4f} (chosen: {'; '.join(picked)})")
    for label, terms, grids in runs:
        figures = []
        for fold, group in groups.items():
            accuracy, chosen = cross_validate(part, terms, grids, gold, group)
            common = max(set(chosen), key=chosen.count)
            figures.append(f"{fold} {accuracy:.4f} (points {', '.join(f'{c:g}' for c in common)}"
                           f" in {chosen.count(common)} of {len(chosen)} folds)")  # fmt: skip
        print(f"{label:22} CV Beetle: " + "  ".join(figures), flush=True)


if __name__ == "__main__":
    main()
