"""Qt item models holding plain rows from the core services."""
