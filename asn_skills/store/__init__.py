"""The store: assessments in an embedded SQLite database, and where it lives."""
