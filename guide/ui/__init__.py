"""The Qt desktop application (PySide6 widgets), by feature."""

from guide.ui.qt_workarounds import protect_singletons

protect_singletons()
