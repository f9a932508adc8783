"""Briefer core layer."""
