"""An answer read respelled (acronyms spelled out, number words as the key's digits) is quoted
as typed: every evidence string of reference mode is a span of the candidate's answer."""

from __future__ import annotations

import pytest
from graded import quoted as _quoted
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import Grader, reference_question
from interviewer.core.grading.exact import counts, key_spellings
from interviewer.core.grading.respelling import Respelled
from interviewer.core.grading.text import Text

KEY = (
    "Retrieval-augmented generation fetches documents for the query and puts them in the "
    "prompt. Grouped-query attention shares keys and values across heads. The OSI model has 7 "
    "layers, and a transformer block has 2 sublayers. BPE builds the vocabulary from frequent "
    "pairs."
)


@pytest.fixture(scope="module")
def keyed() -> tuple[Grader, object]:
    question = reference_question(
        "Explain retrieval, shared attention heads, the OSI layers and tokenisers.", KEY
    )
    return Grader(questions=[question]), question


def test_respelling_maps_each_character_to_the_typed_stretch() -> None:
    read = Respelled.of("use RAG with seven layers").respell([(4, 7, "retrieval generation")])
    assert read.text == "use retrieval generation with seven layers"
    assert read.starts is not None and read.ends is not None
    first = read.text.index("generation")
    assert (read.starts[first], read.ends[first]) == (4, 7)  # inside the respelling: "RAG"
    assert (read.starts[0], read.ends[0]) == (0, 1)
    at = read.text.index("seven")
    again = read.respell([(at, at + 5, "7")])
    assert again.text == "use retrieval generation with 7 layers"
    assert again.starts is not None and again.ends is not None
    seven = again.text.index("7")
    assert again.typed[again.starts[seven] : again.ends[seven]] == "seven"
    assert Respelled.of("plain").respell([]).starts is None


def test_text_read_from_a_respelling_quotes_the_typed_words_with_invisible_characters() -> None:
    typed = "we use R\u200bAG here"  # a zero-width space inside the acronym
    at = typed.index("R")
    read = Respelled.of(typed).respell([(at, at + 4, "retrieval augmented generation")])
    text = Text.of(read.text)
    assert read.starts is not None and read.ends is not None
    text.as_typed(typed, read.starts, read.ends)
    words = text.words
    assert text.quote(words.index("augmented"), words.index("generation")) == "R\u200bAG"
    assert text.evidence(words.index("use"), words.index("retrieval")) == "use R\u200bAG"
    assert text.quote(words.index("here"), words.index("here")) == "here"


def test_a_number_word_read_as_the_keys_digits_is_quoted_as_the_word() -> None:
    typed = "The O\u200bSI model has seven layers and two sublayers."
    read = Respelled.of(typed).respell(key_spellings(counts(KEY), typed))
    assert read.text == "The O\u200bSI model has 7 layers and 2 sublayers."
    assert read.starts is not None and read.ends is not None
    text = Text.of(read.text)
    text.as_typed(typed, read.starts, read.ends)
    seven, two = text.words.index("7"), text.words.index("2")
    assert text.evidence(seven, seven + 1) == "seven layers"
    assert text.quote(two, two + 1) == "two sublayers"
    assert text.quote(1, seven) == "O\u200bSI model has seven"


def test_an_acronym_is_quoted_as_the_candidate_wrote_it(keyed) -> None:
    grader, question = keyed
    answer = "Use RAG: fetch documents for the query and put them into the prompt."
    grade = grader.grade(question, answer)
    spans = _quoted(grade)
    assert "RAG" in spans and "retrieval augmented generation" not in " ".join(spans)
    assert all(span in answer for span in spans)


def test_a_spelled_out_run_and_a_number_word_are_quoted_as_written(keyed) -> None:
    grader, question = keyed
    answer = (
        "GQA shares keys and values across heads; the OSI model has seven layers, and byte "
        "pair encoding builds the vocabulary from frequent pairs."
    )
    grade = grader.grade(question, answer)
    spans = _quoted(grade)
    assert spans and all(span in answer for span in spans)
    assert any("GQA" in span for span in spans)
    assert any("byte" in span for span in spans) and not any("BPE" in span for span in spans)


_PIECES = st.sampled_from(
    [
        "RAG",
        "GQA",
        "BPE",
        "retrieval augmented generation",
        "grouped-query attention",
        "byte pair encoding",
        "seven layers",
        "two sublayers",
        "7 layers",
        "the OSI model has",
        "fetches documents",
        "shares keys and values",
        "not",
        "R\u200bAG",
        "ｒａｇ",
        "naïve",
        "doesn’t",
        "\u00a0",
        "soft\u00adhyphen",
        "(",
        ")",
        ",",
        ".",
        "-",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_PIECES, min_size=1, max_size=14),
    st.lists(st.sampled_from(" \u200b\n"), min_size=14, max_size=14),
)
def test_every_evidence_of_a_mixed_answer_is_a_span_of_it(keyed, pieces, gaps) -> None:
    grader, question = keyed
    answer = "".join(p + g for p, g in zip(pieces, gaps, strict=False))
    grade = grader.grade(question, answer)
    for span in _quoted(grade):
        assert span and span in answer, span


@st.composite
def _respellings(draw) -> tuple[str, list[tuple[int, int, str]]]:
    typed = draw(st.text(alphabet="ab c\u200bé7", max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(typed)), max_size=6, unique=True)))
    pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
    return typed, [(start, end, draw(st.text(alphabet="xyz ", max_size=5))) for start, end in pairs]


@settings(max_examples=300, deadline=None)
@given(_respellings(), st.data())
def test_every_character_of_a_respelling_stands_for_a_stretch_of_the_typed_text(
    respelling, data
) -> None:
    typed, changes = respelling
    read = Respelled.of(typed).respell(changes)
    if not changes:
        assert read.text is typed and read.starts is None
        return
    assert read.starts is not None and read.ends is not None
    assert len(read.starts) == len(read.ends) == len(read.text)
    # respelled again (as counts are after acronyms): still stretches of what was typed
    cuts = sorted(data.draw(st.lists(st.integers(0, len(read.text)), max_size=4, unique=True)))
    again = read.respell([(a, b, "7") for a, b in zip(cuts[::2], cuts[1::2], strict=False)])
    for kept in (read, again):
        assert kept.starts is not None and kept.ends is not None
        assert list(kept.starts) == sorted(kept.starts)
        assert all(0 <= s <= e <= len(typed) for s, e in zip(kept.starts, kept.ends, strict=True))
    # a character left as it was stands for itself; a new one for the whole stretch it replaced
    done = 0
    position = 0
    for start, end, new in changes:
        for i in range(done, start):
            assert read.text[position] == typed[i]
            assert (read.starts[position], read.ends[position]) == (i, i + 1)
            position += 1
        for _ in new:
            assert (read.starts[position], read.ends[position]) == (start, end)
            position += 1
        done = end
    assert read.text[position:] == typed[done:]
