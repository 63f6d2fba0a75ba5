"""Reproducible measurements; each module prints JSON (``python -m benchmarks.NAME``)."""
