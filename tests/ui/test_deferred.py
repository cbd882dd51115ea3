"""The one deferred-refresh helper: costly views refresh when shown, not while hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from guide.ui.deferred import DeferredRefresh


class CostlyView(QWidget):
    def __init__(self, *, defer: bool = True) -> None:
        super().__init__()
        self.deferred = DeferredRefresh(self, self.refresh, enabled=defer)
        self.refreshed = 0

    def refresh(self) -> None:
        if not self.deferred.due():
            return
        self.refreshed += 1


def test_a_hidden_view_notes_it_is_out_of_date_and_refreshes_once_when_shown(qtbot: QtBot) -> None:
    view = CostlyView()
    qtbot.addWidget(view)
    view.refresh()
    view.refresh()
    assert view.refreshed == 0 and view.deferred.out_of_date
    view.show()
    assert view.refreshed == 1 and not view.deferred.out_of_date
    # Shown again without a change in between: nothing to do.
    view.hide()
    view.show()
    assert view.refreshed == 1
    # Visible: at once.
    view.refresh()
    assert view.refreshed == 2


def test_a_view_used_on_its_own_refreshes_at_once(qtbot: QtBot) -> None:
    view = CostlyView(defer=False)
    qtbot.addWidget(view)
    view.refresh()
    assert view.refreshed == 1 and not view.deferred.out_of_date
