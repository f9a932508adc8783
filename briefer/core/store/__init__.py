"""The store: the database and everything kept beside it.

``database`` (the engine, sessions, migrations, backups), ``server`` (what
differs for a team library on PostgreSQL), ``integrity`` (the check at start,
the daily backup, restoring one), ``lock`` (one Briefer changes a library at a
time), ``private`` (owner-only files), ``change_counter`` and
``library_fingerprint`` (what other windows saved), ``row_locks``, ``dialect``
(what else differs between SQLite and PostgreSQL), ``many_rows`` (fast inserts)
and ``safe_log`` (the log file).

Kept empty on purpose: ``private`` and ``lock`` are imported by modules that must
not load SQLAlchemy (settings, the start window), so nothing is re-exported here.
"""
