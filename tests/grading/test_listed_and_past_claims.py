"""Two readings of a wrong claim: words only listed side by side ("images and WER") do not
state it, and a claim set in the past ("in the past each model was built for one task") is
no wrong claim about the present (wrongE's probes: "WER for images, FID for speech" and "each
model is built by hand for one narrow task", which the rubric could not tell from the correct
answers that say the same words)."""

from __future__ import annotations

from clause_match import said_in_a_clause

from interviewer.core.bank import Bank, Concept, Misconception, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.denial_words import in_the_past


def _said(statement: str, text: str) -> bool:
    return said_in_a_clause(statement, text)


def test_words_listed_with_and_do_not_state_a_pairing():
    assert _said("images with word error rate", "For images I would use word error rate.")
    assert _said("images with word error rate", "Images are scored with word error rate.")
    assert not _said(
        "images with word error rate", "Use FID for images and word error rate for speech."
    )
    assert not _said("images with WER", "Report CLIPScore for images or WER for speech.")


def test_a_statement_that_lists_its_own_words_is_still_found():
    assert _said("stores queries keys and values", "It stores the queries keys and values.")
    assert _said(
        "generator and discriminator cooperate", "The generator and discriminator cooperate."
    )


def test_past_time_phrases_are_found_before_a_statement():
    assert in_the_past("in the past each model".split())
    assert in_the_past("traditionally".split())
    assert in_the_past("models used to be".split())
    assert in_the_past("earlier ai was".split())
    assert in_the_past("before generative ai".split())
    assert not in_the_past("for earlier tokens the model".split())
    assert not in_the_past("a kl penalty is used to".split())
    assert not in_the_past("each model is".split())


NARROW = Question(
    id="t-narrow",
    prompt="Why is generative AI transformative?",
    reference_answers=("One foundation model can be adapted to many different tasks.",),
    concepts=(
        Concept(
            "general-purpose",
            3,
            ("many different tasks", "adapted to many tasks"),
            contradicts=("each model is built for one narrow task",),
        ),
    ),
    misconceptions=(Misconception("models are programmed by hand", "They learn from data."),),
)
GRADER = Grader(Bank(id="t", title="t", version="1", questions=(NARROW,)))


def _wrong(answer: str) -> bool:
    grade = GRADER.grade(NARROW, answer)
    return bool(grade.contradictions or grade.misconceptions)


def test_a_wrong_claim_about_the_present_is_caught():
    assert _wrong("It matters because each model is built by hand for one narrow task.")
    assert _wrong("Models are programmed by hand by experts.")


def test_the_same_words_set_in_the_past_are_no_wrong_claim():
    for answer in (
        "In the past each model was built by hand for one narrow task; now one model adapts.",
        "Previously, each model was built for one narrow task, so every company wrote rules.",
        "Traditionally models were programmed by hand, but now they learn from data.",
        "AI used to be a field where each model is built for one narrow task.",
    ):
        assert not _wrong(answer), answer


def test_a_past_phrase_in_another_segment_does_not_excuse_the_claim():
    assert _wrong("In the past we had less data, but now each model is built for one narrow task.")


def test_the_bank_catches_a_metric_paired_with_the_wrong_medium(genai, genai_grader):
    question = genai.get("genai-115")
    for wrong in (
        "For images I would use word error rate, for speech I would use FID.",
        "I would measure speech with FID and images with WER.",
    ):
        assert genai_grader.grade(question, wrong).contradictions, wrong
    for right in (
        "Use FID for images and WER for speech, BLEU or ROUGE for text.",
        "Compute FID for images or word error rate for speech with pinned library versions.",
    ):
        grade = genai_grader.grade(question, right)
        assert not grade.contradictions and not grade.misconceptions, right


def test_the_bank_catches_narrow_hand_built_models_said_of_today(genai, genai_grader):
    question = genai.get("genai-015")
    wrong = "It is transformative because each model is built by hand for one narrow task."
    assert genai_grader.grade(question, wrong).contradictions
    for right in (
        "In the past each model was built by hand for one narrow task; now one model adapts.",
        "Earlier AI was built by hand for one narrow task, while generative AI is general.",
        "Before generative AI, each model was built for one narrow task.",
    ):
        grade = genai_grader.grade(question, right)
        assert not grade.contradictions and not grade.misconceptions, right


def test_a_past_word_inside_a_noun_phrase_sets_no_time():
    # wrongF's probes: these phrases name a thing, they do not say when a claim held
    assert not in_the_past("the kv cache is memory used to skip recomputation".split())
    assert not in_the_past("the model builds on the previously generated tokens".split())
    assert not in_the_past("perplexity is computed on previously unseen".split())
    assert not in_the_past("compared with older models like gans a diffusion model".split())
    assert not in_the_past("each token attends to tokens in the past".split())
    assert not in_the_past("in the past tokens".split())
    assert in_the_past("we used to write".split())
    assert in_the_past("the models used to need".split())
    assert in_the_past("each model was previously".split())
    assert in_the_past("in older systems each".split())
    assert not in_the_past("it is faster than older models and".split())


def test_a_past_phrase_counts_only_from_its_own_clause_start():
    words = "it is a big field and models used to be".split()
    breaks = [False] * 4 + [True] + [False] * 4
    assert in_the_past(words, breaks=breaks)
    assert not in_the_past("cross-attention is the layer used to connect".split())


def test_a_comparative_beside_and_relates_the_words(genai, genai_grader):
    for question_id, wrong in (
        (
            "genai-143",
            "For retrieval, fetch few documents; lower recall and better answers go "
            "together, and for generation check faithfulness.",
        ),
        ("genai-109", "Higher perplexity and better text go together."),
    ):
        grade = genai_grader.grade(genai.get(question_id), wrong)
        assert grade.contradictions or grade.misconceptions, wrong


def test_the_bank_catches_wrong_claims_after_a_noun_phrase_with_a_past_word(genai, genai_grader):
    for question_id, wrong in (
        (
            "genai-066",
            "Compared with older models like GANs, a diffusion model generates by "
            "adding noise to a clean picture step by step until a new image appears.",
        ),
        (
            "genai-166",
            "The KV cache is memory used to skip recomputation, and only the keys are "
            "cached, so memory scales quadratically with the context.",
        ),
        (
            "genai-201",
            "At temperature 0 the model builds on the previously generated tokens, and "
            "temperature 0 still samples from the distribution, which is why outputs differ.",
        ),
        (
            "genai-133",
            "Cross-attention is the layer used to connect text and image, and in "
            "Stable Diffusion the prompt provides the queries while the image gives keys and "
            "values.",
        ),
    ):
        grade = genai_grader.grade(genai.get(question_id), wrong)
        assert grade.contradictions or grade.misconceptions, wrong
    question = genai.get("genai-015")
    for right in (
        "Previously, models were built by hand for one narrow task; now one model adapts.",
        "In older systems, each model was built by hand for one narrow task, unlike today.",
    ):
        grade = genai_grader.grade(question, right)
        assert not grade.contradictions and not grade.misconceptions, right


def test_only_words_a_preposition_pairs_are_listed_away():
    # "images with WER" pairs its words by "with": a list in the answer undoes the pairing;
    # "low temperature is random" relates them by a verb, which "and" does not undo
    assert not _said("images with WER", "Use FID for images and WER for speech.")
    assert _said("low temperature is random", "A low temperature and random text go together.")
    assert _said("lower recall is better", "Lower recall and better answers go together.")
