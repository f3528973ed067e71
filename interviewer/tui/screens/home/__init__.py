"""The home screen: one keyboard menu to start, review, resume or open history, the settings
of a new session, and the bank's topics to tick.

screen.py     HomeScreen: the layout, the banks and topics, the actions (start, resume, ...)
settings.py   MenuRows, its base: the menu's rows fitted to its width; a setting changed, kept
menu.py       the settings offered and their values, the Resume rows' text, the option list
"""

from .menu import RESUME_PREFIX
from .screen import HomeScreen

__all__ = ["RESUME_PREFIX", "HomeScreen"]
