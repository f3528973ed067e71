"""StatementIndex: which statements may be in an answer, told from one word of each."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer, Phrase, make_phrase, match_statement
from interviewer.core.grading.misconceptions import find_misconceptions
from interviewer.core.grading.statements import StatementIndex
from interviewer.core.grading.text import Text
from interviewer.core.grading.typos import FuzzyWords


def _answer(text: str, phrases: list[Phrase]) -> Answer:
    """The answer, its phrase words looked up (as the grader does)."""
    parsed = Text.of(text)
    answer = Answer.of(parsed, frozenset(parsed.stems))
    answer.look_up(FuzzyWords.of((w, s) for p in phrases for w, s, fuzzy in p.tokens if fuzzy))
    return answer


def test_a_statement_whose_longest_word_is_not_in_the_answer_is_not_a_candidate():
    said = make_phrase("the encoder generates text")
    other = make_phrase("attention replaces recurrence")
    assert said is not None and other is not None
    index = StatementIndex.of([[other], [said]])
    answer = _answer("The encoder generates text token by token.", [said, other])
    assert index.candidates(answer) == [(1, 0)]
    # not looked up: "recurrence" may be there misspelt
    assert index.candidates(Answer.of(answer.text)) == [(0, 0), (1, 0)]


def test_a_statement_with_its_longest_word_misspelt_stays_a_candidate():
    # not looked up yet: the word may be there misspelt
    said = make_phrase("the encoder generates text")
    assert said is not None
    index = StatementIndex.of([[said]])
    answer = Answer.of(Text.of("The encoder genarates text."))
    assert index.candidates(answer) == [(0, 0)]
    assert match_statement(said, answer) is not None


def test_a_statement_with_no_word_is_never_a_candidate():
    index = StatementIndex.of([[Phrase("", ())]])
    assert index.candidates(_answer("anything at all", [])) == []


def test_every_statement_found_in_an_answer_is_a_candidate():
    bank = Catalog(None).find("genai")
    grader = Grader(bank).fit()
    data = Path(__file__).resolve().parent.parent / "data" / "devset.yaml"
    rows = yaml.safe_load(data.read_text(encoding="utf-8"))["answers"]
    found = 0
    for row in rows:
        question = bank.get(row["question_id"])
        prepared = grader._prepare(question)
        answer = grader._parse(prepared, row["answer"])
        if answer is None:
            continue
        misconceptions = prepared.misconceptions
        index = prepared.misconception_index
        candidates = set(index.candidates(answer))
        for m, (_, phrases) in enumerate(misconceptions):
            for k, phrase in enumerate(phrases):
                if match_statement(phrase, answer, unit="clause") is not None:
                    assert (m, k) in candidates
                    found += 1
        with_index = find_misconceptions(misconceptions, answer, index)
        assert with_index == find_misconceptions(misconceptions, answer)
    assert found > 10


def _candidates_by_sets(index: StatementIndex, answer) -> list[tuple[int, int]]:
    """StatementIndex.candidates read from its tuples with sets (the reading before speed42)."""

    def may_be_there(exact, fuzzy):
        found = set()
        for stem in answer.positions.keys() & exact.keys():
            found.update(exact[stem])
        for word, numbers in fuzzy.items():
            if answer.fuzzy_cache.get(word, ()) is not None:
                found.update(numbers)
        return found

    found = may_be_there(index.exact, index.fuzzy)
    if index.paired and found:
        found = (found - index.paired) | (
            found & may_be_there(index.second_exact, index.second_fuzzy)
        )
    return [index.owner[k] for k in sorted(found)]


_WORDS = st.sampled_from("attention heads cache weights tokens layers".split())
_NUMBERS = st.lists(st.integers(0, 70), max_size=4).map(tuple)


@settings(max_examples=300, deadline=None)
@given(
    held=st.sets(_WORDS),
    indexes=st.lists(st.dictionaries(_WORDS, _NUMBERS), min_size=4, max_size=4),
    paired=st.frozensets(st.integers(0, 70)),
    cache=st.dictionaries(_WORDS, st.sampled_from([None, ("cash", 90.0)])),
)
def test_the_candidates_are_those_a_reading_with_sets_finds(held, indexes, paired, cache):
    from types import SimpleNamespace

    exact, fuzzy, second_exact, second_fuzzy = indexes
    owner = tuple((n // 10, n % 10) for n in range(71))
    index = StatementIndex(exact, fuzzy, owner, second_exact, second_fuzzy, paired)
    answer = SimpleNamespace(positions={w: [0] for w in held}, fuzzy_cache=cache)
    assert index.candidates(answer) == _candidates_by_sets(index, answer)
