"""Workarounds for bugs in the Qt bindings, applied once when ``guide.ui`` is imported.

PySide6 6.12.0 hands some singletons back to Python without taking a
reference to them: every call of a method that returns nothing (``setText``,
``drawLine``…) drops a reference to ``None``, and every ``signal.emit()`` one to
``True``. Python 3.12 made these objects immortal, so there it is harmless;
on Python 3.11 their counts fall with every call until one reaches zero and
the interpreter aborts ("Fatal Python error: none_dealloc" or "bool_dealloc")
after some thousands of calls: minutes of use of a window.

When the leak is detected we do what 3.12 does: raise the counts of ``None``,
``True`` and ``False`` far beyond anything a session can use up. They are
static objects that are never freed, so a large count changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# 2**40 calls at a million per second would take twelve days of continuous calling.
_HEADROOM = 1 << 40
_SINGLETONS = (None, True, False)


class _Probe(QObject):
    fired = Signal()


def singletons_leak() -> bool:
    """True when the bindings drop references to None or True (PySide6 6.12.0 does)."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(10):
        probe.setObjectName("probe")  # returns nothing
        probe.fired.emit()  # returns True
    return sys.getrefcount(None) < none_before - 5 or sys.getrefcount(True) < true_before - 5


def protect_singletons() -> bool:
    """Make None, True and False practically immortal if the bindings leak them; returns whether it did."""
    if sys.version_info >= (3, 12) or not singletons_leak():
        return False
    for value in _SINGLETONS:
        # CPython (3.11) keeps ob_refcnt, a Py_ssize_t, at the start of every object.
        refcount = ctypes.c_ssize_t.from_address(id(value))
        refcount.value += _HEADROOM
    return True
