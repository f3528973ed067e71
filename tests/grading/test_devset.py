"""Checks over the team's graded development set (tests/data/devset.yaml)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from graded import quoted
from test_nearest import nearest_quotes

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader, reference_question
from interviewer.core.grading.nearest import ELLIPSIS, QUOTE_WORDS
from interviewer.core.grading.text import Text

DEVSET = Path(__file__).resolve().parent.parent / "data" / "devset.yaml"
FRESH = DEVSET.with_name("fresh_answers.yaml")


@pytest.fixture(scope="module")
def devset() -> list[dict]:
    return yaml.safe_load(DEVSET.read_text(encoding="utf-8"))["answers"]


def test_devset_has_the_size_and_spread_the_issue_asks_for(devset):
    genai = Catalog(None).find("genai")
    questions = {a["question_id"] for a in devset}
    assert len(devset) >= 1200 and len(questions) >= 80
    topics = {genai.get(q).topic for q in questions}
    levels = {genai.get(q).level for q in questions}
    assert topics == {q.topic for q in genai} and len(levels) == 3
    assert set(Counter(a["kind"] for a in devset)) >= {
        "excellent",
        "concise",
        "paraphrase",
        "gaps",
        "partial",
        "weak",
        "wrong",
        "buzzword",
        "offtopic",
        "restated",
    }


def test_splits_are_by_question(devset):
    split_of: dict[str, set[str]] = {}
    for a in devset:
        split_of.setdefault(a["question_id"], set()).add(a["split"])
    assert all(len(s) == 1 for s in split_of.values())
    assert {s for v in split_of.values() for s in v} == {"train", "dev", "test"}


def test_every_answer_has_two_grades_and_a_resolved_one_between_them(devset):
    for a in devset:
        low, high = sorted(a["grades"])
        assert 0 <= low <= a["grade"] <= high <= 5, a["id"]


@pytest.mark.parametrize("mode", ["rubric", "reference"])
def test_every_evidence_is_a_verbatim_span_of_the_answer(devset, mode):
    """In rubric mode and in reference mode (the genai questions without their rubrics), where
    the answer is read respelled ("RAG" as "retrieval augmented generation", "seven" as "7")."""
    genai = Catalog(None).find("genai")
    questions = {q.id: q for q in genai}
    if mode == "reference":
        questions = {
            q.id: reference_question(q.prompt, q.reference_answers, question_id=q.id) for q in genai
        }
    grader = Grader(genai) if mode == "rubric" else Grader(questions=list(questions.values()))
    shown = 0
    for a in devset:
        grade = grader.grade(questions[a["question_id"]], a["answer"])
        for span in quoted(grade):
            assert span and span in a["answer"], (a["id"], span)
        for nearest in nearest_quotes(grade.feedback):  # "…" marks words left out
            span = nearest.strip(ELLIPSIS)
            assert span and span in a["answer"], (a["id"], nearest)
            assert len(Text.of(span).words) <= QUOTE_WORDS, (a["id"], nearest)
            shown += 1
    assert shown > 500 or mode == "reference"


def test_the_fresh_set_covers_the_questions_the_devset_does_not(devset):
    genai = Catalog(None).find("genai")
    fresh = yaml.safe_load(FRESH.read_text(encoding="utf-8"))["answers"]
    questions = {a["question_id"] for a in fresh}
    assert questions.isdisjoint({a["question_id"] for a in devset})
    assert questions | {a["question_id"] for a in devset} == {q.id for q in genai}
    split_of: dict[str, set[str]] = {}
    for a in fresh:
        split_of.setdefault(a["question_id"], set()).add(a["split"])
        low, high = sorted(a["grades"])
        assert 0 <= low <= a["grade"] <= high <= 5 and high - low <= 1, a["id"]
    assert all(len(s) == 1 for s in split_of.values())
    assert Counter(s for v in split_of.values() for s in v) == {"fresh-dev": 58, "fresh-test": 57}
    kinds = Counter((a["question_id"], a["kind"]) for a in fresh)
    assert set(kinds.values()) == {1} and len(kinds) == 3 * len(questions)


def test_the_blind_train_set_answers_train_questions_and_its_agreement_is_computed(devset):
    """tests/data/blind_train.yaml: 3 answers to each train question, each resolved grade between
    its two passes, and the `agreement` it states is what its two passes give."""
    from scipy.stats import spearmanr
    from sklearn.metrics import cohen_kappa_score

    data = yaml.safe_load(DEVSET.with_name("blind_train.yaml").read_text(encoding="utf-8"))
    rows = data["answers"]
    train = {a["question_id"] for a in devset if a["split"] == "train"}
    per_question = Counter(a["question_id"] for a in rows)
    assert set(per_question) == train and set(per_question.values()) == {3}
    assert len({a["id"] for a in rows}) == len(rows)
    assert {a["split"] for a in rows} == {"train-blind"}
    assert set(Counter(a["kind"] for a in rows)) == {
        "wrong",
        "longwrong",
        "paraphrase",
        "gaps",
        "partial",
    }
    for a in rows:
        low, high = sorted(a["grades"])
        assert 0 <= low <= a["grade"] <= high <= 5, a["id"]
        assert a["answer"].strip(), a["id"]
    first = [a["grades"][0] for a in rows]
    second = [a["grades"][1] for a in rows]
    stated = data["agreement"]
    assert stated["items"] == len(rows)
    pairs = list(zip(first, second, strict=True))
    assert stated["exact"] == round(sum(x == y for x, y in pairs) / len(rows), 3)
    qwk = cohen_kappa_score(first, second, weights="quadratic")
    assert stated["quadratic_kappa"] == round(float(qwk), 3)
    assert stated["spearman"] == round(float(spearmanr(first, second).statistic), 3)
    assert stated["disagreements_resolved"] == sum(x != y for x, y in pairs)
