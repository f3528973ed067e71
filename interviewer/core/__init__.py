"""The headless core: banks, grading, sessions, storage and reports. No Textual below here."""
