"""Which statements may be in an answer is told by C-level maps (speed52,
`statements._may_be_there`): the same bits as the plain loop over the index's words, kept here
as the oracle, on answers made from the bank's references and on look-up caches that hold hits."""

from __future__ import annotations

import random

from interviewer.core.grading.statements import _may_be_there


def _plain(answer, exact: dict[str, int], fuzzy: dict[str, int]) -> int:
    """The loop `_may_be_there` replaced."""
    found = 0
    for stem in answer.positions.keys() & exact.keys():
        found |= exact[stem]
    cache = answer.fuzzy_cache
    for word, bits in fuzzy.items():
        if cache.get(word, ()) is not None:
            found |= bits
    return found


def test_may_be_there_agrees_with_the_plain_loop(genai, genai_grader):
    rng = random.Random(52)
    questions = [q for q in genai if q.rubric != "star"][::4]
    checked = found = 0
    for question in questions:
        for reference in question.reference_answers[:2]:
            words = reference.split()
            said = " ".join(words[: rng.randint(3, len(words))] + ["retreival", "attension"])
            read = genai_grader._parsed(question, said, [])
            if not isinstance(read, tuple):
                continue
            prepared, answer = read
            for index in (prepared.concept_index, prepared.misconception_index):
                masks = index._masks
                for exact, fuzzy in ((masks[0], masks[1]), (masks[2], masks[3])):
                    # as read, then with every other cached word turned into a hit or dropped
                    expected = _plain(answer, exact, fuzzy)
                    assert _may_be_there(answer, exact, fuzzy) == expected, question.id
                    saved = dict(answer.fuzzy_cache)
                    for k, word in enumerate(list(saved)):
                        if k % 3 == 0:
                            answer.fuzzy_cache[word] = ("x", 90.0)
                        elif k % 3 == 1:
                            del answer.fuzzy_cache[word]
                    expected_changed = _plain(answer, exact, fuzzy)
                    assert _may_be_there(answer, exact, fuzzy) == expected_changed, question.id
                    answer.fuzzy_cache.clear()
                    answer.fuzzy_cache.update(saved)
                    checked += 1
                    found += expected != 0
    assert checked > 100 and found > 50
