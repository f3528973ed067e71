"""Time until the home screen is ready, beside a minimal Textual app measured the same way.

Each app starts in a fresh Python process on a pseudo-terminal (100x32), exactly as a user
would start it. For Interviewer the figure is the wall time from launching the process until
the home screen shows the bank's title (the bank is loaded, so Enter can start a session);
Enter is then pressed and the time until the first question's countdown is shown is printed
too. For the minimal app it is the time until its first screen's text reaches the terminal.
Runs alternate between the apps; medians are printed with their ratio.

Interviewer is measured twice: with its bank cache warm (every start after the first) and
cold (a fresh data dir each run, so the bank is parsed from YAML).

    python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

MINIMAL_APP = r"""
from textual.app import App
from textual.widgets import Footer, Header, Static

class Minimal(App):
    TITLE = "Minimal"
    SUB_TITLE = "first paint marker"

    def compose(self):
        yield Header()
        yield Static("Hello")
        yield Footer()

Minimal().run()
"""

MINIMAL = ([sys.executable, "-c", MINIMAL_APP], re.compile(re.escape(b"first paint marker")))
INTERVIEWER = ([sys.executable, "-m", "interviewer"], re.compile(rb"\d+ questions"))
"""The home screen's bank title reads `<title>\\n203 questions: ...` once the bank is loaded
(whatever the bank's count: it changes as questions are added)."""
QUESTION_SHOWN = "⏱".encode()
ENTER = b"\r"


def measure(
    command: list[str], marker: re.Pattern[bytes], env: dict[str, str], then_enter: bool = False
) -> tuple[float, float | None]:
    """Seconds from launch until `marker` is written to the terminal; with `then_enter`, Enter
    is pressed at that moment and the seconds from launch until a question is shown follow."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 32, 100, 0, 0))
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    seen = b""
    ready: float | None = None
    try:
        while time.perf_counter() - start < 60:
            readable, _, _ = select.select([master], [], [], 0.5)
            if not readable:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            seen += chunk
            if ready is None and marker.search(seen):
                ready = time.perf_counter() - start
                if not then_enter:
                    return ready, None
                os.write(master, ENTER)
                seen = b""
            elif ready is not None and QUESTION_SHOWN in seen:
                return ready, time.perf_counter() - start
        raise RuntimeError(f"{command[-1]} never got ready:\n{seen[-2000:]!r}")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(master)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    base = {**os.environ, "TERM": "xterm-256color"}
    minimal: list[float] = []
    warm: list[float] = []
    warm_started: list[float] = []
    cold: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        warm_env = {**base, "INTERVIEWER_DATA_DIR": os.path.join(folder, "warm")}
        measure(*MINIMAL, warm_env)  # warm the file cache
        measure(*INTERVIEWER, warm_env, then_enter=True)  # and the bank cache
        for run in range(args.runs):
            minimal.append(measure(*MINIMAL, warm_env)[0])
            ready, started = measure(*INTERVIEWER, warm_env, then_enter=True)
            warm.append(ready)
            assert started is not None
            warm_started.append(started)
            cold_env = {**base, "INTERVIEWER_DATA_DIR": os.path.join(folder, f"cold-{run}")}
            cold.append(measure(*INTERVIEWER, cold_env)[0])

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:6.0f} ms"

    ratio = statistics.median(warm) / statistics.median(minimal)
    cold_ratio = statistics.median(cold) / statistics.median(minimal)
    print(f"runs per app:                                    {args.runs}")
    print(f"minimal Textual app, first paint, median:        {ms(minimal)}")
    print(f"interviewer home ready (bank title), median:     {ms(warm)}")
    print(f"  then Enter -> first question shown, median:    {ms(warm_started)}")
    print(f"interviewer home ready, bank cache cold, median: {ms(cold)}")
    print(f"ratio ready / minimal:                           {ratio:6.2f}  (target <= 1.3)")
    print(f"ratio ready with a cold cache / minimal:         {cold_ratio:6.2f}")


if __name__ == "__main__":
    main()
