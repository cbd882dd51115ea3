"""Keeping a widget current with the catalog, without outliving it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from shiboken6 import Shiboken

from guide.catalog.store import Catalog


def watch_catalog(catalog: Catalog, owner: QObject, callback: Callable[[str], None]) -> None:
    """Call ``callback(kind)`` after each write to the catalog, for as long as ``owner`` lives.

    The catalog's listeners are plain Python callables, so a deleted widget
    would otherwise still be called; the listener is removed when ``owner``
    is destroyed, and skips a call if the C++ object is already gone.
    """

    def listener(kind: str) -> None:
        if Shiboken.isValid(owner):
            callback(kind)

    catalog.add_listener(listener)
    owner.destroyed.connect(partial(catalog.remove_listener, listener))
