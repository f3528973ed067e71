"""The Textual shell: displays and collects, nothing more."""
