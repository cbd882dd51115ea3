"""Pages register through the Page interface; helpers see the window only as a PageHost."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QWidget

from guide.ui.main_window import MainWindow

UI = Path(__file__).resolve().parents[2] / "guide" / "ui"
# The helpers that put features into the window.
HELPERS = ("editing_actions.py", "analysis/pages.py")
# The window's own parts, which only the window itself touches.
WINDOW_INTERNALS = {"towns_page", "map_page", "shortlist_page", "browse_pages", "stack", "nav", "splitter"}


def test_helpers_do_not_reach_into_the_window() -> None:
    for name in HELPERS:
        tree = ast.parse((UI / name).read_text(encoding="utf-8"))
        reached = sorted(
            {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr in WINDOW_INTERNALS}
        )
        assert not reached, f"{name} reaches into the main window: {reached}"
        imported = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert "guide.ui.main_window" not in imported, name


def test_every_page_answers_the_page_interface(window: MainWindow) -> None:
    assert list(window.pages) == [
        "towns", "premises", "zones", "projects", "suppliers", "incentives", "map", "shortlist", "find_premises", "gaps",
        "quality",
    ]  # fmt: skip
    for key, page in window.pages.items():
        assert isinstance(page, QWidget)
        assert page.objectName() == f"page-{key}"
        assert page.page_key == key
        assert page.page_title() and page.accessibleName() == page.page_title()
        window.show_page(key)
        assert window.current_page() is page
        page.refresh()
    window.show_page("premises")
    assert window.editing.current_kind() == "premises"


def test_pages_share_the_one_context(window: MainWindow) -> None:
    contexts = {id(getattr(page, "context")) for page in window.pages.values()}  # noqa: B009
    assert contexts == {id(window.context)}
    assert window.context.catalog is window.catalog and window.context.formatter is window.formatter
