"""Time to the first painted home screen, beside a minimal Textual app measured the same way.

Each app starts in a fresh Python process on a pseudo-terminal (100x32), exactly as a user
would start it, and the figure is the wall time from launching the process to the moment its
first screen's text reaches the terminal. Runs alternate between the two apps; medians are
printed with their ratio.

    python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
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

APPS = {
    "minimal": ([sys.executable, "-c", MINIMAL_APP], b"first paint marker"),
    "interviewer": ([sys.executable, "-m", "interviewer"], b"Timed mock interviews"),
}


def measure(which: str, env: dict[str, str]) -> float:
    """Seconds from launch until the app's marker text is written to the terminal."""
    command, marker = APPS[which]
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 32, 100, 0, 0))
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    seen = b""
    try:
        while time.perf_counter() - start < 60:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            seen += chunk
            if marker in seen:
                return time.perf_counter() - start
        raise RuntimeError(f"{which} never painted its first screen:\n{seen[-2000:]!r}")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(master)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "INTERVIEWER_DATA_DIR": folder, "TERM": "xterm-256color"}
        for which in APPS:  # warm the file cache for both
            measure(which, env)
        times: dict[str, list[float]] = {which: [] for which in APPS}
        for _ in range(args.runs):
            for which in APPS:
                times[which].append(measure(which, env))
    minimal = statistics.median(times["minimal"])
    ours = statistics.median(times["interviewer"])
    print(f"runs per app:                     {args.runs}")
    print(f"minimal Textual app, median:      {minimal * 1000:6.0f} ms")
    print(f"interviewer home screen, median:  {ours * 1000:6.0f} ms")
    print(f"ratio (interviewer / minimal):    {ours / minimal:6.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
