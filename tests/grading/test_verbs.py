"""Verbs told from nouns in notes (verbs.py): a word relates terms only when used as a verb."""

from __future__ import annotations

from interviewer.core.grading.text import stem
from interviewer.core.grading.verbs import acts_in_key, is_imperative, is_verb


def verb(word: str, previous: str = "", following: str = "") -> bool:
    return is_verb(word, stem(word), previous, following)


def test_an_inflected_verb_relates_terms() -> None:
    assert verb("freezes", "lora", "the")
    assert verb("reduces", "dropout", "overfitting")


def test_a_bare_form_is_a_noun_unless_a_subject_or_to_leads_it() -> None:
    assert not verb("collapse", "mode")
    assert verb("reduce", "to", "overfitting")
    assert verb("learn", "they", "features")


def test_an_ing_word_needs_a_subject_an_auxiliary_or_by() -> None:
    assert not verb("generating", "image")
    assert verb("generating", "is", "images")
    assert verb("adding", "by", "noise")


def test_an_ed_word_before_a_noun_is_an_adjective() -> None:
    assert not verb("masked", "", "tokens")
    assert verb("masked", "are", "")


def test_a_word_as_often_a_noun_is_a_verb_only_when_led_or_inflected() -> None:
    assert not verb("model", "language")
    assert verb("models", "it", "the")


def test_a_quantifier_after_the_subject_leads_a_verb_with_an_object() -> None:
    assert verb("reduce", "all", "overfitting")
    assert verb("reduce", "both", "memory")
    assert not verb("reduce", "all", "")  # "... all reduce": no object, maybe a term
    assert not verb("reduce", "all", "the")


def test_terms_with_a_shared_predicate_after_all_are_no_keyword_string() -> None:
    from interviewer.core.grading.clauses import Structure
    from interviewer.core.grading.keywords import is_keyword_string
    from interviewer.core.grading.text import Text

    def flagged(answer: str) -> bool:
        parsed = Text.of(answer)
        return is_keyword_string(parsed, Structure.of(parsed))

    assert not flagged("Dropout, mixup, label smoothing and pruning all reduce overfitting.")
    assert flagged("Caching, batching, quantization, smaller models, latency and GPUs apply.")


def test_an_item_opening_with_an_order_is_imperative() -> None:
    def imperative(item: str) -> bool:
        words = item.split()
        return is_imperative(words, [stem(w) for w in words])

    assert imperative("monitor validation loss")
    assert imperative("use a smaller model")
    assert not imperative("lower triangular matrix")
    assert imperative("lower the temperature")
    assert not imperative("monitor")


def test_a_comparative_read_as_a_verbs_stem_heads_a_term() -> None:
    # the bank's synonyms read "smaller" and "bigger" as "lower" and "larger": still adjectives
    assert not is_imperative(["smaller", "models"], ["lower", "model"])
    assert not is_imperative(["smaller", "batches", "later"], ["lower", "batch", "later"])
    assert is_imperative(["lower", "the", "temperature"], ["lower", "the", "temperatur"])
    assert is_imperative(["freeze", "most", "layers"], ["freez", "most", "layer"])


def test_an_item_opening_with_use_is_an_order_unless_use_is_the_noun() -> None:
    def imperative(item: str) -> bool:
        words = item.split()
        return is_imperative(words, [stem(w) for w in words])

    assert imperative("use wasserstein loss")
    assert imperative("use prompt caching")
    assert not imperative("use cases")
    assert not imperative("use of adapters")


def test_a_list_of_orders_opening_with_use_is_no_keyword_string() -> None:
    from interviewer.core.grading.clauses import Structure
    from interviewer.core.grading.keywords import is_keyword_string
    from interviewer.core.grading.text import Text

    answer = (
        "Use Wasserstein loss with gradient penalty or hinge loss, spectral normalization, R1 "
        "penalty, label smoothing, TTUR learning rates, and minibatch discrimination against "
        "mode collapse. Track FID, not the losses."
    )
    parsed = Text.of(answer)
    assert not is_keyword_string(parsed, Structure.of(parsed))


def test_means_relates_two_terms() -> None:
    # "larger epsilon means stronger privacy" is a claim (a wrong one), not a keyword string
    assert verb("means", "epsilon", "stronger")
    assert not verb("mean", "the", "of")


def test_a_noun_of_action_is_a_noun_even_though_it_shares_its_verbs_stem() -> None:
    # the stemmer reads "connections" as "connect" (a plain answer's verb meets a reference's
    # noun); telling verbs from nouns must not: "residual connections" is a bare term
    assert not verb("connections", "residual")
    assert not verb("deployments", "model", "and")
    assert verb("implements", "it", "the")
    assert is_imperative(["implement", "a", "cache"], [stem("implement"), "a", stem("cache")])


def key_verb(sentence: str, word: str) -> bool:
    """acts_in_key on `word` of a sentence of plain words (no punctuation inside it)."""
    words = sentence.lower().split()
    index = words.index(word)
    previous = words[index - 1] if index else ""
    following = words[index + 1] if index + 1 < len(words) else ""
    return acts_in_key(words, index, previous, following)


def test_a_key_word_followed_by_its_object_is_a_verb() -> None:
    assert key_verb("rows matching a condition", "matching")
    assert key_verb("it checks that the version is unchanged", "checks")
    assert key_verb("the lock is released while waiting", "released")
    assert key_verb("the cache and flushes to the database", "flushes")


def test_a_bare_verb_after_let_or_make_is_a_verb() -> None:
    assert key_verb("lets only one thread execute python bytecode", "execute")
    assert not key_verb("a cache miss rate", "miss")


def test_a_key_word_led_by_a_determiner_or_a_preposition_is_a_noun() -> None:
    assert not key_verb("every insert update and delete", "insert")
    assert not key_verb("its state between calls", "calls")
    assert key_verb("must also update the index", "update")
    assert not key_verb("pessimistic locking takes a lock", "locking")
