"""Synthetic data: a realistic workforce and its survey exports, for trials, tests and benchmarks."""
