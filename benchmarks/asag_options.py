"""Ways of combining a SemEval answer's per-reference scores, compared on the train split only.

Usage: python benchmarks/asag_options.py [FOLDER]   (default: ../shared/benchmarks/asag)

Grades every train answer of both data sets once, keeps each reference's parts (word and
character similarity, key-term coverage, negation agreement) and the flags, rebuilds the score
exactly as the grader does (checked), then scores other ways of choosing among the references:
a soft best-of (best + k x (second best - best)) and a bonus for the first reference (which the
data set marks as the best one). Each family is chosen by 5-fold cross-validation grouped by
question on train, with the one fixed pass cut-off. Test splits are never read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from asag import read_jsonl  # noqa: E402

from interviewer.core import grading as G  # noqa: E402


def parts(rows: list[dict]) -> list[dict]:
    """Each train answer's per-reference parts, its flags and the grader's own decision."""
    result = []
    for name in sorted({r["dataset"] for r in rows}):
        subset = [r for r in rows if r["dataset"] == name]
        questions: dict = {}
        for r in subset:
            key = (r["question"], tuple(r["reference_answers"]))
            questions.setdefault(key, G.reference_question(key[0], list(key[1])))
        grader = G.Grader(questions=list(questions.values())).fit()
        for r in subset:
            question = questions[(r["question"], tuple(r["reference_answers"]))]
            prepared = grader._prepare(question)
            grade = grader.grade(question, r["student_answer"])
            text = G._Text.of(r["student_answer"])
            refs = []
            if text.content:
                G._correct_typos(text, prepared)
                answer = G._Answer.of(text)
                answer.look_up(prepared.fuzzy_words)
                word_vec, char_vec = grader._vectors(text, prepared.question_stems)
                for i, (ref_word, ref_char) in enumerate(prepared.references):
                    concepts = prepared.concepts[i if len(prepared.concepts) > 1 else 0]
                    coverage = G._coverage(concepts, answer)[0]
                    refs.append(
                        (
                            G._similarity(word_vec, ref_word),
                            G._similarity(char_vec, ref_char),
                            coverage,
                            prepared.references_negated[i],
                        )
                    )
            result.append(
                {
                    "dataset": name,
                    "group": f"{name}/{r['question_id']}",
                    "gold": r["label_2way"] == "correct",
                    "words": len(text.content),
                    "negated": G._has_negation(text.words),
                    "refs": refs,
                    "flags": grade.flags,
                    "passed": grade.passed,
                }
            )
    return result


def score(row: dict, how: str = "best", k: float = 0.0) -> float:
    """The grader's reference-mode score rebuilt from the parts, with another best-of."""
    if not row["refs"]:
        return 0.0
    points = []
    for word, char, coverage, negated in row["refs"]:
        sim = G.WORD_WEIGHT * word + (1 - G.WORD_WEIGHT) * char
        p = G.SIMILARITY_POINTS * min(1.0, sim / G.FULL_SIMILARITY) + G.COVERAGE_POINTS * coverage
        if row["words"] <= G.NEGATION_MAX_WORDS and row["negated"] != negated:
            p -= G.NEGATION_POINTS
        points.append(p)
    best = max(points)
    if how == "soft" and len(points) > 1:
        best += k * (sorted(points)[-2] - best)
    elif how == "first":
        best = max(best, points[0] + k)
    base = max(0.0, best)
    for flag, cap in (
        ("restates_question", G.RESTATES_CAP),
        ("off_topic", G.OFF_TOPIC_CAP),
        ("keyword_list", G.KEYWORD_LIST_CAP),
    ):
        if flag in row["flags"] and base > cap:
            base = cap
    if "too_short" in row["flags"] and "restates_question" not in row["flags"]:
        base *= G.TOO_SHORT_FACTOR
    return base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", nargs="?", default=str(REPO.parent / "shared" / "benchmarks" / "asag")
    )
    folder = Path(parser.parse_args().folder)
    rows = [r for r in read_jsonl(folder / "semeval2013.jsonl.gz") if r["split"] == "train"]
    data = parts(rows)
    gold = np.array([d["gold"] for d in data])
    groups = np.array([d["group"] for d in data])
    dataset = np.array([d["dataset"] for d in data])
    rebuilt = np.array([score(d) >= G.PASS_CUTOFF for d in data])
    same = np.mean(rebuilt == np.array([d["passed"] for d in data]))
    print(f"rebuilt decisions equal to the grader's: {same:.3f}")
    families = {
        "soft best-of, k": [("soft", k) for k in (-0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.5)],
        "first-reference bonus, points": [("first", b) for b in (-20, -10, 0, 5, 10, 15, 20)],
    }
    for family, grid in families.items():
        passed = {o: np.array([score(d, *o) >= G.PASS_CUTOFF for d in data]) for o in grid}
        predicted = np.zeros(len(data), dtype=bool)
        chosen = []
        for train, held in GroupKFold(5).split(gold, gold, groups):
            best = max(grid, key=lambda o: np.mean(passed[o][train] == gold[train]))
            predicted[held] = passed[best][held]
            chosen.append(best[1])
        pooled = max(grid, key=lambda o: np.mean(passed[o] == gold))
        cv = ", ".join(
            f"{n} {np.mean(predicted[dataset == n] == gold[dataset == n]):.3f}"
            for n in sorted(set(dataset))
        )
        fit = ", ".join(
            f"{n} {np.mean(passed[pooled][dataset == n] == gold[dataset == n]):.3f}"
            for n in sorted(set(dataset))
        )
        print(f"{family}: folds chose {chosen}; grouped CV accuracy {cv}")
        print(f"  chosen on all train: {pooled[1]} (train accuracy {fit})")
    current = ", ".join(
        f"{n} {np.mean(rebuilt[dataset == n] == gold[dataset == n]):.3f}"
        for n in sorted(set(dataset))
    )
    print(f"current (best reference): train accuracy {current}")


if __name__ == "__main__":
    main()
