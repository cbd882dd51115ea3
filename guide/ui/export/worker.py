"""Building a guide off the UI thread.

The worker runs in its own QThread and opens its **own** read-only catalog
connection there: an sqlite3 connection must not be used from a thread other
than the one that made it, and a read-only connection can't disturb the
window's. Cancelling sets a thread-safe flag that the builder polls between
steps; the builder then raises ``Cancelled`` and leaves no partial file.
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from guide.catalog.errors import Cancelled, CatalogError
from guide.catalog.store import Catalog
from guide.pdf.builder import build_guide


@dataclass
class GuideJob:
    """What to build: no towns, premises or projects means the regional guide."""

    catalog_path: Path
    out: Path
    lang: str
    towns: list[str] = field(default_factory=list)
    premises: list[int] = field(default_factory=list)
    projects: list[int] = field(default_factory=list)


class GuideWorker(QObject):
    """Call :meth:`run` in a worker thread; exactly one of finished/failed/cancelled is emitted."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # BuildResult
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: GuideJob) -> None:
        super().__init__()
        self.job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the build to stop; safe to call from any thread."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        catalog: Catalog | None = None
        try:
            catalog = Catalog.open(self.job.catalog_path, read_only=True)
            result = build_guide(
                catalog,
                self.job.out,
                lang=self.job.lang,
                towns=self.job.towns,
                premises=self.job.premises,
                projects=self.job.projects,
                progress=lambda done, total, message: self.progress.emit(done, total, message),
                cancelled=self._cancel.is_set,
            )
        except Cancelled:
            self.cancelled.emit()
        except CatalogError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            # A bug, not the user's doing: keep the traceback for the report, and still
            # tell the dialog, which would otherwise wait forever.
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)
        finally:
            if catalog is not None:
                catalog.close()
