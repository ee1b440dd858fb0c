"""Questionnaires: the TOML format, its model, loading with located problems, and the bundled instruments."""
