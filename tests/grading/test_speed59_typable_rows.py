"""speed59: whether every fuzzy word of a question allows an edit (`FuzzyWords.typable`) is known
once per question; an answer's batch look-up (`Answer._look_up_all`) then does not pick them
again and must fill its cache exactly as before (same words, same hits, same order)."""

from __future__ import annotations

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.matching.answer import _extended
from interviewer.core.grading.text import Text
from interviewer.core.grading.typos import FuzzyWords, closest_each, edits_allowed


def test_fuzzy_words_are_typable_when_every_word_allows_an_edit():
    long = [("tokens", "token"), ("lora", "lora"), ("adapters", "adapt")]
    assert all(edits_allowed(w) > 0 for w, _ in long)
    assert FuzzyWords.of(long).typable
    assert not FuzzyWords.of([*long, ("rag", "rag")]).typable
    assert not FuzzyWords.of([*long, ("kv", "kv")]).typable


def test_typable_rows_find_what_every_row_finds():
    words = ["lora", "tokens", "attention", "quantization"]
    choices = ["lroa", "tokenz", "atention", "quantisation", "token"]
    for typos_in in ("words", "choices"):
        assert closest_each(words, choices, typos_in, typable=True) == closest_each(
            words, choices, typos_in
        )


def _before(answer: Answer, words: FuzzyWords) -> list[tuple[str, tuple[str, float] | None]]:
    """The cache `_look_up_all` filled at 528bb0cf (every lacking word tried), as items."""
    positions = answer.positions
    if answer.vocabulary:
        wanted = [w for w, w_stem in words.pairs if w_stem not in positions]
        cache = dict(zip(wanted, closest_each(wanted, answer.vocabulary, "choices"), strict=True))
    else:
        cache = words.unknown.copy()
        for stem in words.by_stem.keys() & positions.keys():
            for word in words.by_stem[stem]:
                cache.pop(word, None)
    if answer.known_words:
        known, endings = answer.known_words, answer._known_endings()
        for head in words.by_head.keys() & endings.keys():
            for word, w_stem in words.by_head[head]:
                if w_stem not in positions and cache.get(word) is None:
                    cache[word] = _extended(word, known, endings)
    return list(cache.items())


def _misspelt(answer: str, shift: int) -> str:
    """Every third word of four letters or more with two neighbouring letters swapped."""
    words = answer.split()
    for k in range(shift % 3, len(words), 3):
        w = words[k]
        if len(w) >= 4:
            words[k] = w[0] + w[2] + w[1] + w[3:]
    return " ".join(words)


def test_an_answer_s_batch_look_up_fills_its_cache_as_before():
    bank = Catalog(None).find("genai")
    grader = Grader(bank).fit()
    questions = list(bank)[::6]
    compared = hits = 0
    for k, question in enumerate(questions):
        fuzzy = grader._prepare(question).fuzzy_words
        for reference in question.reference_answers[:2]:
            for answer in (reference, _misspelt(reference, k)):
                for known in (grader._bank_words, frozenset()):
                    text = Text.of(answer, canon=grader.canon)
                    now = Answer.of(text, known)
                    now.look_up(fuzzy)
                    assert list(now.fuzzy_cache.items()) == _before(Answer.of(text, known), fuzzy)
                    compared += 1
                    hits += sum(hit is not None for hit in now.fuzzy_cache.values())
    assert compared > 100 and hits > 50
