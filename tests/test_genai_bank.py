"""The bundled Generative-AI bank: complete, self-consistent and free of repeats."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from rapidfuzz import fuzz

from interviewer.core.bank import LEVELS, NEAR_DUPLICATE_RATIO, Bank, load_bank, normalise_prompt
from interviewer.core.catalog import Catalog

if TYPE_CHECKING:
    from interviewer.core.grading import Grade

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
GENERIC_ALIASES = {"model", "models", "data", "ai", "training", "text", "output", "uses", "system"}


def concise_answers() -> dict[str, str]:
    """Plain concise answers to the bank-2 questions, by question id, each written before its
    rubric (tests/data/bank2_concise.yaml)."""
    import yaml

    answers: dict[str, str] = yaml.safe_load(
        (DATA / "bank2_concise.yaml").read_text(encoding="utf-8")
    )["answers"]
    return answers


def padded_grades(genai: Bank, padding: str) -> dict[str, tuple[Grade, Grade]]:
    """Each of `concise_answers` graded as written and with `padding` after it."""
    from interviewer.core.grading import Grader

    grader = Grader(genai)
    return {
        qid: (grader.grade(genai.get(qid), text), grader.grade(genai.get(qid), text + padding))
        for qid, text in concise_answers().items()
    }


@pytest.fixture(scope="module")
def genai() -> Bank:
    return load_bank(REPO / "banks" / "genai.yaml")


def test_bank_identity_and_size(genai: Bank) -> None:
    assert genai.id == "genai" and genai.title.startswith("Generative AI")
    assert len(genai) >= 200


def test_every_level_has_fifty_and_every_topic_two_per_level(genai: Bank) -> None:
    from collections import Counter

    from interviewer.core.bank import LEVELS

    levels = Counter(q.level for q in genai)
    assert all(levels[level] >= 50 for level in LEVELS), levels
    cells = Counter((q.topic, q.level) for q in genai)
    for topic in genai.topics:
        for level in LEVELS:
            assert cells[(topic.id, level)] >= 2, (topic.id, level)
    assert genai.rubric_source is not None and genai.rubric_source.name == "genai.yaml"


def test_found_by_id_through_the_catalog(genai: Bank) -> None:
    assert Catalog(None).find("genai").questions == genai.questions


def test_every_seed_number_and_new_id_resolves(genai: Bank) -> None:
    for number in range(1, 163):
        question = genai.get(f"genai-{number:03d}")
        assert question.id == f"genai-{number:03d}" or f"genai-{number:03d}" in question.aliases


def test_known_seed_repeats_are_merged_as_aliases(genai: Bank) -> None:
    for kept, repeats in {
        "genai-010": ["genai-040"],
        "genai-081": ["genai-014", "genai-041"],
        "genai-087": ["genai-042"],
        "genai-088": ["genai-047"],
        "genai-133": ["genai-038"],
        "genai-016": ["genai-137"],
    }.items():
        assert all(genai.get(r).id == kept for r in repeats)


def test_levels_and_topics_are_spread(genai: Bank) -> None:
    per_level = Counter(q.level for q in genai)
    assert all(per_level[level] >= 30 for level in LEVELS), per_level
    topic_ids = [t.id for t in genai.topics]
    assert len(topic_ids) == 10
    for topic in topic_ids:
        levels = {q.level for q in genai if q.topic == topic}
        assert len(levels) > 1, topic


def test_seed_questions_keep_their_seed_number(genai: Bank) -> None:
    for question in genai:
        number = int(question.id.split("-")[1])
        assert question.seed == (number if number <= 140 else None)


def test_reference_answers_are_interview_length(genai: Bank) -> None:
    for question in genai:
        for reference in question.reference_answers:
            assert 50 <= len(reference.split()) <= 150, question.id
        assert "β" not in question.prompt and "Γ" not in question.prompt


def test_every_question_has_a_rubric_of_four_to_ten_concepts(genai: Bank) -> None:
    for question in genai:
        assert 4 <= len(question.concepts) <= 10, question.id
        for concept in question.concepts:
            assert 1 <= concept.weight <= 3
            assert not {p.lower() for p in concept.phrases} & GENERIC_ALIASES, (
                question.id,
                concept.name,
            )


def test_no_misconception_is_found_in_its_own_reference(genai: Bank) -> None:
    """Read as the grader reads it (all its words close together in one segment, not negated),
    no misconception or alias of one is stated by the question's own reference answers. (A
    character-level look-alike test, used before, refused "prompt injection is solved" beside
    "prompt injection is an attack".)"""
    from interviewer.core.grading import Grader

    grader = Grader(genai)
    stated = [
        (question.id, m.phrase, m.evidence)
        for question in genai
        for reference in question.reference_answers
        for m in grader.grade(question, reference).misconceptions
    ]
    assert stated == []


def test_no_near_duplicate_prompts_outside_aliases(genai: Bank) -> None:
    prompts = [(q.id, normalise_prompt(q.prompt)) for q in genai]
    close = [
        (a, b, round(fuzz.token_sort_ratio(pa, pb)))
        for i, (a, pa) in enumerate(prompts)
        for b, pb in prompts[i + 1 :]
        if fuzz.token_sort_ratio(pa, pb) >= NEAR_DUPLICATE_RATIO
    ]
    assert close == []


def test_every_reference_answer_grades_strong_against_its_own_rubric(genai: Bank) -> None:
    from interviewer.core.grading import STRONG_CUTOFF, Grader

    grader = Grader(genai)
    weak = []
    for question in genai:
        grade = grader.grade(question, question.reference_answers[0])
        if grade.score < STRONG_CUTOFF or grade.missed or grade.contradictions:
            weak.append((question.id, grade.score, grade.missed, grade.contradictions))
    assert weak == []


def test_every_concept_has_a_plain_description(genai: Bank) -> None:
    for question in genai:
        for concept in question.concepts:
            assert 5 <= len(concept.description.split()) <= 40, (question.id, concept.name)


def test_a_reference_with_its_contrast_swapped_grades_weak_or_below(genai: Bank) -> None:
    from interviewer.core.grading import Grader
    from interviewer.core.grading.concepts import swap_subjects

    grader = Grader(genai)
    swapped = 0
    for question in genai:
        text = swap_subjects(question.reference_answers[0], question.concepts)
        if text is None:
            continue
        swapped += 1
        grade = grader.grade(question, text)
        assert grade.band in ("weak", "missing"), (question.id, grade.score)
        assert grade.contradictions, question.id
    assert swapped >= 25


def test_concise_plain_answers_to_the_new_questions_earn_at_least_a_three(genai: Bank) -> None:
    # Written before each rubric (tests/data/bank2_concise.yaml). Grader 3.2 passed 46 of 53;
    # grader 3.3 (grades spread like the human grades) passes all 53.
    from interviewer.core.grading import PASS_CUTOFF, Grader

    grader = Grader(genai)
    grades = {qid: grader.grade(genai.get(qid), text) for qid, text in concise_answers().items()}
    assert len(grades) >= 50
    assert all(g.score >= 55 for g in grades.values()), {
        q: g.score for q, g in grades.items() if g.score < 55
    }
    assert sum(g.score >= PASS_CUTOFF for g in grades.values()) >= 0.9 * len(grades)


PADDING = (
    " In practice this matters a great deal for real systems, and teams should think carefully"
    " about the trade-offs involved, evaluate everything on their own data, monitor the results"
    " closely in production, and keep iterating as requirements change over time.",
    " This is one of the most important ideas in modern machine learning and deep learning, and"
    " every engineer working with large language models and generative AI should understand it"
    " well, because it comes up constantly in real projects.",
)


@pytest.mark.parametrize("padding", PADDING, ids=["practice", "importance"])
def test_padding_an_answer_with_fluent_words_off_its_subject_does_not_raise_it(
    genai: Bank, padding: str
) -> None:
    # Length counts only sentences on the question's subject: a candidate cannot buy points
    # with generic sentences (grader 3.0 gave these +30 on average).
    raised = {
        qid: after.score - before.score
        for qid, (before, after) in padded_grades(genai, padding).items()
    }
    # a sentence that shares enough words with a question's subject still counts ("every
    # engineer working with large language models" for a question on scaling laws)
    assert sum(r > 10 for r in raised.values()) <= len(raised) / 20, {
        q: r for q, r in raised.items() if r > 10
    }
    assert sum(raised.values()) / len(raised) <= 3


UNREADABLE = [
    " Die Katze schläft auf dem Sofa und der Zug fährt nach Berlin. Mitochondrien erzeugen ATP"
    " durch Zellatmung, mit Sauerstoff und Glukose.",
    " Lorem ipsum dolor sit amet? Consectetur adipiscing elit, sed do eiusmod tempor"
    " incididunt ut labore et dolore magna aliqua nostrud?",
]


@pytest.mark.parametrize("padding", UNREADABLE, ids=["german", "lorem"])
def test_padding_with_words_the_grader_cannot_read_does_not_raise_an_answer(
    genai: Bank, padding: str
) -> None:
    # play26: two German sentences lifted a self-attention answer from 80 to 100 (the words
    # the bank never uses counted towards length in sentences too short to judge their subject)
    for qid, (before, after) in padded_grades(genai, padding).items():
        length = {p.signal: p.value for p in after.explanation}.get("length")
        assert length == {p.signal: p.value for p in before.explanation}.get("length"), qid
        assert after.score <= before.score + 0.5, qid


def test_a_keyword_string_padded_with_a_fluent_sentence_is_still_a_keyword_string(
    genai: Bank,
) -> None:
    from interviewer.core.grading import Grader

    grader = Grader(genai)
    terms = "Low-rank matrices, frozen weights, adapters, rank and alpha, QLoRA, merging."
    question = genai.get("genai-085")
    assert "keyword_list" in grader.grade(question, terms).flags
    padded = grader.grade(question, terms + PADDING[0])
    assert "keyword_list" in padded.flags
    assert padded.score <= 20


def test_concise_plain_answers_to_the_first_162_questions_mostly_pass(genai: Bank) -> None:
    # Written by two writers who saw only each prompt (tests/data/bank1_concise.yaml), before
    # the rubric changes made for them. Measured at 115 of 150 passing (grader 3.1), 140 at
    # grader 3.3; both grading passes call most of the rest incomplete (concise_graded.yaml).
    import yaml

    from interviewer.core.grading import PASS_CUTOFF, Grader

    answers = yaml.safe_load((DATA / "bank1_concise.yaml").read_text(encoding="utf-8"))
    grader = Grader(genai)
    scores = {q: grader.grade(genai.get(q), a).score for q, a in answers["answers"].items()}
    assert len(scores) == 150
    assert all(s >= 50 for s in scores.values()), {q: s for q, s in scores.items() if s < 50}
    assert sum(s >= PASS_CUTOFF for s in scores.values()) >= 0.9 * len(scores)


def test_concise_answers_written_blind_and_graded_passable_mostly_pass(genai: Bank) -> None:
    # tests/data/blind_concise.yaml: one answer per question, written from the prompt alone,
    # never used to tune a rubric. Measured at grader 3.2: 116 of the 180 that both grading
    # passes gave 4 or more pass (64%), 3 wrongly flagged as contradicted, none as keyword
    # strings; at grader 3.3, 149 (83%) and 2 (benchmarks/concise.py); at grader 3.4 (bank 2.3,
    # with 1,850 more wrong claims to catch fluent wrong answers), 152 (84%) and 5: a trade
    # chosen knowingly (fluent wrong answers of train and dev caught: 33 -> 49 of 138), and
    # never tuned on these answers. The test keeps what was reached from slipping back.
    import yaml

    from interviewer.core.grading import PASS_CUTOFF, Grader

    rows = yaml.safe_load((DATA / "blind_concise.yaml").read_text(encoding="utf-8"))["answers"]
    assert len(rows) == len(genai.questions)
    assert {r["question_id"] for r in rows} == {q.id for q in genai}
    grader = Grader(genai)
    grades = [grader.grade(genai.get(r["question_id"]), r["answer"]) for r in rows]
    passable = [g for g, r in zip(grades, rows, strict=True) if min(r["grades"]) >= 4]
    assert len(passable) >= 170
    assert sum(g.score >= PASS_CUTOFF for g in passable) >= 0.83 * len(passable)
    assert not [g.question_id for g in grades if "keyword_list" in g.flags]
    flagged = [g.question_id for g in passable if g.contradictions or g.misconceptions]
    assert len(flagged) <= 6, flagged


def test_a_denial_spread_over_a_list_credits_each_negatively_phrased_concept(genai: Bank) -> None:
    from interviewer.core.grading import Grader

    grader = Grader(genai)
    question = genai.get("genai-150")
    said = grader.grade(
        question, "Unlike PPO-based RLHF, DPO needs no separate reward model, sampling or RL loop."
    )
    credited = {m.concept for m in said.matched}
    assert {"implicit reward", "skips the RL loop"} <= credited
    wrong = grader.grade(
        question, "DPO still needs a separate reward model, sampling and an RL loop."
    )
    assert not {"implicit reward", "skips the RL loop"} & {m.concept for m in wrong.matched}
    assert wrong.contradictions


def test_an_alias_left_with_one_distinctive_word_by_the_question_is_matched_whole(
    genai: Bank,
) -> None:
    # "assign a role" asked about role-based prompting keeps only "assign" once the question's
    # words are dropped: it is matched whole (it was ignored before grader 3.3); "speech loss"
    # asked about losing speech keeps "loss", used all over the bank: still ignored
    from interviewer.core.grading import Grader
    from interviewer.core.grading.text import Text

    grader = Grader(genai)
    role = genai.get("genai-064")
    q_stems = frozenset(Text.of(role.prompt, canon=grader.canon).content_stems())
    phrase = grader.alias_phrase("assign a role", q_stems)
    assert phrase is not None and len(phrase.tokens) == 2
    said = grader.grade(role, "You assign the model a role, such as a tutor.")
    assert "adopt a role" in {m.concept for m in said.matched}
    restated = grader.grade(role, "Role-based prompting is prompting based on a role.")
    assert "adopt a role" not in {m.concept for m in restated.matched}
    speech = genai.get("genai-206")
    q_stems = frozenset(Text.of(speech.prompt, canon=grader.canon).content_stems())
    assert grader.alias_phrase("speech loss", q_stems) is None


def _graded_concise(genai: Bank) -> list[tuple[str, tuple[int, int], str]]:
    """(question id, the two passes' grades, answer) of every graded concise answer."""
    import yaml

    data = yaml.safe_load((DATA / "concise_graded.yaml").read_text(encoding="utf-8"))
    rows = []
    for name in ("bank1_concise.yaml", "bank2_concise.yaml"):
        answers = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["answers"]
        for key, text in answers.items():
            rows.append((genai.get(key).id, tuple(data["bank_grades"][key]), text))
    for row in data["answers"]:
        rows.append((genai.get(row["question_id"]).id, tuple(row["grades"]), row["answer"]))
    return rows


CONCISE_NOT_PASSING = {"genai-002"}
"""Questions none of whose concise answers graded 4+ passes. genai-002 (stop 40): its one passing
answer (75.2) passed on 'labelled data' credited from "... rather than just labeling it", which
says nothing of traditional models' labelled data; deny48 stopped crediting words inside what
"rather than" sets aside, and its concise answers now score 69.0, 69.0 and 62.7 (three concepts
of eight, the grade-4 answers the calibration leaves just under the pass mark)."""


def test_every_question_has_a_concise_correct_answer_that_passes(genai: Bank) -> None:
    # Issue 12: for every question, a concise answer in plain words, written before its rubric
    # was tuned and graded 4 or more by both grading passes (tests/data/concise_graded.yaml),
    # passes; and the grader passes most such answers, flagging none of them as wrong
    from interviewer.core.grading import PASS_CUTOFF, Grader

    grader = Grader(genai)
    passable = [(q, text) for q, grades, text in _graded_concise(genai) if min(grades) >= 4]
    grades = [(q, grader.grade(genai.get(q), text)) for q, text in passable]
    passing = {q for q, g in grades if g.score >= PASS_CUTOFF}
    assert {q.id for q in genai} - passing == CONCISE_NOT_PASSING
    assert sum(g.score >= PASS_CUTOFF for _, g in grades) >= 0.9 * len(grades)
    flagged = [q for q, g in grades if g.contradictions or g.misconceptions]
    assert len(flagged) <= 3, flagged


def test_the_readme_counts_the_bank_as_it_is(genai: Bank) -> None:
    # the README said "80 intermediate, 66 expert" long after levels were corrected
    import re
    from collections import Counter

    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    levels = Counter(q.level for q in genai)
    said = re.search(
        r"holds (\d+) questions \((\d+) beginner, (\d+) intermediate, (\d+) expert\)", readme
    )
    assert said is not None
    assert [int(n) for n in said.groups()] == [
        len(genai.questions),
        levels["beginner"],
        levels["intermediate"],
        levels["expert"],
    ]


def test_pasting_the_same_answer_again_and_again_does_not_raise_it(genai: Bank) -> None:
    # a tester pasted one correct sentence 120 times and went from 64.9 to 100 (grader 3.3
    # before the fix): a repeated sentence now counts once towards length, and a word at most
    # three times
    from interviewer.core.grading import Grader

    grader = Grader(genai)
    raised = {}
    for qid, text in list(concise_answers().items())[:25]:
        first = text.strip().split(". ")[0].rstrip(".") + "."
        alone = grader.grade(genai.get(qid), first).score
        pasted = grader.grade(genai.get(qid), " ".join([first] * 60)).score
        raised[qid] = pasted - alone
    assert max(raised.values()) <= 1.0, raised


def test_a_phrase_whose_words_are_scattered_through_a_sentence_is_not_credited(
    genai: Bank,
) -> None:
    # a tester saw "✓ four models in memory" quoted from words strewn across a sentence
    from interviewer.core.grading import Grader

    grader = Grader(genai)
    question = genai.get("genai-150")

    def credited(text: str) -> set[str]:
        return {m.concept for m in grader.grade(question, text).matched}

    assert "reference policy" in credited("DPO compares the policy with a frozen reference model.")
    scattered = (
        "The reference text for DPO is frozen early in the pipeline, long before the final "
        "model is trained."
    )
    assert "reference policy" not in credited(scattered)


@pytest.mark.parametrize(
    ("qid", "correct", "wrong"),
    [
        # "better than GPT-3.5 and accepted images" says nothing of GPT-3.5, and "the
        # trade-offs were higher latency and price" (GPT-4's) reverses nothing about GPT-3.5
        # being cheaper; the same claims said plainly of GPT-3.5 are still caught
        (
            "genai-010",
            "GPT-4 reasoned noticeably better than GPT-3.5 and accepted images as well as text. "
            "The trade-offs were higher latency and a higher price per token.",
            "GPT-3.5 has a higher price per token and higher latency.",
        ),
        # a verb named as a subject is that word, not its stem: "lowering it" names low
        # temperature, "lower-probability tokens" does not (a correct validation answer was
        # told it said diversity of low temperature)
        (
            "genai-031",
            "Raising T above 1 flattens the distribution so lower-probability tokens get picked "
            "more often, which increases diversity and creativity.",
            "Lowering it makes the output more diverse and creative.",
        ),
    ],
    ids=["subject-set-aside", "verb-as-subject"],
)
def test_a_correct_validation_answer_is_not_flagged_but_the_plain_wrong_claim_is(
    genai: Bank, qid: str, correct: str, wrong: str
) -> None:
    from interviewer.core.grading import Grader

    grader = Grader(genai)
    question = genai.get(qid)
    assert grader.grade(question, correct).contradictions == ()
    assert grader.grade(question, wrong).contradictions


@pytest.mark.parametrize(
    ("qid", "correct", "wrong"),
    [
        # the wrong claim "soft prompt works on any model" rested on "any", a word the grader
        # drops, and fired on a soft prompt that "only works with that one model"
        (
            "genai-062",
            "A soft prompt only works with that one model, while a hard prompt can be moved to "
            "another model.",
            "Choose a soft prompt when you need portability, because soft prompts transfer "
            "across models and you can reuse one trained on Llama with GPT.",
        ),
        # "gradient penalty on the generator" without its "on" fired on "a gradient penalty
        # so the generator still learns"
        (
            "genai-075",
            "Use a Wasserstein loss with a gradient penalty so the generator still learns when "
            "its fakes are bad.",
            "The gradient penalty is applied to the generator.",
        ),
        # "It" after "the small two-layer neural network ... after attention" was read as
        # attention, a swap, until the network's plain names joined the subject's
        (
            "genai-045",
            "It is the small two-layer neural network in each Transformer block that comes "
            "after attention. It is applied to each position separately.",
            "Attention processes each position separately, while the feed-forward network "
            "mixes information between tokens.",
        ),
        # "length and direction" named DoRA's decomposition, so LoRA changing "length and
        # direction together" was told it swapped them
        (
            "genai-184",
            "LoRA adds a low-rank change that tends to change each column's length and "
            "direction together.",
            "LoRA splits each weight into a magnitude and a direction.",
        ),
        # "less built-in bias towards local structure", said of DiT, was a swap of the U-Net's
        # locality bias: the grader does not read "less"
        (
            "genai-196",
            "A DiT has less built-in bias towards local image structure than a U-Net.",
            "A U-Net has global attention in every layer.",
        ),
    ],
    ids=["soft-prompt-tied", "penalty-so-the-generator", "ffn-it", "lora-together", "dit-less"],
)
def test_a_correct_plain_statement_is_not_read_as_wrong_but_the_wrong_claim_is(
    genai: Bank, qid: str, correct: str, wrong: str
) -> None:
    from interviewer.core.grading import Grader

    grader = Grader(genai)
    question = genai.get(qid)
    assert grader.grade(question, correct).contradictions == ()
    assert grader.grade(question, wrong).contradictions


def test_the_validation_answers_are_for_real_questions(genai: Bank) -> None:
    # benchmarks/false_flags.py counts wrong-claim flags on them: an answer to a question the
    # bank lost would count nothing
    import yaml

    rows = yaml.safe_load((DATA / "validation_correct.yaml").read_text(encoding="utf-8"))
    answers = rows["answers"]
    assert len(answers) == 804
    assert all(genai.get(r["question_id"]) is not None for r in answers)
    assert {r["length"] for r in answers} == {"short", "full"}
    assert all(len(r["answer"].split()) >= 20 for r in answers)


def test_a_wrong_claim_of_the_field_is_caught_on_a_question_that_does_not_list_it(
    genai: Bank,
) -> None:
    # found playing the app: "GPT is an encoder" on a question about GPT's attention mask was
    # not penalised, and raised the score (74.3 -> 81.0, and 100 with "encoder-only")
    from interviewer.core.grading import Grader

    grader = Grader(genai)
    question = genai.get("genai-034")
    assert not any(m.common for m in question.misconceptions[:1])  # its own come first
    body = (
        "Attention masking in GPT is a causal (look-ahead) mask: before the softmax, scores for "
        "future positions are set to minus infinity so each token can only attend to itself and "
        "earlier tokens. This keeps training autoregressive, so all positions are trained in "
        "parallel without leaking the next token. Padding masks additionally hide pad tokens."
    )
    right = grader.grade(question, body)
    assert right.passed and right.misconceptions == ()
    for wrong in (
        "GPT is an encoder and BERT is decoder-only. ",
        "GPT is an encoder-only model like BERT, so it uses bidirectional attention. ",
    ):
        graded = grader.grade(question, wrong + body)
        assert not graded.passed and graded.score < right.score
        assert graded.misconceptions and graded.misconceptions[0].evidence[0] in wrong
    # read as a statement, its words in order and in one clause: the bank's synonyms made
    # "BERT is autoregressive" into "BERT ... token", which fired on correct answers
    masked = "In pretraining, BERT predicts masked tokens from the context on both sides."
    assert grader.grade(genai.get("genai-008"), masked).misconceptions == ()


def test_bundled_references_have_no_stray_comma_before_a_full_stop() -> None:
    """'a 500-task human-validated subset,.' (genai-193) read as a typo in every report."""
    for path in sorted((REPO / "banks").glob("*.yaml")):
        bank = load_bank(path)
        for question in bank.questions:
            for reference in question.reference_answers:
                assert ",." not in reference, (path.name, question.id)


def test_a_complete_answer_in_few_words_is_not_scored_as_a_short_one(genai: Bank) -> None:
    # play26: this answer covers the rubric but has 36 words on the subject; it scored 85.2,
    # and a clause of padding made it 100 with the same concepts detected
    from interviewer.core.grading import Grader

    answer = (
        "It coordinates several prompts, model calls and tools into one workflow: templates are "
        "filled with variables, steps are chained so one output feeds the next, requests are "
        "routed to a cheap or strong model, retrieved context is injected, and failures get "
        "retries and fallbacks. LangChain or LangGraph are typical frameworks. The cost is "
        "extra latency per step."
    )
    grade = Grader(genai).grade(genai.get("genai-122"), answer)
    parts = {p.signal: p for p in grade.explanation}
    assert parts["coverage"].value >= 0.9
    assert parts["length"].value == parts["coverage"].value
    assert "counted as the share of the concepts detected" in parts["length"].detail
    assert grade.band == "strong"
