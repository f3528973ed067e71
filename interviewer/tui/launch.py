"""Starts the Textual app from the command line (kept apart so `cli` stays light)."""

from __future__ import annotations

import argparse


def run_app(args: argparse.Namespace) -> int:
    """Open the home screen."""
    from .app import InterviewApp

    InterviewApp().run()
    return 0
