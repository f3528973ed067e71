"""speed55: fewer garbage collections while a grader fits and prepares questions
(collecting.py), and the collector's thresholds as they were afterwards."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from interviewer.core.grading import Grader
from interviewer.core.grading.collecting import PREPARING_THRESHOLD, fewer_collections


@pytest.fixture
def default_thresholds() -> Iterator[tuple[int, int, int]]:
    """Python's default thresholds for the test, the process's own put back after it."""
    kept = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*kept)


def test_raised_inside_and_put_back_after(default_thresholds: tuple[int, int, int]) -> None:
    with fewer_collections():
        assert gc.get_threshold() == (PREPARING_THRESHOLD, 10, 10)
        with fewer_collections():
            assert gc.get_threshold()[0] == PREPARING_THRESHOLD
        # the inner block's end leaves the outer one's threshold alone
        assert gc.get_threshold()[0] == PREPARING_THRESHOLD
    assert gc.get_threshold() == default_thresholds


def test_put_back_after_an_error(default_thresholds: tuple[int, int, int]) -> None:
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError("preparing failed")
    assert gc.get_threshold() == default_thresholds


def test_other_thresholds_left_alone(default_thresholds: tuple[int, int, int]) -> None:
    gc.set_threshold(0, 10, 10)  # collection turned off by the threshold: stays off
    with fewer_collections():
        assert gc.get_threshold()[0] == 0
    gc.set_threshold(10 * PREPARING_THRESHOLD, 10, 10)  # already fewer: not made more
    with fewer_collections():
        assert gc.get_threshold()[0] == 10 * PREPARING_THRESHOLD
    assert gc.get_threshold()[0] == 10 * PREPARING_THRESHOLD
    gc.set_threshold(700, 10, 10)
    with fewer_collections():
        gc.set_threshold(5_000, 10, 10)  # changed by someone else inside: theirs is kept
    assert gc.get_threshold()[0] == 5_000


def test_two_threads_put_back_when_the_last_leaves(
    default_thresholds: tuple[int, int, int],
) -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with fewer_collections():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    assert inside.wait(10)
    with fewer_collections():
        pass
    assert gc.get_threshold()[0] == PREPARING_THRESHOLD  # the other thread is still inside
    leave.set()
    thread.join(10)
    assert gc.get_threshold() == default_thresholds


def test_preparing_questions_collects_less_often(
    genai, default_thresholds: tuple[int, int, int]
) -> None:
    """A real grader, the genai bank's first 30 questions: through grade_many every collection
    runs at the raised threshold; graded one by one, far fewer collections run (between two
    questions the threshold is 700 again). Before speed55 every collection ran at 700 (1,921
    while preparing the whole bank; now 669 one by one, 266 through grade_many)."""
    questions = list(genai)[:30]
    seen: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(gc.get_threshold()[0])

    Grader(genai).fit()  # scikit-learn imported and its objects made before counting
    for many in (False, True):
        grader = Grader(genai).fit()
        seen.clear()
        gc.callbacks.append(record)
        try:
            if many:
                grader.grade_many([(q, "warm up") for q in questions])
            else:
                for question in questions:
                    grader.grade(question, "warm up")
        finally:
            gc.callbacks.remove(record)
        if not many:
            # each question's allocations collected once after it rather than every 700 of
            # them: 59-64 collections for these 30 questions (base bc44b01: 171)
            assert len(seen) < 110, len(seen)
            continue
        assert PREPARING_THRESHOLD in seen
        if many:
            # at most the one collection of what is pending when the threshold is put back,
            # run by the first allocation after it, inside this block
            assert seen.count(PREPARING_THRESHOLD) >= len(seen) - 1
        assert gc.get_threshold() == default_thresholds
