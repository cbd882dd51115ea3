"""Keeping the catalog: record forms, photos, the import dialog, undo (issue 5).

The main window needs only :class:`EditingController`.
"""

from guide.ui.editing.controller import EditingController

__all__ = ["EditingController"]
