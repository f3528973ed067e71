"""An answer with no concept detected that says nothing a reference sentence says either
(scoring/substance.py UNREACHED_SHARE, fluff52) is capped at 20 (`missing`), not 40: polished
talk about the topic scored 40 `weak` on its length alone. An answer with no concept detected
whose sentences do say what the references say keeps the cap of 40."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interviewer.core.grading.scoring.rubric import (
    NOTHING_DETECTED_CAP,
    UNREACHED_CAP,
    UNREACHED_DETAIL,
    UNREACHED_NOTE,
)
from interviewer.core.grading.scoring.substance import UNREACHED_SHARE, Substance

DEVSET = Path(__file__).resolve().parent.parent / "data" / "devset.yaml"

FLUFF = (
    "Role-based prompting is a wonderful and versatile idea that has grown hugely popular. "
    "Many teams rely on it daily, and it shapes a great many conversations with assistants. "
    "There are lots of considerations and good habits around it, and careful iteration pays "
    "off. In the end it comes down to being deliberate and thoughtful about how we talk to "
    "these systems, keeping users at the centre of every decision we make along the way."
)
"""Talk about role-based prompting (genai-064) that says nothing checkable."""


def _cap(grade):
    return next((p for p in grade.explanation if p.signal == "nothing_detected"), None)


def test_fluff_with_nothing_detected_is_capped_at_20(genai_grader, genai):
    grade = genai_grader.grade(genai.get("genai-064"), FLUFF)
    assert not grade.matched and grade.coverage == 0
    assert grade.score == 20 * UNREACHED_CAP and grade.band == "missing"
    cap = _cap(grade)
    assert cap is not None and UNREACHED_DETAIL in cap.detail
    assert UNREACHED_NOTE in grade.feedback


@pytest.mark.parametrize("answer_id", ["w48a-008", "w48b-050", "w48a-068"])
def test_blind_answers_graded_0_1_with_nothing_detected_drop_to_20(blind_graded, answer_id):
    """Long blind train answers graded 0-1 that the grader read nothing in and that reach no
    reference sentence: 40 at grader 3.37 (length 1.0)."""
    row, grade = blind_graded(answer_id)
    assert row["grade"] <= 1 and grade.coverage == 0
    assert grade.score == 20 * UNREACHED_CAP
    assert UNREACHED_NOTE in grade.feedback


@pytest.fixture(scope="module")
def devset_rows():
    return {a["id"]: a for a in yaml.safe_load(DEVSET.read_text(encoding="utf-8"))["answers"]}


# d0875 (genai-003, graded 5) was the third: since paraphrase52's plain-phrase aliases it is
# credited (72.2), so it no longer has nothing detected.
@pytest.mark.parametrize("answer_id", ["d0503", "d1283"])
def test_train_answers_graded_3_5_with_nothing_detected_keep_40(
    genai_grader, genai, devset_rows, answer_id
):
    """Train answers graded 3-5 whose words the rubric does not detect, but whose sentences
    say what reference sentences say (reached 0.44-1.0): still capped at 40, not 20."""
    row = devset_rows[answer_id]
    assert row["split"] == "train" and int(row["grade"]) >= 3
    grade = genai_grader.grade(genai.get(row["question_id"]), row["answer"])
    assert grade.coverage == 0 and grade.score == pytest.approx(20 * NOTHING_DETECTED_CAP, abs=0.2)
    assert UNREACHED_NOTE not in grade.feedback
    cap = _cap(grade)
    assert cap is None or UNREACHED_DETAIL not in cap.detail


def test_unreached_is_the_reached_share_under_its_threshold():
    assert Substance(40, 0.0, UNREACHED_SHARE - 0.01).unreached()
    assert not Substance(40, 0.0, UNREACHED_SHARE).unreached()
