"""Where things live: the bundled resources and the default catalog."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "investor-guide"
RESOURCES = Path(os.environ.get("INVESTOR_GUIDE_RESOURCES", Path(__file__).resolve().parent.parent / "resources"))
# The manual (Markdown), shown by Help; a frozen build bundles it beside the resources.
DOCS = Path(os.environ.get("INVESTOR_GUIDE_DOCS", RESOURCES.parent / "docs"))


def default_catalog_path() -> Path:
    """The catalog in the platform's user-data folder (``~/.local/share/investor-guide`` on Linux)."""
    return user_data_path(APP_NAME, appauthor=False) / "catalog.db"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def docs_path() -> Path:
    return DOCS


# What every command needs from the resources folder: a frozen folder missing one of these is broken.
REQUIRED_RESOURCES = ("data", "fonts", "translations", "icons")


def missing_resources() -> list[str]:
    """The required resource folders that are missing (empty when the installation is whole)."""
    return [str(resource(name)) for name in REQUIRED_RESOURCES if not resource(name).is_dir()]
