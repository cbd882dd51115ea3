"""A published site from the bundled catalog (plus a photo), served in-process by Datasette's test client."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from guide.catalog.bundled import load_bundled
from guide.catalog.store import Catalog
from guide.publish.site import PublishOptions, publish

datasette_app = pytest.importorskip("datasette.app", reason="pip install 'investor-guide[publish]'")

TODAY = dt.date(2026, 12, 1)
# A Balkhash premise gets a photo; its id in the bundled data.
PHOTO_PREMISE = 13


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (40, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def make_catalog(path: Path) -> Path:
    catalog = Catalog.open(path, create=True)
    load_bundled(catalog)
    with catalog.transaction():
        catalog.db["photos"].insert(  # type: ignore[union-attr]
            {"premise": PHOTO_PREMISE, "position": 0, "filename": "hall.png", "mime": "image/png", "data": png_bytes()}
        )
    catalog.close()
    return path


@pytest.fixture(scope="session")
def catalog_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_catalog(tmp_path_factory.mktemp("publish-catalog") / "catalog.db")


def publish_site(catalog_path: Path, out: Path, **options: Any) -> Path:
    catalog = Catalog.open(catalog_path, read_only=True)
    try:
        publish(catalog, out, PublishOptions(today=TODAY, **options))
    finally:
        catalog.close()
    return out


@pytest.fixture(scope="session")
def site(catalog_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publish_site(catalog_path, tmp_path_factory.mktemp("publish") / "site")


class Client:
    """Datasette over a published folder, configured as its README says, answering in-process."""

    def __init__(self, folder: Path, langs: tuple[str, ...] = ("ru", "kk", "en")) -> None:
        mounts = [("assets", str(folder / "assets")), ("photos", str(folder / "photos"))]
        if (folder / "pdf").is_dir():
            mounts.append(("pdf", str(folder / "pdf")))
        self.ds = datasette_app.Datasette(
            immutables=[str(folder / f"{lang}.db") for lang in langs],
            metadata=json.loads((folder / "metadata.json").read_text(encoding="utf-8")),
            template_dir=str(folder / "templates"),
            static_mounts=mounts,
            settings={"suggest_facets": False},
        )

    def get(self, path: str, **params: Any) -> Any:
        async def fetch() -> Any:
            return await self.ds.client.get(path, params=params or None)

        return asyncio.run(fetch())

    def json(self, path: str, **params: Any) -> Any:
        response = self.get(path, **params)
        assert response.status_code == 200, response.text[:500]
        return response.json()


@pytest.fixture(scope="session")
def client(site: Path) -> Iterator[Client]:
    yield Client(site)
