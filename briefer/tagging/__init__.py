"""Briefer tagging layer."""
