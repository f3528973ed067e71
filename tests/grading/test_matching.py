"""Phrases: which words of an alias must be found, and when a phrase says nothing at all."""

from __future__ import annotations

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import make_phrase
from interviewer.core.grading.text import Text


def stems(text: str) -> frozenset[str]:
    return frozenset(Text.of(text).stems)


def test_the_questions_words_are_not_required():
    phrase = make_phrase("scaled dot-product attention", stems("What is attention?"))
    assert phrase is not None
    assert [t[0] for t in phrase.tokens] == ["scaled", "dot", "product"]


def test_a_phrase_left_with_one_word_by_the_question_says_nothing():
    # "adversarial training" asked about adversarial networks would shrink to "training"
    drop = stems("What is adversarial learning in GANs?")
    assert make_phrase("adversarial training", drop) is None


def test_a_concepts_own_name_shrunk_to_one_word_is_matched_whole():
    drop = stems("What is LoRA (Low-Rank Adaptation)?")
    phrase = make_phrase("low-rank matrices", drop, whole_if_shrunk=True)
    assert phrase is not None
    assert [t[0] for t in phrase.tokens] == ["low", "rank", "matrices"]


def test_a_name_made_only_of_the_questions_words_still_says_nothing():
    drop = stems("What is LoRA (Low-Rank Adaptation)?")
    assert make_phrase("low-rank adaptation", drop, whole_if_shrunk=True) is None


def test_a_concept_named_with_the_questions_words_is_credited_when_said_whole():
    question = Question(
        id="q",
        prompt="What is LoRA (Low-Rank Adaptation)?",
        reference_answers=("LoRA freezes the weights and trains two low-rank matrices.",),
        concepts=(
            Concept("low-rank matrices", 3.0, ("two thin matrices",)),
            Concept("frozen weights", 2.0, ("freezes the weights",)),
        ),
    )
    grader = Grader(questions=[question])
    said = grader.grade(question, "It keeps the model frozen and learns small low-rank matrices.")
    assert "low-rank matrices" in [m.concept for m in said.matched]
    restated = grader.grade(question, "LoRA means low-rank adaptation of a model.")
    assert "low-rank matrices" not in [m.concept for m in restated.matched]


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


def test_a_word_the_bank_uses_is_no_typo_of_another():
    """'quantizes' is one letter from 'quantiles': read as a typo, it credited (and then
    swapped) NF4's quantiles in 'double quantization quantizes the constants'."""
    question = Question(
        id="q",
        prompt="What do NF4 and double quantization contribute to QLoRA?",
        reference_answers=(
            "NF4 puts its levels at quantiles of a normal distribution. Double quantization "
            "quantizes the scaling constants themselves.",
        ),
        concepts=(Concept("normal quantiles", 3.0, ("quantiles",)),),
    )
    grader = Grader(questions=[question])
    said = grader.grade(question, "Double quantization quantizes the scaling constants too.")
    assert "normal quantiles" not in [m.concept for m in said.matched]
    typo = grader.grade(question, "NF4 places its levels at the quantlies of a bell curve.")
    assert "normal quantiles" in [m.concept for m in typo.matched]


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
    from interviewer.core.grading.typos import _is_swap, _near_pairs, edits_allowed

    rng = random.Random(5)
    base = ["attention", "discriminator", "tokens", "model", "lower", "decoder", "sampling"]
    for _ in range(150):

        def typo(word: str) -> str:
            letters = list(word)
            for _ in range(rng.randint(0, 2)):
                k = rng.randrange(len(letters))
                if rng.random() < 0.5 and k + 1 < len(letters):
                    letters[k], letters[k + 1] = letters[k + 1], letters[k]
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
            and (len(w) >= 6 or _is_swap(w, c))
            and stem(w) not in DIRECTION_WORDS
            and stem(c) not in DIRECTION_WORDS
        ]
        assert _near_pairs(words, choices) == expected


def test_a_bank_word_with_an_ending_the_stemmer_leaves_still_matches():
    """'bidirectionally' is a word of the bank, so no typo, but it is 'bidirectional' with an
    ending added: it still says the concept."""
    question = Question(
        id="q",
        prompt="How does BERT differ from GPT?",
        reference_answers=("BERT reads text bidirectionally; GPT reads left to right.",),
        concepts=(Concept("bidirectional", 2.0, ("reads both directions",)),),
    )
    grader = Grader(questions=[question])
    said = grader.grade(question, "BERT reads the text bidirectionally.")
    assert "bidirectional" in [m.concept for m in said.matched]


