"""Play test 28 (grader 3.14): denials credited as covered ("removes any clipping", "needs no
value function or advantage estimates", "not because ... or better at reasoning"); a correct
answer told its direction was reversed ("the big model checks all those guesses")."""

from __future__ import annotations

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

PPO_WRONG = (
    "PPO is an off-policy, value-based algorithm like DQN. Its key idea is to make each policy "
    "update as large as possible: it removes any clipping of the probability ratio so the new "
    "policy can move far from the old one in a single step, which makes training faster. It "
    "needs no value function or advantage estimates, and in RLHF it is used without any KL "
    "penalty against the reference model."
)
GPT4_WRONG = (
    "GPT-4 was actually a smaller and cheaper model than GPT-3.5. It was text-only, it could "
    "not take images as input, and its context window was shorter, around 2,000 tokens. On "
    "professional exams like the bar exam it scored lower than GPT-3.5, in the bottom 10 "
    "percent, and it hallucinated more often. OpenAI released it mainly because it was faster "
    "and cheaper to run, not because it was more capable or better at reasoning."
)


def _covered(grader: Grader, bank: Bank, qid: str, answer: str) -> dict[str, tuple[str, ...]]:
    return {m.concept: m.evidence for m in grader.grade(bank.get(qid), answer).matched}


def test_a_denied_statement_is_never_the_evidence_of_a_covered_concept(
    genai: Bank, genai_grader: Grader
) -> None:
    covered = _covered(genai_grader, genai, "genai-098", PPO_WRONG)
    assert "advantage and value function" not in covered
    evidence = " ".join(e for quoted in covered.values() for e in quoted)
    assert "clipping" not in evidence and "advantage" not in evidence
    covered = _covered(genai_grader, genai, "genai-010", GPT4_WRONG)
    assert all("better at reasoning" not in e for e in covered.get("better reasoning", ()))


def test_the_same_concepts_said_plainly_are_still_covered(
    genai: Bank, genai_grader: Grader
) -> None:
    right = (
        "PPO clips the probability ratio between the new and old policy so each update stays "
        "small, and it uses a value function to compute advantage estimates."
    )
    covered = _covered(genai_grader, genai, "genai-098", right)
    assert {"clipped probability ratio", "advantage and value function"} <= set(covered)


def test_a_verb_between_the_words_of_a_reversal_makes_them_no_reversal(
    genai: Bank, genai_grader: Grader
) -> None:
    right = (
        "A small fast model guesses the next few tokens, and the big model checks all those "
        "guesses in a single pass."
    )
    grade = genai_grader.grade(genai.get("genai-147"), right)
    assert not grade.contradictions and "contradiction" not in grade.flags, grade
    wrong = "The large model drafts the next few tokens and the small model verifies them."
    grade = genai_grader.grade(genai.get("genai-147"), wrong)
    assert grade.contradictions and not grade.passed, grade


def test_a_retraction_at_the_end_is_read_in_bank_mode(genai: Bank, genai_grader: Grader) -> None:
    said = (
        "At temperature 0 the model does greedy decoding, but floating point addition is not "
        "associative, and batching on the GPU changes the order of reductions, so tiny numeric "
        "differences can flip the argmax between two near-tied tokens."
    )
    kept = genai_grader.grade(genai.get("genai-201"), said)
    assert kept.passed and not kept.contradictions
    jk = " lol jk, it's completely deterministic, same prompt always gives same output."
    taken = genai_grader.grade(genai.get("genai-201"), said + jk)
    assert taken.score <= 20 and "contradiction" in taken.flags
    assert any("lol jk" in e for c in taken.contradictions for e in c.evidence)
    assert "takes back" in taken.feedback[0]
