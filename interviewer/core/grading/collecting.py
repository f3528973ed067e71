"""Fewer garbage collections while a grader fits its bank or prepares a question.

Fitting and preparing a question allocate hundreds of thousands of objects (parsed texts,
phrases, vectors) that the grader keeps, and next to no cyclic garbage. Python's collector
runs a young collection every 700 allocations and so walks them again and again, and the
older generations' collections walk everything kept so far: preparing the genai bank's 201
questions one by one ran 1,921 collections, 1.1-1.3 s of 8-10 s CPU (9 full ones: 0.7-0.9 s).
With the young generation's threshold at `PREPARING_THRESHOLD` while a grader fits, prepares
a question, finds a question's neighbours or grades a batch (`grade_many`): 669 collections
(0.84-0.96 s) one by one, 266 (0.48 s) through `grade_many`; the same peak memory (speed55 in
`docs/grading-log.md`). Nothing is disabled: collections still run, less often, and
the thresholds are put back when the last such block ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

PREPARING_THRESHOLD = 50_000
"""The young generation's threshold (allocations less deallocations) while preparing:
Python's default is 700."""

_lock = threading.Lock()
_inside = 0
_saved: tuple[int, int, int] = (0, 0, 0)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Inside this block the young generation is collected only every `PREPARING_THRESHOLD`
    allocations; on leaving the outermost such block (of any thread) the thresholds are what
    they were. A threshold of 0 (collection turned off) or above this one is left alone."""
    global _inside, _saved
    with _lock:
        if _inside == 0:
            _saved = gc.get_threshold()
            if 0 < _saved[0] < PREPARING_THRESHOLD:
                gc.set_threshold(PREPARING_THRESHOLD, _saved[1], _saved[2])
        _inside += 1
    try:
        yield
    finally:
        with _lock:
            _inside -= 1
            if _inside == 0 and gc.get_threshold()[0] == PREPARING_THRESHOLD:
                gc.set_threshold(*_saved)
