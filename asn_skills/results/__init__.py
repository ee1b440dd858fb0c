"""The result record, declared once (`schema`), and the flat columns every results file is derived from
(`columns`): CSV, xlsx, JSON and JSON Lines, and reading them back."""
