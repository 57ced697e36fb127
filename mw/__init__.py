"""Mandate Wizard: who should I pitch this to?"""

__version__ = "0.1.0"
