"""Briefer ui layer."""
