"""Finding phrases in an answer (matching/matches.py, statement_match.py): a phrase inside one
unit, a statement said in order and not across its own opposite; and the typo look-ups it rests
on."""

from __future__ import annotations

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import make_phrase
from interviewer.core.grading.text import Text


def _temperature() -> Question:
    return Question(
        id="t",
        prompt="What does the sampling temperature do?",
        reference_answers=("A lower temperature makes the output more deterministic.",),
        concepts=(
            Concept(
                "sharper when cold",
                3.0,
                ("sharper distribution",),
                description=(
                    "A lower temperature makes the choice of the next token more predictable."
                ),
            ),
            Concept("divides logits", 2.0, ("divides the logits",)),
        ),
    )


def _bank_grader(question: Question) -> Grader:
    return Grader(Bank(id="t", title="t", version="1", questions=(question,)))


def test_a_description_said_with_its_direction_turned_around_is_not_credited():
    question = _temperature()
    grader = _bank_grader(question)
    said = "temperature makes the choice of the next token more predictable."
    right = grader.grade(question, "A lower " + said)
    assert "sharper when cold" in [m.concept for m in right.matched]
    turned = grader.grade(question, "A higher " + said)
    assert "sharper when cold" not in [m.concept for m in turned.matched]


def test_a_description_said_in_a_negation_is_not_credited():
    question = _temperature()
    grader = _bank_grader(question)
    denied = grader.grade(
        question, "A lower temperature does not make the choice of the next token more predictable."
    )
    assert "sharper when cold" not in [m.concept for m in denied.matched]


def test_a_one_word_phrase_is_found_at_its_first_occurrence_in_any_unit():
    from interviewer.core.grading.matching import Answer, match_phrase

    answer = Answer.of(Text.of("Tokens matter. The tokenizer splits tokens, then tokens flow."))
    phrase = make_phrase("tokens")
    assert phrase is not None
    for unit in ("sentence", "segment", "clause"):
        match = match_phrase(phrase, answer, unit=unit)
        assert match is not None
        assert (match.share, match.ratio, match.positions) == (1.0, 100.0, (0,))


def test_a_misspelt_one_word_phrase_carries_the_ratio_of_its_closest_word():
    from interviewer.core.grading.matching import Answer, match_phrase

    answer = Answer.of(Text.of("The discrimnator judges, and the discrimnator learns."))
    phrase = make_phrase("discriminator")
    assert phrase is not None
    match = match_phrase(phrase, answer)
    assert match is not None
    assert match.positions == (1,) and 90 < match.ratio < 100


def test_each_word_gets_the_first_closest_choice_within_its_allowed_edits():
    from interviewer.core.grading.typos import closest_each

    words = ["discriminator", "model", "lower", "attention", "decoder", "tokens"]
    choices = ["discrimnator", "modal", "lowe", "atention", "attentoin", "encoder", "tokesn"]
    assert closest_each(words, choices) == [
        ("discrimnator", 92.3),  # 13 letters: up to two edits
        None,  # five letters: only a swap of neighbours, and "modal" is none
        None,  # a direction word is never a typo
        ("atention", 88.9),  # as close as "attentoin": the first choice wins
        None,  # "encoder" is two edits from "decoder", one allowed
        ("tokesn", 83.3),  # six letters: one edit, a swap counts as one
    ]


def test_a_statement_is_not_read_across_its_own_opposite():
    from interviewer.core.grading.matching import Answer, match_statement

    phrase = make_phrase("higher FID is better")
    assert phrase is not None

    def said(text: str) -> bool:
        return match_statement(phrase, Answer.of(Text.of(text))) is not None

    assert said("A higher FID is better.")
    assert said("Higher FID scores are better.")
    assert not said("Higher FID is worse, lower better.")
    # a direction word that is no opposite of the phrase's own does not stand in the way
    needs = make_phrase("prompt engineering requires a labelled dataset")
    assert needs is not None
    answer = Answer.of(Text.of("Prompt engineering requires a large labelled dataset."))
    assert match_statement(needs, answer) is not None


def test_a_wrong_claim_is_read_in_one_clause_and_a_swap_in_one_segment():
    from interviewer.core.grading.matching import Answer, match_statement

    phrase = make_phrase("encoder generates text")
    assert phrase is not None

    def said(text: str, unit: str) -> bool:
        return match_statement(phrase, Answer.of(Text.of(text)), unit) is not None

    assert said("The encoder generates text one token at a time.", "clause")
    # the decoder generates, reading the encoder's output: no claim about the encoder
    correct = "The decoder attends to the encoder output, generating text token by token."
    assert not said(correct, "clause")
    assert said(correct, "segment")  # what a swap is read in: a subject and its words


def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance, written out (the test's own reference)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def test_near_pairs_are_every_pair_within_its_allowed_edits_in_order():
    import random

    from interviewer.core.grading.text import DIRECTION_WORDS, stem
    from interviewer.core.grading.typos import edits_allowed, near_pairs, short_typo

    rng = random.Random(5)
    base = ["attention", "discriminator", "tokens", "model", "lower", "decoder", "sampling"]
    for _ in range(150):

        def typo(word: str) -> str:
            letters = list(word)
            for _ in range(rng.randint(0, 2)):
                k = rng.randrange(len(letters))
                if rng.random() < 0.5 and k + 1 < len(letters):
                    letters[k], letters[k + 1] = letters[k + 1], letters[k]
                elif rng.random() < 0.3:  # a letter doubled or dropped
                    letters[k] = rng.choice((letters[k] * 2, ""))
                else:
                    letters[k] = rng.choice("aeiostn")
            return "".join(letters)

        words = [typo(rng.choice(base)) for _ in range(rng.randint(0, 8))] + ["ab"]
        choices = [typo(rng.choice(base)) for _ in range(rng.randint(0, 8))]
        expected = [
            (i, j, 1.0 - _osa(w, c) / max(len(w), len(c)))
            for i, w in enumerate(words)
            for j, c in enumerate(choices)
            if len(w) >= 4
            and _osa(w, c) <= edits_allowed(w)
            and (len(w) >= 6 or short_typo(w, c, "words"))
            and stem(w) not in DIRECTION_WORDS
            and stem(c) not in DIRECTION_WORDS
        ]
        assert near_pairs(words, choices) == expected
