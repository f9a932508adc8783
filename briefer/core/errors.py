"""Errors the front ends show to the user as one plain line."""

from __future__ import annotations


class BrieferError(Exception):
    """A problem the user can understand and act on; ``str()`` is the message."""


class StoreError(BrieferError):
    """The database cannot be opened, upgraded or written."""


class NotFoundError(BrieferError):
    """A letter, theme or other item named by the user does not exist."""
