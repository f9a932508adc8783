"""Briefer export layer."""
