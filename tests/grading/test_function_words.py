"""The closed word lists the readings share (text/function_words.py, words58): each is defined
once, and each reading that kept its own copy still reads right the sentence its copy was for.
The last test fails when two modules of the grader define the same list of words twice."""

from __future__ import annotations

import importlib
import pkgutil
from collections import defaultdict

import pytest

import interviewer.core.grading as grading
from interviewer.core.grading import denied_after, denied_between, verbs
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.denied_between import verb_denied
from interviewer.core.grading.judgments import judged_wrong_after
from interviewer.core.grading.listed import list_items
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.matching.clefts import cleft_after
from interviewer.core.grading.relative_denials import comments, restricts
from interviewer.core.grading.subjects.foils import excluded
from interviewer.core.grading.term_items import continued_predicates, in_compound, noun_phrase
from interviewer.core.grading.term_items import list_items as list_items_of
from interviewer.core.grading.text import Text
from interviewer.core.grading.text.function_words import (
    ARTICLES,
    COORDINATORS,
    DETERMINERS,
    FINITE_BE,
    FINITE_BE_NOT,
    HAVE,
    LIST_CONJUNCTIONS,
    RELATIVES,
    STATEMENT_JOINS,
)


def _verb_denied(text: str, thing: str, verb: str) -> bool:
    structure = Structure.of(Text.of(text))
    words = structure.text.words
    positions = [words.index(thing), words.index(verb)]
    return verb_denied(words, structure.text.stems, structure.clauses, structure.reach, positions)


def _negated(text: str, word: str) -> bool:
    structure = Structure.of(Text.of(text))
    return structure.negated(structure.text.words.index(word))


def test_the_lists_hold_the_words_their_readers_need() -> None:
    assert {"a", "an", "the"} == ARTICLES
    assert ARTICLES < DETERMINERS and "that" not in DETERMINERS
    assert {"and", "or"} == LIST_CONJUNCTIONS < COORDINATORS < STATEMENT_JOINS
    assert {"and", "or", "but"} == COORDINATORS
    assert "yet" not in STATEMENT_JOINS and "because" not in STATEMENT_JOINS
    assert {w.replace("n't", "") for w in FINITE_BE_NOT} == FINITE_BE
    assert {"has", "have", "had"} == HAVE
    assert {"that", "which", "who", "whom", "whose", "where"} == RELATIVES


def test_articles_open_a_list_item_and_a_term() -> None:
    # listed.py: an item is read without its article
    assert list_items("the encoder, the decoder, an embedding and a tokenizer") == [
        ("encoder",),
        ("decoder",),
        ("embedding",),
        ("tokenizer",),
    ]
    # term_items.py: an article opens a name made of content words
    text = Text.of("the generator-discriminator minimax game")
    assert noun_phrase(text, 0, len(text.words) - 1)
    assert in_compound(Text.of("an encoder-only model"), 2)


def test_thing_determiners_end_a_foil() -> None:
    # subjects/foils.py: a second determiner opens another noun phrase after "unlike"
    answer = Answer.of(Text.of("Unlike the encoder the decoder masks future tokens."))
    words = answer.text.words
    assert excluded(answer, words.index("encoder"))
    assert not excluded(answer, words.index("decoder"))
    for text in ("Unlike BERT its decoder masks.", "Unlike BERT their decoder masks."):
        answer = Answer.of(Text.of(text))
        assert not excluded(answer, answer.text.words.index("decoder"))


def test_a_possessive_of_people_ends_a_foil_too() -> None:
    # subjects/foils.py read "our" as no determiner (its own list had only "its", "their"), so
    # in "Unlike BERT our decoder masks" the decoder was the foil
    answer = Answer.of(Text.of("Unlike BERT our decoder masks future tokens."))
    assert not excluded(answer, answer.text.words.index("decoder"))
    assert excluded(answer, answer.text.words.index("bert"))


@pytest.mark.parametrize(
    "text",
    [
        "Normally the forward pass stores every activation, but with checkpointing some are kept.",
        "Normally the forward pass stores every activation, though with checkpointing fewer are.",
        "By default the forward pass stores every activation, yet with checkpointing fewer are.",
    ],
)
def test_contrasting_before_with_changes_the_usual_case(text: str) -> None:
    # frames.py read only "but", "whereas", "while" before the "with" that changes it
    structure = Structure.of(Text.of(text))
    assert structure.framed([structure.text.words.index("stores")])


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # parallel_gerunds.py: "or" opening a verb in -ing with its own object ends the reach
        ("like citing a paper that does not exist or inventing a quote", "inventing", False),
        ("works without retraining or rewriting the model", "rewriting", True),
    ],
)
def test_list_conjunctions_in_a_negations_reach(text: str, word: str, negated: bool) -> None:
    assert _negated(text, word) is negated


