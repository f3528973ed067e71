"""speed61: `PlainWords.read` looks a run up only at the words a wording starts with, walking
from one such word to the next rather than word by word; the text read is 3.45's."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import plain_words
from interviewer.core.grading.plain_words import PlainWords, _stems, _stems_of
from interviewer.core.grading.text import Text


def _read_word_by_word(self: PlainWords, text: Text) -> Text:
    """3.45's `PlainWords.read`: every word of the text visited."""
    if not self.wordings and not self.said_of:
        return text
    row = _stems(text)
    stems = [s for _, s in row]
    runs: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
    at = 0
    while at < len(row):
        if stems[at] not in self._firsts:
            at += 1
            continue
        for size in range(min(self.longest, len(row) - at), 0, -1):
            said = tuple(stems[at : at + size])
            first, last = row[at][0], row[at + size - 1][0]
            thing = self._thing(text, first, last) if said in self.said_of else None
            if thing is not None and (not runs or runs[-1][1] < first - 1):
                term = ((text.words[thing], text.stems[thing]), *self.said_of[said])
                runs.append((first - 1, thing, term))
                at = next(k for k, (i, _) in enumerate(row) if i == thing)
                break
            plain = self.wordings.get(said)
            if plain is None:
                continue
            runs.append((first, last, plain))
            at += size - 1
            break
        at += 1
    if not runs:
        return text
    return self._replaced(text, runs)


CONCURRENT = (("concurrent", "concurr"),)
MUTABLE = (("mutable", "mutabl"),)
WORDINGS = {
    _stems_of("at the same time"): CONCURRENT,
    _stems_of("same time"): (("simultaneous", "simultan"),),
    _stems_of("all or nothing"): (("atomicity", "atom"),),
    _stems_of("can be changed"): MUTABLE,
}
SAID_OF = {_stems_of("can modify"): MUTABLE, _stems_of("can change"): MUTABLE}
PLAIN = PlainWords(WORDINGS, SAID_OF, max(map(len, [*WORDINGS, *SAID_OF])))
WORDS = (
    "at the same time all or nothing can be changed you we modify change a tuple list it".split()
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, ","]), max_size=16))
def test_the_text_read_is_that_read_word_by_word(words: list[str]) -> None:
    text = Text.of(" ".join(words))
    read, oracle = PLAIN.read(text), _read_word_by_word(PLAIN, text)
    assert (read.words, read.stems, read.spans, read.content) == (
        oracle.words,
        oracle.stems,
        oracle.spans,
        oracle.content,
    )


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        ("Both run at the same time, all or nothing.", ["both", "run", "concurrent", "atomicity"]),
        ("You can modify a tuple but a list can be changed too.", ["tuple", "mutable", "but"]),
    ],
)
def test_the_wordings_read(answer: str, words: list[str]) -> None:
    read = PLAIN.read(Text.of(answer))
    assert all(w in read.words for w in words)


class _Row(list[Any]):
    """A row that counts the times its length is asked."""

    asked = 0

    def __len__(self) -> int:
        _Row.asked += 1
        return super().__len__()


def test_no_step_at_a_word_no_wording_starts_with(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plain_words, "_stems", lambda text: _Row(_stems(text)))
    _Row.asked = 0
    text = Text.of("the cache keeps the keys of every request it has seen so far at the same time")
    assert "concurrent" in PLAIN.read(text).words
    assert _Row.asked <= 3  # at "at" only (3.45 asked it once more at each word)
