"""Scoring: the result record, the rules (levels, gaps, JPM, flag, priority, courses) and the two scorers."""
