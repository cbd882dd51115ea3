"""Running a measurement in a child process and reading its output, exit status and peak memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.benchmarks.synthetic import ROOT


@dataclass
class Child:
    stdout: str
    stderr: str
    peak_rss_mb: float

    def result(self) -> dict[str, Any]:
        """The JSON object on the last line of the child's output."""
        lines = [line for line in self.stdout.splitlines() if line.strip()]
        if not lines:
            raise RuntimeError(f"the child printed nothing; its errors:\n{self.stderr[-3000:]}")
        return dict(json.loads(lines[-1]))


def child_env(scratch: Path) -> dict[str, str]:
    """Offscreen Qt, and settings kept in ``scratch`` rather than the user's own."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["XDG_DATA_HOME"] = str(scratch / "data")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def run(argv: list[str], *, scratch: Path, timeout: float = 300.0, extra_env: dict[str, str] | None = None) -> Child:
    """Run ``argv`` to its end; raises RuntimeError (with its stderr) when it fails or takes too long."""
    env = {**child_env(scratch), **(extra_env or {})}
    with tempfile.TemporaryFile(mode="w+", dir=scratch) as err:
        process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=err, text=True)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            assert process.stdout is not None
            out = process.stdout.read()
            # wait4 rather than wait: it gives this child's own resource usage.
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
        finally:
            timer.cancel()
        err.seek(0)
        errors = err.read()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {process.returncode}:\n{errors[-3000:]}")
    # ru_maxrss is in kilobytes on Linux. It includes the RSS the process had
    # before exec (a fork of this one), so the children report their own VmHWM too.
    return Child(out, errors, usage.ru_maxrss / 1024)


def python(module: str, *args: str, scratch: Path, timeout: float = 300.0) -> Child:
    return run([sys.executable, "-m", module, *args], scratch=scratch, timeout=timeout)


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM).

    Not the parent's ``wait4`` figure: Linux carries the RSS a process had
    before ``exec`` (here, a fork of the big benchmark process) into it.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
