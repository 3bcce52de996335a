"""Benchmarks: `make bench` (python -m bench). See README, section Performance."""
