"""Importing letters: one at a time, or many at once.

``single`` (one file, all or nothing: new letters, new versions, duplicates),
``bulk`` (many files: worker processes read and tag them, ``worker``, and one
writer stores them in batches, ``writer``), ``letter_fixes`` (the user's fixes
of how a letter was read, and reading it again) and ``letter_sources`` (the
copy of each file kept for that).

Kept empty on purpose: the worker processes import ``worker`` alone, without the
database machinery.
"""