def test_an_alias_that_rests_on_a_counting_word_keeps_it():
    """'one copy' is not 'copy': a wrong answer that gives each adapter 'its own full copy'
    of the model was credited with 'one shared base model' (found playing the app)."""
    question = Question(
        id="q",
        prompt="How can a deployment serve many LoRA adapters?",
        reference_answers=("Keep one copy of the base model and apply adapters per request.",),
        concepts=(Concept("one shared base model", 3.0, ("one copy",)),),
    )
    grader = Grader(questions=[question])
    wrong = grader.grade(question, "Each adapter needs its own full copy of the base model.")
    assert "one shared base model" not in [m.concept for m in wrong.matched]
    right = grader.grade(question, "Keep a single deployment with one copy of the weights.")
    assert "one shared base model" in [m.concept for m in right.matched]


def _misspelt(answer: str, every: int) -> str:
    """Every `every`-th long word with two neighbouring letters swapped (a typo)."""
    words = answer.split()
    for k in range(0, len(words), every):
        w = words[k]
        if len(w) >= 6:
            words[k] = w[:2] + w[3] + w[2] + w[4:]
    return " ".join(words)


def test_phrases_looked_up_in_one_batch_match_as_when_looked_up_one_by_one():
    # match_phrase skips `find` for a word already looked up in vain (Answer.look_up): it
    # must find every phrase exactly where the word-by-word look-ups find it
    from pathlib import Path

    import yaml

    from interviewer.core.catalog import Catalog
    from interviewer.core.grading.matching import Answer, match_phrase

    bank = Catalog(None).find("genai")
    grader = Grader(bank).fit()
    data = Path(__file__).resolve().parent.parent / "data" / "devset.yaml"
    rows = yaml.safe_load(data.read_text(encoding="utf-8"))["answers"][::7]
    compared = found = fuzzy = 0
    for k, row in enumerate(rows):
        question = bank.get(row["question_id"])
        prepared = grader._prepare(question)
        answer = row["answer"] if k % 2 else _misspelt(row["answer"], 3)
        text = Text.of(answer, canon=grader.canon)
        batch = Answer.of(text, grader._bank_words)
        batch.look_up(prepared.fuzzy_words)
        one_by_one = Answer.of(text, grader._bank_words)
        phrases = [
            p
            for concept in prepared.concepts[0]
            for p in (*concept.phrases, *concept.reversed, *concept.contradicts)
        ]
        for phrase in phrases:
            for unit, needed in (("sentence", None), ("segment", None), ("segment", 1.0)):
                expected = match_phrase(phrase, one_by_one, unit=unit, needed=needed)
                assert match_phrase(phrase, batch, unit=unit, needed=needed) == expected
                compared += 1
                found += expected is not None
                fuzzy += expected is not None and expected.ratio < 100
    assert compared > 5000 and found > 300 and fuzzy > 10


def test_a_question_s_fuzzy_words_looked_up_at_once_find_what_the_plain_batch_finds():
    # Answer.look_up with a FuzzyWords tries a word as a known word with another ending only
    # when it shares a known word's first six letters: every word the answer does not hold
    # by its stem gets the same hit as from the plain batch of (word, stem) pairs
    from pathlib import Path

    import yaml

    from interviewer.core.catalog import Catalog
    from interviewer.core.grading.matching import Answer

    bank = Catalog(None).find("genai")
    grader = Grader(bank).fit()
    data = Path(__file__).resolve().parent.parent / "data" / "devset.yaml"
    rows = yaml.safe_load(data.read_text(encoding="utf-8"))["answers"][::5]
    hits = 0
    for k, row in enumerate(rows):
        fuzzy = grader._prepare(bank.get(row["question_id"])).fuzzy_words
        answer = row["answer"] if k % 2 else _misspelt(row["answer"], 3)
        for known in (grader._bank_words, frozenset()):
            text = Text.of(answer, canon=grader.canon)
            at_once, plain = Answer.of(text, known), Answer.of(text, known)
            at_once.look_up(fuzzy)
            plain.look_up(fuzzy.pairs)
            for word, stem in fuzzy.pairs:
                if stem not in plain.positions and (plain.vocabulary or plain.known_words):
                    assert at_once.fuzzy_cache.get(word) == plain.fuzzy_cache[word]
                    hits += plain.fuzzy_cache[word] is not None
    assert hits > 20


def test_a_word_the_answer_holds_by_its_stem_is_still_looked_up_for_another_phrase():
    # Answer.look_up leaves out of the cache the phrase words whose stem the answer holds:
    # a phrase that gives the same word another stem still finds it by a look-up of its own
    from interviewer.core.grading.matching import Answer, Phrase, match_phrase
    from interviewer.core.grading.typos import FuzzyWords

    text = Text.of("BERT reads text bidirectionally")
    answer = Answer.of(text, frozenset(text.stems))
    answer.look_up(FuzzyWords.of([("bidirectional", text.stems[1])]))
    phrase = Phrase("bidirectional", (("bidirectional", "elsewhere", True),))
    assert match_phrase(phrase, answer) is not None
