"""Interviewer: a terminal mock-interview simulator that grades typed answers."""

__version__ = "0.1.0"
