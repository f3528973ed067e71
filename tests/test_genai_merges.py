"""Questions merged away in bank 2.1 stay resolvable: old sessions keep their history."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from cli_helpers import exit_status as run

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import Grader
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.paths import database_path

MERGED = {"genai-070": "genai-067", "genai-096": "genai-097"}
"""Merged id -> the question that absorbed it (bank and rubric version 2.1)."""
OLD_PROMPTS = {
    "genai-070": "What are the forward and reverse processes in diffusion models?",
    "genai-096": "What is RLHF (Reinforcement Learning from Human Feedback)?",
}
ANSWERS = {
    "genai-070": (
        "The forward process is fixed: it adds Gaussian noise step by step following a noise "
        "schedule until only noise is left. The reverse process is learned: a network predicts "
        "the noise at each step and removes it, starting from pure noise to generate a sample."
    ),
    "genai-096": (
        "RLHF aligns a model with what people want. Humans compare pairs of answers and pick "
        "the better one, a reward model is trained on those comparisons, and the model is then "
        "optimised with PPO against that reward, with a KL penalty to stay close to the SFT model."
    ),
}


@pytest.fixture(scope="module")
def genai():
    return Catalog(None).find("genai")


def test_bank_and_rubric_are_version_2_28(genai):
    assert genai.version == "2.42"
    assert genai.rubric_source is not None
    assert "version: '2.42'" in genai.rubric_source.read_text(encoding="utf-8")


@pytest.mark.parametrize(("old", "kept"), sorted(MERGED.items()))
def test_a_merged_id_resolves_to_the_question_that_absorbed_it(genai, old, kept):
    question = genai.get(old)
    assert question.id == kept and old in question.aliases and old in genai
    assert old not in {q.id for q in genai}


def _old_session(data_dir, genai) -> str:
    """A finished session stored before the merge: its answers carry the merged ids."""
    with Store.open(database_path(data_dir), clock=FakeClock()) as store:
        session = store.create_session(SessionConfig(bank_id="genai", count=2), genai)
        for position, old in enumerate(sorted(MERGED), start=1):
            asked = replace(genai.get(MERGED[old]), id=old, prompt=OLD_PROMPTS[old], aliases=())
            store.record_answer(
                session.id, position=position, question=asked, answer=ANSWERS[old], seconds=30,
                time_limit=120, score=12.0, band="weak", grade={"score": 12.0, "band": "weak"},
                grader_version="0.1",
            )  # fmt: skip
        store.finish_session(session.id, "intermediate")
    return session.id


def test_an_old_session_on_merged_ids_still_reports(isolated_data_dir, genai, capsys):
    session_id = _old_session(isolated_data_dir, genai)
    assert run("report", session_id[:8], "--format", "json") == 0
    report = json.loads(capsys.readouterr().out)
    questions = {q["question_id"]: q for q in report["questions"]}
    assert set(questions) == set(MERGED)
    for old, kept in MERGED.items():
        assert questions[old]["prompt"] == OLD_PROMPTS[old]
        assert questions[old]["reference_answer"] == genai.get(kept).reference_answers[0]


def test_an_old_session_on_merged_ids_still_regrades(isolated_data_dir, genai, capsys):
    session_id = _old_session(isolated_data_dir, genai)
    assert run("regrade", session_id) == 0
    out = capsys.readouterr().out
    assert "no longer in the bank" not in out and "2 changed, 0 unchanged" in out
    with Store.open(database_path(isolated_data_dir)) as store:
        answers = store.answers(session_id)
    assert [a.question_id for a in answers] == sorted(MERGED)
    grader = Grader(genai)
    for answer in answers:
        expected = grader.grade(genai.get(MERGED[answer.question_id]), answer.answer)
        assert (answer.score, answer.band) == (expected.score, expected.band)
        assert answer.score >= 55, (answer.question_id, answer.score)
