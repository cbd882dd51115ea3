"""Defect 13: the About box names the version, the licences and where the help is; the window has an icon."""

from __future__ import annotations

from guide.version import version_text


def test_the_about_box_says_version_licence_and_help(window):
    text = window.about_text()
    assert version_text() in text
    assert "MIT" in text and "ParaType" in text and "LGPL" in text
    assert "F1" in text


def test_the_about_box_speaks_the_ui_language(window):
    window.language.set_code("en")
    text = window.about_text()
    assert "Licence" in text and "User guide" in text
    assert not window.windowIcon().isNull()
