"""The benchmarks of issues 8 and 18: ``python -m tests.benchmarks`` (``make bench``).

They measure and print; they never pass or fail, and the normal ``pytest``
run doesn't collect them (no ``test_*`` files here, and ``conftest.py``
ignores the folder). tests/test_bench_harness.py tests the harness itself, untimed.
"""
