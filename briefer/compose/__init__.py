"""Briefing assembly into the render model (format-neutral)."""
