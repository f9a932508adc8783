"""Briefer: prepare briefings from government policy letters, fully offline."""

__version__ = "0.1.0"
