"""Reading what letters promise, cite and change: pure text, no database, no Qt."""
