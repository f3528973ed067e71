"""The answer prepared for matching (matching/answer.py): the closest answer word to a phrase
word it does not hold, a typo or a known word with another ending, looked up one by one or in
one batch."""

from __future__ import annotations

from interviewer.core.bank import Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.text import Text


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
