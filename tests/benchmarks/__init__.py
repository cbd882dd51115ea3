"""The benchmarks of issue 8: ``python -m tests.benchmarks`` (``make bench``).

They measure and print; they never pass or fail, and the normal ``pytest``
run doesn't collect them (no ``test_*`` files here, and ``conftest.py``
ignores the folder).
"""
