"""Ingest: survey exports read, mapped to questions, scored row by row and written as results and rejects."""
