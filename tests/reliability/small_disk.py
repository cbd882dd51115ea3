"""A real, tiny filesystem to run out of space on: a size-limited tmpfs.

Full-disk behaviour is tested on a disk that is really full, not on a mocked
``write``: SQLite, the kernel and Python each report it their own way
(``database or disk is full``, ``disk I/O error``, ``ENOSPC``), and the code
must cope with whichever comes.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SIZE = "2m"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs mounted in the test's folder (mounting needs root, as CI runs)."""
    mount = shutil.which("mount")
    point = tmp_path / "disk"
    point.mkdir()
    if os.geteuid() != 0 or mount is None:
        pytest.skip("mounting a small tmpfs needs root and mount(8); CI runs as root")
    subprocess.run([mount, "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(point)], check=True)
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def fill(folder: Path) -> Path:
    """Write a filler file until the disk has no byte left; returns it (delete it to free the space)."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 4096
    with filler.open("wb", buffering=0) as fh:
        while True:
            try:
                fh.write(chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
        # The last partial page too.
        while True:
            try:
                fh.write(b"\0")
            except OSError:
                break
    return filler
