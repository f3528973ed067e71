"""Garbage collection around the app's start: paused until the first screen is painted.

Starting the app allocates tens of thousands of objects that live as long as the app (Textual's
classes, styles and widgets, the bank's questions) and next to no garbage. Python's collector
still walks them all, several times, before the first paint: one full pass alone took about a
third of the wait beyond a minimal Textual app (measured by benchmarks/startup.py). So the
command pauses collection while it imports and builds the app, and the app, once its first
screen is painted, freezes what exists by then (later passes skip it) and collects again.
Textual itself pauses collection during smooth scrolling (`App.PAUSE_GC_ON_SCROLL`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_until_painted() -> Iterator[None]:
    """No collection inside this block until `painted()` is called; as it was after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def painted() -> None:
    """The first screen is up: what the start allocated stays for good, so it is moved out of
    the collector's way (`gc.freeze`), and collecting resumes."""
    gc.freeze()
    gc.enable()
