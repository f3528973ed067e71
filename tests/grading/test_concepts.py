"""Concepts are credited as claims: the right subject, the right direction, not denied."""

from __future__ import annotations

from interviewer.core.bank import Bank, Concept, Misconception, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.concepts import swap_subjects

BERT_GPT = Question(
    id="t-001",
    prompt="How do BERT and GPT differ?",
    reference_answers=(
        "BERT is an encoder-only model that reads text in both directions and is trained by "
        "masked language modelling. GPT is a decoder-only model that reads left to right and "
        "predicts the next token, so it generates text.",
    ),
    concepts=(
        Concept(
            "encoder-only",
            3,
            ("encoder only", "encoder"),
            description="BERT uses only the encoder half of the transformer.",
            about=("BERT",),
        ),
        Concept(
            "decoder-only",
            3,
            ("decoder only", "decoder"),
            description="GPT uses only the decoder half of the transformer.",
            about=("GPT",),
        ),
        Concept("bidirectional", 2, ("both directions",), about=("BERT",)),
        Concept("next token", 2, ("next word",), about=("GPT",)),
    ),
)
FID = Question(
    id="t-002",
    prompt="What does FID measure?",
    reference_answers=(
        "FID compares feature statistics of real and generated images; lower is better.",
    ),
    concepts=(
        Concept("feature statistics", 3, ("Inception features", "mean and covariance")),
        Concept("lower is better", 2, ("lower fid is better", "lower means better")),
    ),
)
DPO = Question(
    id="t-003",
    prompt="How does DPO differ from RLHF with PPO?",
    reference_answers=(
        "DPO optimises the policy directly on preference pairs with a classification-style "
        "loss, so it needs no separate reward model and no reinforcement learning loop.",
    ),
    concepts=(
        Concept(
            "no separate reward model",
            3,
            ("no reward model",),
            contradicts=("DPO trains a separate reward model",),
        ),
        Concept("preference pairs", 2, ("pairs of preferred and rejected answers",)),
    ),
    misconceptions=(
        Misconception("BLEU is enough", "BLEU alone cannot judge open-ended answers."),
    ),
)
BANK = Bank(id="t", title="t", version="1", questions=(BERT_GPT, FID, DPO))


def test_attributes_on_the_right_subjects_are_credited(grader):
    grade = grader.grade(BERT_GPT, "BERT is encoder-only and bidirectional; GPT is decoder-only.")
    assert {m.concept for m in grade.matched} >= {"encoder-only", "decoder-only", "bidirectional"}
    assert not grade.contradictions


def test_swapped_roles_are_contradictions_not_credit(grader):
    grade = grader.grade(
        BERT_GPT, "BERT is the decoder-only model that predicts the next token; GPT is an encoder."
    )
    swapped = {c.concept for c in grade.contradictions}
    assert {"encoder-only", "decoder-only"} <= swapped
    assert "contradiction" in grade.flags
    assert not grade.passed
    assert any(
        "said of BERT" in c.detail or "said of GPT" in c.detail for c in grade.contradictions
    )


def test_a_subject_set_aside_with_unlike_is_not_the_owner(grader):
    grade = grader.grade(BERT_GPT, "Unlike GPT, BERT is encoder-only.")
    assert "encoder-only" in {m.concept for m in grade.matched}


def test_a_reversed_direction_is_a_contradiction(grader):
    grade = grader.grade(FID, "It compares Inception features; a higher FID is better.")
    assert [c.concept for c in grade.contradictions] == ["lower is better"]
    assert "reversed" in grade.contradictions[0].detail


def test_both_directions_stated_correctly_are_fine(grader):
    grade = grader.grade(FID, "Inception features; lower FID is better and higher is worse.")
    assert not grade.contradictions


def test_a_negative_alias_needs_a_negative_answer(grader):
    right = grader.grade(DPO, "DPO has no reward model; it learns from preference pairs.")
    assert "no separate reward model" in {m.concept for m in right.matched}
    wrong = grader.grade(DPO, "DPO still uses a reward model and preference pairs.")
    assert "no separate reward model" not in {m.concept for m in wrong.matched}


def test_removal_verbs_count_as_the_negative(grader):
    grade = grader.grade(DPO, "DPO eliminates the reward model and learns from preference pairs.")
    assert "no separate reward model" in {m.concept for m in grade.matched}


def test_a_stated_contradiction_is_reported_with_the_candidates_words(grader):
    answer = "First DPO trains a separate reward model, then it runs PPO on preference pairs."
    grade = grader.grade(DPO, answer)
    assert grade.contradictions
    assert grade.contradictions[0].evidence[0] in answer
    assert not grade.passed


def test_a_contradiction_named_to_reject_it_is_not_held_against(grader):
    grade = grader.grade(
        DPO, "Unlike RLHF, where PPO needs a reward model, DPO trains on preference pairs directly."
    )
    assert not grade.contradictions


