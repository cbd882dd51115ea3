"""One town at a glance: monotown status and its history, key figures, charts, and links to its records."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guide.catalog import fields as F
from guide.catalog import rules, views
from guide.catalog.indicators import indicator_names
from guide.catalog.store import Catalog
from guide.catalog.summary import town_summary
from guide.present import town_figures
from guide.ui import palette
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage
from guide.ui.towns.chart_view import ChartPlaceholder, chart_widget

# The kinds a town links to, in the order of the buttons.
LINKED_KINDS = ("premises", "zones", "projects", "suppliers", "routes")


def _indicator_chart(catalog: Catalog, town_id: str, name: str, lang: str) -> Any:
    # The PDF's chart code, and reportlab with it, is imported when a chart is first drawn (issue 18).
    from guide.pdf.charts import indicator_chart

    return indicator_chart(catalog, town_id, name, lang)


def _muted(text: str) -> str:
    return f'<span style="color:{palette.css(palette.MUTED)}">{escape(text)}</span>'


class TownDashboard(QScrollArea):
    """Emits ``open_records(kind, town_id)`` when a link to the town's premises, projects… is clicked."""

    open_records = Signal(str, str)

    def __init__(
        self, *, catalog: Catalog, language: UiLanguage, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.formatter = formatter
        self.town_id: str | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        inner = QWidget(self)
        self.layout_ = QVBoxLayout(inner)
        self.title = QLabel(inner)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.status = QLabel(inner)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        self.figures = QLabel(inner)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.links = QVBoxLayout()
        self.link_buttons: dict[str, QPushButton] = {}
        for kind in LINKED_KINDS:
            button = QPushButton(inner)
            button.setStyleSheet("text-align: left; padding: 4px 10px")
            button.clicked.connect(lambda _=False, k=kind: self._open(k))
            self.link_buttons[kind] = button
            self.links.addWidget(button)
        self.links.addStretch(1)
        self.history = QLabel(inner)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        self.description = QLabel(inner)
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.description.setWordWrap(True)
        # How far things are, and the town's schools and contacts (issue 14).
        self.logistics = QLabel(inner)
        self.logistics.setTextFormat(Qt.TextFormat.RichText)
        self.logistics.setWordWrap(True)
        self.logistics.setObjectName("town-logistics")
        self.charts_title = QLabel(inner)
        self.charts_box = QWidget(inner)
        self.charts = QGridLayout(self.charts_box)
        self.charts.setContentsMargins(0, 0, 0, 0)
        self.chart_views: list[QWidget] = []
        # The charts are drawn when they scroll into view: below the fold at first, and drawing them
        # (with reportlab's import) was a fifth of the window's start-up (issue 18).
        self._chart_makers: list[Callable[[], Any]] = []
        self._placeholders: list[QWidget] = []
        self._retries = 0
        self._charts_timer = QTimer(self)
        self._charts_timer.setSingleShot(True)
        self._charts_timer.setInterval(0)
        self._charts_timer.timeout.connect(self._draw_charts_in_view)
        self.verticalScrollBar().valueChanged.connect(lambda *_: self._charts_timer.start())
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self._charts_timer.start())

        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.figures, 3)
        row.addLayout(self.links, 2)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.history)
        self.layout_.addWidget(self.description)
        self.layout_.addWidget(self.logistics)
        self.layout_.addWidget(self.charts_title)
        self.layout_.addWidget(self.charts_box)
        self.layout_.addStretch(1)
        self.setWidget(inner)
        language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.show_town(self.town_id)

    def _open(self, kind: str) -> None:
        if self.town_id is not None:
            self.open_records.emit(kind, self.town_id)

    def show_town(self, town_id: str | None) -> None:
        self.town_id = town_id
        town = self.catalog.get("towns", town_id) if town_id else None
        if town is None:
            self.town_id = None
            self.title.setText(_muted(self.tr("Выберите город в списке")))
            for label in (self.status, self.figures, self.history, self.description, self.logistics):
                label.clear()
            for button in self.link_buttons.values():
                button.hide()
            self.charts_title.hide()
            self._set_charts([])
            return
        fmt = self.formatter
        lang = self.language.code
        name = fmt.town(town["id"])
        demo_text = escape(self.tr("ДЕМО"))  # outside the f-string, where lupdate can see it
        demo = (
            f' <span style="color:{palette.css(palette.DEMO_TEXT)}">{demo_text}</span>' if rules.is_demo(town) else ""
        )
        self.title.setText(f'<span style="font-size:x-large; font-weight:bold">{escape(name)}</span>{demo}')
        status = fmt.label("monotown_status", town.get("monotown_status"))
        reason = fmt.text(town, "status_reason")[0]
        color = palette.MONOTOWN if town.get("monotown_status") == "monotown" else palette.FORMER_MONOTOWN
        line = f'<b style="color:{palette.css(color)}">{escape(status)}</b>'
        if reason:
            line += " — " + escape(reason)
        self.status.setText(line)
        self.figures.setText(self._figures_html(town) + self._summary_html(town["id"]))
        counts = views.town_record_counts(self.catalog, town["id"], LINKED_KINDS)
        for kind, button in self.link_buttons.items():
            button.setText(self.tr("{kind}: {count} →").format(kind=F.kind(kind).label(lang),
                                                              count=fmt.number(counts[kind])))  # fmt: skip
            button.setToolTip(self.tr("Открыть список, отфильтрованный по городу"))
            button.show()
        self.history.setText(self._history_html(town["id"]))
        description = fmt.text(town, "description")[0]
        self.description.setText(
            "<h3>" + escape(self.tr("О городе")) + f"</h3><p>{escape(description)}</p>" if description else ""
        )
        self.logistics.setText(self._logistics_html(town["id"]))
        names = indicator_names(self.catalog, town["id"])
        town_id = str(town["id"])
        makers: list[Callable[[], Any]] = [partial(_indicator_chart, self.catalog, town_id, n, lang) for n in names]
        self.charts_title.setText("<h3>" + escape(self.tr("Показатели")) + "</h3>")
        self._set_charts(makers)

    def _figures_html(self, town: dict[str, Any]) -> str:
        fmt = self.formatter
        kind = F.kind("towns")
        rows = []
        for code in ("population", "distance_centre_km", "city_forming", "akimat_contact"):
            field = kind.field(code)
            value = fmt.marked(town, code) if code == "city_forming" else fmt.value(field, town)
            shown = escape(value) if value else _muted(self.tr("нет данных"))
            if code == "population" and value and town.get("population_as_of"):
                # The population is a dated figure with its own source.
                dated = self.tr("на {date}").format(date=fmt.date(town["population_as_of"]))
                source = fmt.marked(town, "population_source")
                shown += " " + _muted(f"({dated}; {source})" if source else f"({dated})")
            rows.append(
                f'<tr><td style="padding:2px 12px 2px 0">{_muted(field.label(fmt.lang))}</td><td>{shown}</td></tr>'
            )
        # The source's title in the window's language, with "(ru)" where it has none, as the guides print it.
        source = fmt.marked(town, "source")
        provenance = self.tr("Источник: {source}").format(source=source) if source else self.tr("Источник не указан")
        if town.get("as_of"):
            provenance += "; " + self.tr("данные на {date}").format(date=fmt.date(town["as_of"]))
        return (
            "<h3>" + escape(self.tr("Ключевые сведения")) + f"</h3><table>{''.join(rows)}</table>"
            f"<p>{_muted(provenance)}</p>"
        )

    def _summary_html(self, town_id: str) -> str:
        """The town's figures from the catalog's one summary, as the comparison and the guides show them."""
        lang = self.formatter.lang
        summary = town_summary(self.catalog, town_id)
        demo_text = escape(self.tr("ДЕМО"))
        rows = []
        for figure in town_figures.FIGURES:
            shown = escape(town_figures.text(summary, figure.key, lang) or "—")
            if town_figures.is_demo(summary, figure.key):
                shown += f' <span style="color:{palette.css(palette.DEMO_TEXT)}">{demo_text}</span>'
            label = _muted(town_figures.label(figure.key, lang))
            rows.append(f'<tr><td style="padding:2px 12px 2px 0">{label}</td><td>{shown}</td></tr>')
        return "<h3>" + escape(self.tr("Посчитано по каталогу")) + f"</h3><table>{''.join(rows)}</table>"

    def _logistics_html(self, town_id: str) -> str:
        """The town's routes (destination, mode, distance and how it was found, time, source) and its schools."""
        fmt = self.formatter
        routes = sorted(self.catalog.where("routes", "town", town_id), key=lambda r: r["id"])
        schools = [
            r for r in self.catalog.where("institutions", "town", town_id) if r.get("role") in ("university", "college")
        ]
        if not routes and not schools:
            return ""
        html = ""
        if routes:
            lines = []
            for route in routes:
                distance = escape(fmt.value(F.ROUTES.field("distance_km"), route) or self.tr("не указано"))
                if route.get("distance_basis") not in (None, "stated"):
                    distance += " " + _muted(f"({fmt.label('distance_basis', route['distance_basis'])})")
                time = fmt.value(F.ROUTES.field("time_h"), route)
                source = fmt.marked(route, "source")
                lines.append(
                    f'<tr><td style="padding:2px 12px 2px 0"><b>{escape(fmt.text(route, "destination")[0])}</b></td>'
                    f'<td style="padding:2px 12px 2px 0">{escape(fmt.label("route_mode", route.get("mode")))}</td>'
                    f'<td style="padding:2px 12px 2px 0">{distance}</td>'
                    f'<td style="padding:2px 12px 2px 0">{escape(time)}</td><td>{_muted(source)}</td></tr>'
                )
            html += "<h3>" + escape(self.tr("Логистика")) + f"</h3><table>{''.join(lines)}</table>"
        if schools:
            items = "".join(
                f"<li>{escape(fmt.text(r, 'name')[0])} {_muted(fmt.label('institution_role', r.get('role')))}</li>"
                for r in schools
            )
            html += "<h3>" + escape(self.tr("Вузы и колледжи")) + f"</h3><ul>{items}</ul>"
        return html

    def _history_html(self, town_id: str) -> str:
        fmt = self.formatter
        rows = sorted(self.catalog.where("town_status", "town", town_id), key=lambda r: (r["year"], r["id"]))
        title = "<h3>" + escape(self.tr("История статуса моногорода")) + "</h3>"
        if not rows:
            return title + "<p>" + _muted(self.tr("Записей нет")) + "</p>"
        lines = []
        for row in rows:
            reason = fmt.text(row, "reason")[0]
            source = fmt.marked(row, "source")
            lines.append(
                f'<tr><td style="padding:2px 12px 2px 0"><b>{escape(str(row["year"]))}</b></td>'
                f'<td style="padding:2px 12px 2px 0">{escape(fmt.label("monotown_status", row["status"]))}</td>'
                f"<td>{escape(reason)}<br>{_muted(source)}</td></tr>"
            )
        return title + f"<table>{''.join(lines)}</table>"

    def _set_charts(self, makers: list[Callable[[], Any]]) -> None:
        for view in self.chart_views:
            self.charts.removeWidget(view)
            view.deleteLater()
        self.chart_views = []
        for placeholder in self._placeholders:
            self.charts.removeWidget(placeholder)
            placeholder.deleteLater()
        # Their places kept at their size: the page scrolls as it will with the charts drawn.
        self._placeholders = [ChartPlaceholder(self.charts_box) for _ in makers]
        for row, placeholder in enumerate(self._placeholders):
            self.charts.addWidget(placeholder, row, 0, Qt.AlignmentFlag.AlignLeft)
        self._chart_makers = list(makers)
        self.charts_title.setVisible(bool(makers))
        self._charts_timer.start()

    def _settled(self) -> bool:
        """Whether the scroll area has given the page the height its texts need (it does so a turn later)."""
        inner = self.widget()
        layout = inner.layout() if inner is not None else None
        if inner is None or layout is None:
            return True
        layout.activate()
        wanted = layout.totalHeightForWidth(inner.width()) if layout.hasHeightForWidth() else -1
        return inner.height() >= min(wanted, layout.maximumSize().height())

    def charts_in_view(self) -> bool:
        """Whether the charts' place is on screen (scrolled to, or the window tall enough)."""
        if not self.isVisible() or not self._settled():
            return False
        return self.charts_box.y() - self.verticalScrollBar().value() < self.viewport().height()

    def _draw_charts_in_view(self) -> None:
        if not self._chart_makers or not self.isVisible():
            return
        if not self._settled() and self._retries < 20:
            self._retries += 1
            self._charts_timer.start()  # the wrapped texts are still being laid out: look again
            return
        self._retries = 0
        if self.charts_box.y() - self.verticalScrollBar().value() < self.viewport().height():
            self.draw_charts()

    def draw_charts(self) -> None:
        """Draw the town's charts now, if they are not drawn yet."""
        makers, self._chart_makers = self._chart_makers, []
        for placeholder in self._placeholders:
            self.charts.removeWidget(placeholder)
            placeholder.deleteLater()
        self._placeholders = []
        for make in makers:
            made = chart_widget(make, self.charts_box)
            if made is None:
                continue
            view = made
            # One chart a row: drawn large enough for its smallest text to be read on screen.
            self.charts.addWidget(view, len(self.chart_views), 0, Qt.AlignmentFlag.AlignLeft)
            self.chart_views.append(view)
        self.charts_title.setVisible(bool(self.chart_views))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._charts_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._charts_timer.start()