def test_list_conjunctions_say_a_verb_both_ways() -> None:
    # denied_between.py: "is and isn't" says both, denies nothing
    assert not _verb_denied(
        "It lists what the agent is and isn't allowed to access.", "agent", "access"
    )
    assert not _verb_denied(
        "It lists what the agent is or isn't allowed to access.", "agent", "access"
    )


def test_finite_be_with_its_negation() -> None:
    # denied_between.py: "are not" / "aren't" before a participle denies the verb
    assert _verb_denied("The weights are not updated at all.", "weights", "updated")
    assert _verb_denied("The weights aren't updated by fine-tuning.", "weights", "updated")
    assert denied_between._copula_not(["weights", "were", "not"], 2)
    assert denied_between._copula_not(["weights", "weren't"], 1)
    assert not denied_between._copula_not(["weights", "do", "not"], 2)
    # denied_after.py: a form of "be" with its "n't"
    assert denied_after._copula(["it", "isn't"], 1)
    assert denied_after._copula(["it", "wasn’t"], 1)
    assert not denied_after._copula(["it", "doesn't"], 1)


def test_finite_be_in_a_cleft_and_a_judgment() -> None:
    # matching/clefts.py
    assert cleft_after(Answer.of(Text.of("VAEs were the ones that used it")), 0) == 4
    assert cleft_after(Answer.of(Text.of("VAEs use the ones that work")), 0) == 0
    # judgments.py
    answer = Answer.of(Text.of("GPT reads both ways. That was wrong."))
    structure = answer.structure
    words = answer.text.words
    assert judged_wrong_after(words, structure.sentences, structure.clauses, 0, 3)


def test_relatives_restrict_a_noun() -> None:
    # relative_denials.py: a negation inside a relative clause restricts its noun
    text = Text.of("It keeps the tokens whose labels are not known.")
    assert restricts(text, text.words.index("not"))
    text = Text.of("It keeps the tokens, so labels are not known.")
    assert not restricts(text, text.words.index("not"))
    # denied_between.py: a relative between the negation and the verb: said of another thing
    assert not _verb_denied(
        "The weights are not the thing that gets updated.", "weights", "updated"
    )


def test_have_before_a_participle_in_a_key() -> None:
    # verbs.py: "has" / "had" before a participle makes a verb of it
    assert verbs.acts_in_key(["the", "model", "has", "trained"], 3, "has", "")
    assert verbs.acts_in_key(["the", "model", "had", "trained"], 3, "had", "")


@pytest.mark.parametrize("auxiliary", ["can", "could", "does", "did", "is", "has", "had", "cannot"])
def test_auxiliaries_go_on_with_a_verb_phrase(auxiliary: str) -> None:
    # term_items.py: an item opening with an auxiliary after "and" goes on with the one before
    text = Text.of(f"stale logs; the ranker inherits and {auxiliary} widen them")
    continued = continued_predicates(text, list_items_of(text))
    assert [text.words[a : b + 1] for a, b in continued] == [["the", "ranker", "inherits"]]


@pytest.mark.parametrize("auxiliary", ["does", "did", "is", "was", "can", "would", "has"])
def test_auxiliaries_between_a_comments_which_and_its_negation(auxiliary: str) -> None:
    # relative_denials.py: ", which does not" comments on the claim before the comma
    text = Text.of(f"Merge sort is stable, which {auxiliary} not hold for quicksort.")
    assert comments(text, text.words.index("not"))


def _defined_lists() -> dict[frozenset[str], set[tuple[str, int]]]:
    """Every module-level frozenset of words in the grader -> the (module, object id) of each
    of its definitions: a name imported from another module is the same object there."""
    found: dict[frozenset[str], set[tuple[str, int]]] = defaultdict(set)
    modules = [grading.__name__] + [
        m.name for m in pkgutil.walk_packages(grading.__path__, grading.__name__ + ".")
    ]
    for name in modules:
        for value in vars(importlib.import_module(name)).values():
            if isinstance(value, frozenset) and value and all(isinstance(w, str) for w in value):
                found[value].add((name, id(value)))
    return found


ALLOWED_TWICE: set[frozenset[str]] = set()
"""None now: denial_words/breaks.py reads a list closed by "or" or "nor" with `COORDINATORS`
(code60), where it had its own copy of the two words."""


def test_no_list_of_words_is_defined_twice() -> None:
    twice = {
        tuple(sorted(words)): sorted({module for module, _ in where})
        for words, where in _defined_lists().items()
        if len({identity for _, identity in where}) > 1 and words not in ALLOWED_TWICE
    }
    assert not twice, f"one list, defined in more than one place: {twice}"