def test_a_misconception_named_to_reject_it_does_not_fire(grader):
    stated = grader.grade(DPO, "BLEU is enough to evaluate it, with preference pairs.")
    assert stated.misconceptions
    rejected = grader.grade(DPO, "BLEU is not enough; people use preference pairs instead.")
    assert not rejected.misconceptions


def test_meaning_credits_a_plain_paraphrase_of_the_description(grader):
    grade = grader.grade(
        BERT_GPT, "BERT only uses the encoder half of the transformer network for reading text."
    )
    hits = {m.concept: m for m in grade.matched}
    assert "encoder-only" in hits


def test_every_evidence_is_a_span_of_the_answer(grader):
    answer = (
        "BERT is ENCODER-only,   bidirectional; GPT  is decoder-only and predicts the next WORD."
    )
    grade = grader.grade(BERT_GPT, answer)
    for match in grade.matched:
        for span in match.evidence:
            assert span in answer


def test_swap_subjects_swaps_every_name_of_both_subjects():
    swapped = swap_subjects("BERT reads both ways; GPT reads left to right.", BERT_GPT.concepts)
    assert swapped == "GPT reads both ways; BERT reads left to right."
    assert swap_subjects("no subjects", FID.concepts) is None


def test_a_swapped_reference_grades_weak_or_below(grader):
    swapped = swap_subjects(BERT_GPT.reference_answers[0], BERT_GPT.concepts)
    assert swapped is not None
    assert grader.grade(BERT_GPT, swapped).band in ("weak", "missing")


def test_a_which_clause_after_unlike_is_about_the_subject_set_aside(grader):
    grade = grader.grade(
        BERT_GPT, "Unlike GPT, which is decoder-only, BERT is encoder-only and bidirectional."
    )
    assert not grade.contradictions
    assert {"encoder-only", "decoder-only"} <= {m.concept for m in grade.matched}


def test_a_contradiction_must_be_said_in_its_order(grader):
    grade = grader.grade(
        DPO, "A separate reward model is what RLHF trains; DPO uses preference pairs directly."
    )
    assert not grade.contradictions


def test_that_opening_a_sentence_is_not_a_relative_clause(grader):
    grade = grader.grade(
        BERT_GPT, "GPT is decoder-only. That makes BERT the encoder-only one, bidirectional too."
    )
    assert not grade.contradictions


def test_roles_swapped_in_two_coordinated_claims_are_caught(grader):
    # found playing a session: ", and the generator ..." is a claim about the generator
    grade = grader.grade(
        BERT_GPT,
        "BERT is the decoder that predicts the next token, and the GPT model reads both "
        "directions as an encoder.",
    )
    assert {c.concept for c in grade.contradictions} >= {"decoder-only", "bidirectional"}
    assert not grade.passed


def test_nothing_contradicted_adds_no_line_to_the_explanation(grader):
    grade = grader.grade(FID, "It compares Inception features of real and generated images.")
    assert not grade.contradictions
    assert not any(p.signal == "contradicted" for p in grade.explanation)
    assert abs(sum(p.points for p in grade.explanation) - grade.score) <= 0.5


def test_a_negative_contradiction_fires_only_when_said_in_the_negative():
    question = Question(
        id="dpo-pairs",
        prompt="How does DPO learn from human preferences?",
        reference_answers=("DPO trains the policy directly on pairs of preferred answers.",),
        concepts=(
            Concept(
                "preference pairs",
                3,
                ("pairs of preferred answers",),
                contradicts=("DPO does not use preference pairs",),
            ),
            Concept("no reward model", 2, ("directly on the policy",)),
        ),
    )
    grader = Grader(Bank(id="p", title="p", version="1", questions=(question,)))
    right = grader.grade(question, "DPO uses preference pairs, a preferred and a rejected answer.")
    assert not right.contradictions
    wrong = grader.grade(question, "DPO does not use preference pairs; it learns from scores.")
    assert [c.concept for c in wrong.contradictions] == ["preference pairs"]


def test_a_claim_after_but_keeps_the_subject_named_before_it(grader):
    grade = grader.grade(BERT_GPT, "GPT reads text left to right but is encoder-only.")
    assert "encoder-only" in {c.concept for c in grade.contradictions}


def test_what_follows_a_colon_is_said_of_the_subject_before_it(grader):
    grade = grader.grade(
        BERT_GPT, "The model I would pick is GPT: it is trained on masked words in both directions."
    )
    assert "bidirectional" in {c.concept for c in grade.contradictions}


def test_a_subject_named_as_the_object_of_a_preposition_is_not_the_owner(grader):
    grade = grader.grade(
        BERT_GPT, "BERT, trained differently from GPT, reads both directions and is an encoder."
    )
    assert not grade.contradictions
    assert {"bidirectional", "encoder-only"} <= {m.concept for m in grade.matched}


