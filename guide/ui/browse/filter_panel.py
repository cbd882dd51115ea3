"""The filter panel beside a record table: town, kind, status and, for premises, the site needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.search import Filters
from guide.catalog.store import Catalog
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage

DEBOUNCE_MS = 150

# The utilities a premise must have, in the panel's order (Filters attribute → utility code).
UTILITIES = (("gas", "gas"), ("water", "water"), ("heating", "heating"), ("sewerage", "sewerage"),
             ("rail_siding", "rail_siding"))  # fmt: skip

# A premise's price is most often a monthly rent: the max-price filter starts there.
DEFAULT_PRICE_UNIT = "per_month"


class FilterPanel(QWidget):
    """Emits ``filters_changed(Filters)`` a moment after any control changes."""

    filters_changed = Signal(object)

    def __init__(
        self, *, kind: str, catalog: Catalog, language: UiLanguage, formatter: Formatter,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.kind = kind
        self.catalog = catalog
        self.language = language
        self.formatter = formatter
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QGroupBox(self)
        form = QFormLayout(self.group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form = form
        self.town = QComboBox(self.group)
        self.town_label = QLabel(self.group)
        form.addRow(self.town_label, self.town)
        self.kind_box: QComboBox | None = None
        self.kind_label = QLabel(self.group)
        if F.kind(kind).sort_vocabulary:
            self.kind_box = QComboBox(self.group)
            form.addRow(self.kind_label, self.kind_box)
        self.status: QComboBox | None = None
        self.status_label = QLabel(self.group)
        if F.kind(kind).status_vocabulary:
            self.status = QComboBox(self.group)
            form.addRow(self.status_label, self.status)
        self.min_area: QDoubleSpinBox | None = None
        self.min_power: QDoubleSpinBox | None = None
        self.max_price: QDoubleSpinBox | None = None
        # What the max price is for: only prices of that unit are compared with it.
        self.price_unit: QComboBox | None = None
        self.utilities: dict[str, QCheckBox] = {}
        self.area_label = QLabel(self.group)
        self.power_label = QLabel(self.group)
        self.price_label = QLabel(self.group)
        self.needs_label = QLabel(self.group)
        if kind == "premises":
            self.min_area = _spin(self.group, step=100, maximum=10_000_000)
            self.min_power = _spin(self.group, step=50, maximum=1_000_000)
            self.max_price = _spin(self.group, step=100_000, maximum=1e12)
            form.addRow(self.area_label, self.min_area)
            form.addRow(self.power_label, self.min_power)
            form.addRow(self.price_label, self.max_price)
            self.price_unit = QComboBox(self.group)
            self.price_unit.setObjectName("price_unit_filter")
            self.price_unit.currentIndexChanged.connect(self._changed)
            form.addRow(self.price_unit)
            form.addRow(self.needs_label)
            for attribute, _ in UTILITIES:
                box = QCheckBox(self.group)
                box.toggled.connect(self._changed)
                self.utilities[attribute] = box
                form.addRow(box)
            for spin in (self.min_area, self.min_power, self.max_price):
                spin.valueChanged.connect(self._changed)
        # Sourced records, invented (demo) ones, or both: an investor may want only what is real.
        self.demo_label = QLabel(self.group)
        self.demo_box = QComboBox(self.group)
        self.demo_box.setObjectName("demo-filter")
        for value in (None, False, True):
            self.demo_box.addItem("", value)
        self.demo_box.currentIndexChanged.connect(self._changed)
        form.addRow(self.demo_label, self.demo_box)
        self.reset_button = QPushButton(self.group)
        self.reset_button.clicked.connect(self.reset)
        form.addRow(self.reset_button)
        # Labels made for controls this kind doesn't have must not float over the panel.
        for label in (
            self.kind_label,
            self.status_label,
            self.area_label,
            self.power_label,
            self.price_label,
            self.needs_label,
        ):
            if form.indexOf(label) < 0:
                label.hide()  # fmt: skip
        layout.addWidget(self.group)
        layout.addStretch(1)

        self.town.currentIndexChanged.connect(self._changed)
        for combo in (self.kind_box, self.status):
            if combo is not None:
                combo.currentIndexChanged.connect(self._changed)
        self.fill_towns()
        self._fill_vocabularies()
        self.retranslate_ui()
        language.changed.connect(self.retranslate_ui)

    # -- texts ----------------------------------------------------------------------

    def _explain(self) -> None:
        """ "What's this" texts (Shift+F1, then a click): what each filter lets through, and what it doesn't."""
        texts: list[tuple[QWidget | None, str]] = [
            (self.town, self.tr("Только записи этого города. Ссылки с панели города выбирают город здесь "
                                "и сбрасывают остальные фильтры и поиск.")),
            (self.kind_box, self.tr("Только записи этого типа (у поставщиков — этой ниши).")),
            (self.status, self.tr("Только записи с этим статусом. Запись, у которой статус не указан, "
                                  "не попадает ни под один статус.")),
            (self.min_area, self.tr("Помещения площадью не меньше указанной, м². Помещение, у которого "
                                    "площадь не указана, не показывается.")),
            (self.min_power, self.tr("Помещения с доступной электрической мощностью не меньше указанной, кВт. "
                                     "Если мощность не указана, помещение не показывается.")),
            (self.max_price, self.tr("Помещения с ценой не больше указанной, тенге. Помещения без цены "
                                     "не показываются.")),
            (self.price_unit, self.tr("За что указана цена: сравниваются только цены с этой единицей "
                                      "(арендная плата в месяц никогда не сравнивается с ценой продажи).")),
        ]  # fmt: skip
        for box in self.utilities.values():
            texts.append((box, self.tr("Только помещения, где это точно есть; «неизвестно» не проходит.")))
        texts.append(
            (
                self.demo_box,
                self.tr(
                    "Демо-записи придуманы для показа программы (источник «demo»). "
                    "«Только из источников» оставляет то, что взято из источников."
                ),
            )
        )
        texts.append((self.reset_button, self.tr("Показать все записи: сбросить все фильтры.")))
        for widget, text in texts:
            if widget is not None:
                widget.setWhatsThis(text)
                widget.setToolTip(text)

    def retranslate_ui(self) -> None:
        self.group.setTitle(self.tr("Фильтры"))
        self.town_label.setText(self.tr("Город"))
        kind_labels = {
            "suppliers": self.tr("Ниша"),
            "institutions": self.tr("Роль для инвестора"),
            "routes": self.tr("Вид транспорта"),
        }
        self.kind_label.setText(kind_labels.get(self.kind, self.tr("Тип")))
        self.status_label.setText(self.tr("Статус"))
        self.area_label.setText(self.tr("Площадь не меньше, м²"))
        self.power_label.setText(self.tr("Мощность не меньше, кВт"))
        self.price_label.setText(self.tr("Цена не больше, тенге"))
        self.needs_label.setText(self.tr("Обязательно есть:"))
        for spin in (self.min_area, self.min_power, self.max_price):
            if spin is not None:
                spin.setSpecialValueText(self.tr("не важно"))
                spin.setLocale(self.language.locale())
        for attribute, utility in UTILITIES:
            if attribute in self.utilities:
                self.utilities[attribute].setText(self.language.label("utility", utility))
        self.reset_button.setText(self.tr("Сбросить фильтры"))
        self.demo_label.setText(self.tr("Данные"))
        for index, text in enumerate((self.tr("Все записи"), self.tr("Только из источников"), self.tr("Только демо"))):
            self.demo_box.setItemText(index, text)
        self._explain()
        self.fill_towns()
        self._fill_vocabularies()

    def fill_towns(self) -> None:
        """(Re)list the towns, keeping the current choice; call after towns change."""
        current = self.town.currentData()
        self.town.blockSignals(True)
        self.town.clear()
        self.town.addItem(self.tr("Все города"), None)
        towns = self.catalog.all("towns")
        # Monotowns first (they are what the guide is about), then by name.
        towns.sort(key=lambda t: (t.get("monotown_status") != "monotown", self.formatter.town(t["id"])))
        for town in towns:
            self.town.addItem(self.formatter.town(town["id"]), town["id"])
        index = self.town.findData(current)
        self.town.setCurrentIndex(max(index, 0))
        self.town.blockSignals(False)

    def _fill_vocabularies(self) -> None:
        kind = F.kind(self.kind)
        for box, vocabulary in ((self.kind_box, kind.sort_vocabulary), (self.status, kind.status_vocabulary)):
            if box is None or vocabulary is None:
                continue
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("Любой"), None)
            for code in i18n.codes(vocabulary):
                box.addItem(self.language.label(vocabulary, code), code)
            box.setCurrentIndex(max(box.findData(current), 0))
            box.blockSignals(False)
        if self.price_unit is not None:
            current = self.price_unit.currentData() or DEFAULT_PRICE_UNIT
            self.price_unit.blockSignals(True)
            self.price_unit.clear()
            for code in i18n.codes("price_unit"):
                self.price_unit.addItem(self.language.label("price_unit", code), code)
            self.price_unit.setCurrentIndex(max(self.price_unit.findData(current), 0))
            self.price_unit.blockSignals(False)

    # -- values ---------------------------------------------------------------------

    def filters(self) -> Filters:
        """The filters the controls describe now."""
        town = self.town.currentData()
        filters = Filters(
            towns=[town] if town else [],
            kind=self.kind_box.currentData() if self.kind_box is not None else None,
            status=self.status.currentData() if self.status is not None else None,
            min_area_m2=_value(self.min_area),
            min_power_kw=_value(self.min_power),
            max_price_kzt=_value(self.max_price),
            demo=self.demo_box.currentData(),
        )
        if filters.max_price_kzt is not None and self.price_unit is not None:
            filters.price_unit = self.price_unit.currentData()
        for attribute, box in self.utilities.items():
            setattr(filters, attribute, box.isChecked())
        return filters

    def set_filters(self, filters: Filters) -> None:
        """Show ``filters`` in the controls (a saved preset), then apply them once."""
        self.reset(notify=False)
        for combo, value in ((self.town, filters.towns[0] if filters.towns else None), (self.kind_box, filters.kind),
                             (self.status, filters.status), (self.demo_box, filters.demo)):  # fmt: skip
            if combo is not None:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(value), 0))
                combo.blockSignals(False)
        for spin, number in ((self.min_area, filters.min_area_m2), (self.min_power, filters.min_power_kw),
                             (self.max_price, filters.max_price_kzt)):  # fmt: skip
            if spin is not None:
                spin.blockSignals(True)
                spin.setValue(number if number is not None else spin.minimum())
                spin.blockSignals(False)
        if self.price_unit is not None and filters.price_unit:
            self.price_unit.blockSignals(True)
            self.price_unit.setCurrentIndex(max(self.price_unit.findData(filters.price_unit), 0))
            self.price_unit.blockSignals(False)
        for attribute, box in self.utilities.items():
            box.blockSignals(True)
            box.setChecked(bool(getattr(filters, attribute)))
            box.blockSignals(False)
        self.flush()

    def set_town(self, town_id: str | None) -> None:
        self.town.setCurrentIndex(max(self.town.findData(town_id), 0))
        self.flush()

    def set_choice(self, box: str, code: str | None) -> None:
        """Select a kind or status code (``box`` is "kind" or "status")."""
        combo = self.kind_box if box == "kind" else self.status
        if combo is not None:
            combo.setCurrentIndex(max(combo.findData(code), 0))

    def reset(self, *, notify: bool = True) -> None:
        """Clear every filter; with ``notify=False`` nobody is told (the caller re-queries itself)."""
        controls: list[Any] = [self.town, self.kind_box, self.status, self.min_area, self.min_power, self.max_price,
                               self.demo_box]  # fmt: skip
        for control in [*controls, *self.utilities.values()]:
            if control is None:
                continue
            control.blockSignals(True)
            if isinstance(control, QComboBox):
                control.setCurrentIndex(0)
            elif isinstance(control, QDoubleSpinBox):
                control.setValue(control.minimum())
            else:
                control.setChecked(False)
            control.blockSignals(False)
        if self.price_unit is not None:
            self.price_unit.blockSignals(True)
            self.price_unit.setCurrentIndex(max(self.price_unit.findData(DEFAULT_PRICE_UNIT), 0))
            self.price_unit.blockSignals(False)
        self._timer.stop()
        if notify:
            self._emit()

    def _changed(self, *_: Any) -> None:
        self._timer.start()

    def flush(self) -> None:
        """Apply pending changes now rather than after the pause."""
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        self.filters_changed.emit(self.filters())


def _spin(parent: QWidget, *, step: float, maximum: float) -> QDoubleSpinBox:
    """A number box whose lowest value (0) means "any", shown as the special text."""
    spin = QDoubleSpinBox(parent)
    spin.setDecimals(0)
    spin.setRange(0, maximum)
    spin.setSingleStep(step)
    spin.setGroupSeparatorShown(True)
    spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    spin.setAccelerated(True)
    return spin


def _value(spin: QDoubleSpinBox | None) -> float | None:
    if spin is None or spin.value() <= spin.minimum():
        return None
    return float(spin.value())
