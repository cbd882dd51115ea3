"""Benchmarks are run by ``python -m tests.benchmarks``, never collected by pytest."""

collect_ignore_glob = ["*.py"]
