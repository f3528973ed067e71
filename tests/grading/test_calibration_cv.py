"""benchmarks/calibration_cv.py's folds and calibrate.py's fit options: a question's answers are
never fitted on when they are graded, whatever split they come from."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def scripts():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import calibrate
        import calibration_cv
    finally:
        sys.path.remove(str(BENCHMARKS))
    return calibrate, calibration_cv


def _rows() -> list[dict]:
    """Answers to 13 questions, some asked in two splits (train and train-blind), graded 0-5."""
    rows = []
    for q in range(13):
        for split in ("train", "train-blind") if q % 3 == 0 else ("dev",):
            for a in range(4):
                grade = (q + a) % 6
                rows.append(
                    {
                        "question_id": f"genai-{q:03d}",
                        "split": split,
                        "grade": grade,
                        "kind": "paraphrase",
                        "capped": False,
                        "cap": 5.0,
                        "flags": [],
                        "signals": {"coverage": grade / 5, "length": (a + 1) / 4},
                    }
                )
    return rows


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_one_question_is_never_in_two_folds(scripts, seed):
    _, cv = scripts
    rows = _rows()
    fold = cv.fold_of([r["question_id"] for r in rows], 5, seed)
    assert set(fold) == {r["question_id"] for r in rows}
    assert sorted(set(fold.values())) == [0, 1, 2, 3, 4]
    sizes = [list(fold.values()).count(k) for k in range(5)]
    assert max(sizes) - min(sizes) <= 1
    assert fold == cv.fold_of([r["question_id"] for r in reversed(rows)], 5, seed)


def test_an_answer_is_graded_by_trees_that_never_saw_its_question(scripts, monkeypatch):
    calibrate, cv = scripts
    rows = _rows()
    seen: list[set[str]] = []
    real = calibrate.fit_model

    def spying(x, grades, splits, questions, setting):
        seen.append(set(questions))
        return real(x, grades, splits, questions, setting)

    monkeypatch.setattr(cv, "fit_model", spying)
    setting = calibrate.TRAIN_SETTING | {"min_samples_leaf": 2, "max_iter": 5}
    cv.out_of_fold(rows, 5, 0, setting, cv.SPLITS)
    fold = cv.fold_of([r["question_id"] for r in rows], 5, 0)
    assert len(seen) == 5
    for k, questions in enumerate(seen):
        held = {q for q, f in fold.items() if f == k}
        assert questions and questions.isdisjoint(held)
        assert questions | held == set(fold)


def test_train_only_fits_no_other_split(scripts, monkeypatch):
    calibrate, cv = scripts
    fitted: list[set[str]] = []
    real = calibrate.fit_model

    def spying(x, grades, splits, questions, setting):
        fitted.append(set(splits))
        return real(x, grades, splits, questions, setting)

    monkeypatch.setattr(cv, "fit_model", spying)
    setting = calibrate.TRAIN_SETTING | {"min_samples_leaf": 2, "max_iter": 5}
    cv.out_of_fold(_rows(), 5, 1, setting, ("train",))
    assert fitted and all(s == {"train"} for s in fitted)


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        ("none", [1.0, 1.0, 1.0, 1.0]),
        ("split", [2 / 3, 2 / 3, 2 / 3, 2.0]),
        ("question", [2 / 3, 2 / 3, 4 / 3, 4 / 3]),
    ],
)
def test_weights_equalise_splits_or_questions(scripts, by, expected):
    calibrate, _ = scripts
    splits = ["train", "train", "train", "dev"]
    questions = ["q1", "q1", "q2", "q3"]
    assert calibrate.weights(splits, questions, by) == pytest.approx(expected)
    assert sum(calibrate.weights(splits, questions, by)) == pytest.approx(4.0)


def test_fit_on_names_the_splits_and_never_a_held_out_one(scripts):
    calibrate, _ = scripts
    assert calibrate.FIT_ON["train"][0] == ("train",)
    assert set(calibrate.FIT_ON["union"][0]) == {"train", "dev", "fresh-dev", "train-blind"}
    for splits, _ in calibrate.FIT_ON.values():
        assert not {"test", "fresh-test"} & set(splits)
