"""The lead's two take-backs at stop 47 (lead58, issue 8): correct sentences flagged at int58.

- para58's thesaurus line read "draw pictures" (and so "drawing images": pictures and images are
  one group) as image generation; "drawing images and captions from a web dataset" samples them,
  so a correct CLIP answer was read as "CLIP generates images" (genai-127 27.6 -> 0.0) and "CLIP
  is trained to generate captions" (genai-128 23.2 -> 0.0). The line is taken back.
- genai-046 ("What is pretraining in LLMs?", whose hint asks what comes after it): the bare lines
  'labelled question-answer pairs' (since before stop 47) and gap58's 'labelled question and
  answer pairs' flagged a correct answer's sentence on what follows pretraining, supervised
  fine-tuning on labelled pairs. Both are dropped; the line naming pretraining stays.
Each sentence is written for this test; the flagged ones fail on int58 before the take-back.
"""

from __future__ import annotations

import pytest

CLIP = (
    "CLIP is trained by drawing images and captions from a huge web dataset, so it can match them."
)
PRETRAINING = (
    "Pretraining trains a Transformer on a huge unlabelled corpus with next-token prediction, so "
    "the labels come from the text itself. After pretraining, supervised fine-tuning trains the "
    "model on labelled question {} answer pairs."
)


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        ("genai-127", CLIP),
        ("genai-128", CLIP),
        ("genai-046", PRETRAINING.format("and")),
        ("genai-046", PRETRAINING.format("-").replace("question - answer", "question-answer")),
    ],
)
def test_a_correct_sentence_is_not_flagged(genai, genai_grader, question_id, answer) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert not grade.contradictions and not grade.misconceptions, grade.contradictions


def test_the_claim_said_of_pretraining_is_still_caught(genai, genai_grader) -> None:
    answer = "Pretraining learns from human-labelled question and answer pairs by annotators."
    grade = genai_grader.grade(genai.get("genai-046"), answer)
    assert grade.contradictions and grade.score < 25, (grade.contradictions, grade.score)
