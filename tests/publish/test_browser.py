"""The published site in a real browser: Datasette served on loopback, screenshots by headless Chromium."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from guide.publish.readme import serve_command
from tests.publish.conftest import PHOTO_PREMISE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it)")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    """``datasette serve`` exactly as the folder's README says, on a free loopback port."""
    port = free_port()
    command = serve_command(("ru", "kk", "en"), with_pdfs=False, port=port)
    datasette = str(Path(sys.executable).parent / "datasette")
    process = subprocess.Popen([datasette, *command[1:]], cwd=site, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            if process.poll() is not None:
                raise AssertionError(f"datasette exited: {process.stderr.read().decode() if process.stderr else ''}")
            try:
                with urllib.request.urlopen(f"{url}/-/versions.json", timeout=2):
                    break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stderr:
            process.stderr.close()


def screenshot(url: str, out: Path, profile: Path) -> Image.Image:
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--window-size=1280,1000",
            f"--screenshot={out}",
            url,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=180,
    )
    with Image.open(out) as image:
        return image.convert("RGB")


@pytest.mark.parametrize("path", ["/ru/premises", f"/kk/premises/{PHOTO_PREMISE}"])
def test_screenshot_of_the_published_site(server: str, tmp_path: Path, path: str) -> None:
    with urllib.request.urlopen(server + path, timeout=30) as response:
        assert response.status == 200
    image = screenshot(server + path, tmp_path / "page.png", tmp_path / "profile")
    assert image.size == (1280, 1000)
    # A rendered page, not a blank or error screen: many colours, Datasette's dark header bar on top.
    assert len(image.getcolors(maxcolors=1_000_000) or []) > 50
    r, g, b = image.getpixel((5, 5))  # type: ignore[misc]
    assert b > r and r < 100
