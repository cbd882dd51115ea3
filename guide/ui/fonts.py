"""The application font: one that has every Kazakh letter, the same on every machine.

Qt's default font depends on what the system has installed, and some common
fonts lack ӘҒҚҢӨҰҮҺІ or draw them from a fallback face. The PDF bundles PT
Sans (``resources/fonts``); the GUI loads the same files, so screen and paper
match, and falls back to DejaVu Sans or the system font when they are absent.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from guide.paths import resource

PREFERRED_FAMILIES = ("PT Sans", "DejaVu Sans", "Noto Sans")
POINT_SIZE = 10
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"


def load_bundled_fonts() -> list[str]:
    """Register the TTF files under resources/fonts; returns the families they provide."""
    families: list[str] = []
    folder = resource("fonts")
    if not folder.is_dir():
        return families
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    return families


def choose_family(available: list[str]) -> str | None:
    """The first preferred family that is available, or None for the system default."""
    for family in PREFERRED_FAMILIES:
        if family in available:
            return family
    return None


def apply_application_font(app: QGuiApplication) -> QFont:
    """Set and return the application font (bundled PT Sans when present)."""
    load_bundled_fonts()
    family = choose_family(QFontDatabase.families())
    font = QFont(family) if family else QFont(app.font())
    font.setPointSize(POINT_SIZE)
    app.setFont(font)
    return font
