"""Briefer compose layer."""