def test_of_several_phrases_said_in_full_the_first_is_credited():
    grade = Grader(BANK).grade(
        FID, "FID compares the mean and covariance of Inception features of the two sets."
    )
    matched = {m.concept: m for m in grade.matched}
    assert matched["feature statistics"].alias == "Inception features"
    assert matched["feature statistics"].ratio == 100.0


def test_a_denial_dismissed_as_a_myth_affirms_the_concept(grader):
    # a rubric helper's probe: "It is a myth that traditional AI does not learn from data"
    # was read as denying that it learns from data
    grade = grader.grade(BERT_GPT, "It is a myth that BERT does not use both directions.")
    assert "bidirectional" in {m.concept for m in grade.matched}
    assert not grade.contradictions


def test_a_claim_keeps_its_quantifier():
    # "only the words to their left" is wrong of BERT; "the words on the left and right" is
    # not: "only" is a stop word everywhere else, but a contradiction cannot drop it
    from interviewer.core.grading.matching import QUANTIFIERS, Answer, make_phrase, match_statement
    from interviewer.core.grading.text import Text

    claim = make_phrase("only the words to their left", keep=QUANTIFIERS)
    assert claim is not None
    right = Answer.of(Text.of("It predicts them from the words on the left and right."))
    wrong = Answer.of(Text.of("It predicts them from only the words to their left."))
    assert match_statement(claim, right) is None
    assert match_statement(claim, wrong) is not None


def test_a_wrong_claim_keeps_its_counting_words():
    # "each frame denoised on its own" had shrunk to "frame denoised" and fired on a correct
    # answer (blind concise, genai-207): "each" and "own" carry the claim
    from interviewer.core.grading.concepts import statement_phrases
    from interviewer.core.grading.matching import Answer, match_statement
    from interviewer.core.grading.text import Text

    (claim,) = statement_phrases(["each frame denoised on its own"])
    right = Answer.of(Text.of("All frames are denoised jointly, so they share information."))
    wrong = Answer.of(Text.of("Each frame is denoised on its own, one after another."))
    assert match_statement(claim, right) is None
    assert match_statement(claim, wrong) is not None


def test_a_stated_misconception_counts_as_weight_got_wrong(grader):
    """A misconception is a wrong claim, not a gap: it feeds the `contradicted` signal."""
    clean = grader.grade(DPO, "DPO trains on preference pairs directly.")
    wrong = grader.grade(
        DPO, "DPO trains on preference pairs directly. BLEU is enough to evaluate it."
    )
    assert wrong.misconceptions and not clean.misconceptions
    part = {p.signal: p for p in wrong.explanation}
    assert part["contradicted"].value > 0
    assert "misconception" in part["contradicted"].detail
    assert wrong.score < clean.score


def test_a_wrong_claim_left_with_one_word_states_nothing():
    from interviewer.core.grading.concepts import statement_phrases

    # ("write it once" keeps "once" since the counting words stay in a claim)
    kept = statement_phrases(["write it again", "no labels", "GPT is bidirectional"])
    assert [p.text for p in kept] == ["no labels", "GPT is bidirectional"]


def test_a_misconception_strewn_across_a_long_sentence_is_not_stated(grader):
    said = grader.grade(DPO, "BLEU is enough to evaluate it, with preference pairs.")
    assert said.misconceptions
    strewn = grader.grade(
        DPO,
        "BLEU scores the overlap with a reference, which says little about preferences or "
        "what people care about in a chat model, so human ratings are enough.",
    )
    assert not strewn.misconceptions


def test_a_wrong_claim_is_caught_whatever_word_of_size_it_uses(genai, genai_grader):
    # the rubric lists "bigger epsilon stronger privacy"; "larger" and "greater" say the same
    question = genai.get("genai-213")
    for answer in (
        "A larger epsilon gives stronger privacy.",
        "Greater epsilon means stronger privacy.",
        "Larger epsilon means stronger privacy.",
        # a comparison spreads its words further than other statements
        "A larger epsilon means more noise and therefore stronger privacy.",
    ):
        grade = genai_grader.grade(question, answer)
        assert grade.contradictions and not grade.passed, answer
        assert "keyword_list" not in grade.flags
    right = genai_grader.grade(question, "A smaller epsilon gives stronger privacy.")
    assert not right.contradictions


def test_an_alias_keeps_its_counting_words():
    # "one word at a time" read as "word time" credited "all its words at the same time"
    question = Question(
        id="t-010",
        prompt="How do prefill and decode differ?",
        reference_answers=(
            "Prefill reads the prompt in parallel; decode writes one token at a time.",
        ),
        concepts=(Concept("sequential", 3, ("one word at a time",)),),
    )
    grader = Grader(Bank(id="c", title="c", version="1", questions=(question,)))
    said = grader.grade(question, "It handles all the words at the same time.")
    assert "sequential" not in {m.concept for m in said.matched}
    said = grader.grade(question, "Decode writes one word at a time.")
    assert "sequential" in {m.concept for m in said.matched}
