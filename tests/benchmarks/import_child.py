"""``python -m tests.benchmarks.import_child CATALOG KIND FILE``: one import, timed, with its own peak memory.

The import runs through the command line's own code (``guide.cli.main``) in
a process of its own, so its peak resident memory (VmHWM) is the import's,
not the benchmark's. Prints one JSON line: ``seconds`` (the import, without
the interpreter's start) and ``peak_rss_mb``.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import time

from guide.cli import main as cli
from tests.benchmarks.children import peak_rss_mb


def main(argv: list[str]) -> int:
    catalog, kind, path = argv
    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli(["--db", catalog, "import", kind, path])
    seconds = time.perf_counter() - start
    if code != 0:
        print(err.getvalue()[-2000:], file=sys.stderr)
        return code
    print(json.dumps({"seconds": seconds, "peak_rss_mb": peak_rss_mb()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
