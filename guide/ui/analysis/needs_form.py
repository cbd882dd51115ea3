"""The needs form: towns, kind, minimum area and power, utilities, maximum price and distance to rail."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guide import i18n
from guide.catalog.match import Needs
from guide.catalog.store import Catalog
from guide.ui.language import UiLanguage

# The utilities asked for with a check box: Needs attribute → utility vocabulary code.
UTILITY_BOXES: dict[str, str] = {
    "gas": "gas",
    "water": "water",
    "heating": "heating",
    "sewerage": "sewerage",
    "rail": "rail_siding",
}
# Numeric needs: Needs attribute → (decimals, maximum). Zero means "not asked for".
NUMBER_BOXES: dict[str, tuple[int, float]] = {
    "min_area_m2": (0, 10_000_000.0),
    "min_power_kw": (0, 1_000_000.0),
    "max_price_kzt": (0, 1e13),
    "max_distance_rail_km": (1, 10_000.0),
}
# What the maximum price is for until the user says otherwise: most premises are let by the month.
DEFAULT_PRICE_UNIT = "per_month"


class NeedsForm(QWidget):
    """Edits a :class:`Needs`; emits ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, *, catalog: Catalog, language: UiLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self._quiet = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.towns_label = QLabel(self)
        layout.addWidget(self.towns_label)
        self.towns = QListWidget(self)
        self.towns.setMaximumHeight(130)
        self.towns.itemChanged.connect(self._emit)
        layout.addWidget(self.towns)

        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.currentIndexChanged.connect(self._emit)
        self.kind_label = QLabel(self)
        form.addRow(self.kind_label, self.kind)
        self.numbers: dict[str, QDoubleSpinBox] = {}
        self.number_labels: dict[str, QLabel] = {}
        for name, (decimals, maximum) in NUMBER_BOXES.items():
            box = QDoubleSpinBox(self)
            box.setDecimals(decimals)
            box.setRange(0.0, maximum)
            box.setGroupSeparatorShown(True)
            box.setAccelerated(True)
            box.setSingleStep(10.0 ** (2 if decimals == 0 else 0))
            box.valueChanged.connect(self._emit)
            label = QLabel(self)
            label.setBuddy(box)
            self.numbers[name] = box
            self.number_labels[name] = label
            form.addRow(label, box)
            if name == "max_price_kzt":
                # What the price is for: a premise priced in another unit is not compared with it.
                self.price_unit = QComboBox(self)
                self.price_unit.setObjectName("needs_price_unit")
                self.price_unit.currentIndexChanged.connect(self._emit)
                self.price_unit_label = QLabel(self)
                self.price_unit_label.setBuddy(self.price_unit)
                form.addRow(self.price_unit_label, self.price_unit)
        layout.addLayout(form)

        grid = QGridLayout()
        self.utilities: dict[str, QCheckBox] = {}
        for i, name in enumerate(UTILITY_BOXES):
            check = QCheckBox(self)
            check.toggled.connect(self._emit)
            self.utilities[name] = check
            grid.addWidget(check, i // 2, i % 2)
        layout.addLayout(grid)
        self.include_unavailable = QCheckBox(self)
        self.include_unavailable.toggled.connect(self._emit)
        layout.addWidget(self.include_unavailable)
        layout.addStretch(1)

        self.reload_towns()
        self.retranslate_ui()
        language.changed.connect(self.retranslate_ui)

    # -- texts ----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        lang = self.language.code
        self.towns_label.setText(self.tr("Города (ни одного — любой):"))
        self.kind_label.setText(self.tr("Тип объекта:"))
        wanted = self.kind.currentData()
        self._quiet = True
        self.kind.clear()
        self.kind.addItem(self.tr("Любой"), None)
        for code in i18n.codes("premise_kind"):
            self.kind.addItem(i18n.label("premise_kind", code, lang), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(wanted)))
        unit = self.price_unit.currentData() or DEFAULT_PRICE_UNIT
        self.price_unit.clear()
        for code in i18n.codes("price_unit"):
            self.price_unit.addItem(i18n.label("price_unit", code, lang), code)
        self.price_unit.setCurrentIndex(max(0, self.price_unit.findData(unit)))
        self.price_unit_label.setText(self.tr("Цена указана:"))
        self._quiet = False
        texts = {
            "min_area_m2": (self.tr("Площадь от:"), self.tr(" м²")),
            "min_power_kw": (self.tr("Мощность от:"), self.tr(" кВт")),
            "max_price_kzt": (self.tr("Цена до:"), self.tr(" ₸")),
            "max_distance_rail_km": (self.tr("До ж/д станции до:"), self.tr(" км")),
        }
        for name, (label, suffix) in texts.items():
            box = self.numbers[name]
            self.number_labels[name].setText(label)
            box.setSuffix(suffix)
            box.setSpecialValueText(self.tr("не важно"))
            box.setLocale(self.language.locale())
        for name, code in UTILITY_BOXES.items():
            self.utilities[name].setText(i18n.label("utility", code, lang))
        self.include_unavailable.setText(self.tr("Показывать и занятые"))
        self.include_unavailable.setToolTip(
            self.tr("Помещения в резерве, в аренде и проданные — в конце списка, после свободных")
        )
        self._retranslate_towns()

    def reload_towns(self) -> None:
        """Re-read the towns (after a write to them), keeping the ticks."""
        ticked = set(self._ticked_towns())
        self._quiet = True
        self.towns.clear()
        for town in self.catalog.all("towns", order_by="name"):
            item = QListWidgetItem(i18n.localized(town, "name", self.language.code)[0])
            item.setData(Qt.ItemDataRole.UserRole, town["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if town["id"] in ticked else Qt.CheckState.Unchecked)
            self.towns.addItem(item)
        self._quiet = False

    def _retranslate_towns(self) -> None:
        self._quiet = True
        for row in range(self.towns.count()):
            item = self.towns.item(row)
            town = self.catalog.get("towns", item.data(Qt.ItemDataRole.UserRole))
            if town is not None:
                item.setText(i18n.localized(town, "name", self.language.code)[0])
        self._quiet = False

    # -- values ---------------------------------------------------------------------

    def _ticked_towns(self) -> list[str]:
        return [
            self.towns.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.towns.count())
            if self.towns.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _number(self, name: str) -> float | None:
        value = self.numbers[name].value()
        return value if value > 0 else None

    def needs(self) -> Needs:
        """The needs as the form shows them."""
        return Needs(
            towns=self._ticked_towns(),
            kind=self.kind.currentData(),
            min_area_m2=self._number("min_area_m2"),
            min_power_kw=self._number("min_power_kw"),
            gas=self.utilities["gas"].isChecked(),
            water=self.utilities["water"].isChecked(),
            heating=self.utilities["heating"].isChecked(),
            sewerage=self.utilities["sewerage"].isChecked(),
            rail=self.utilities["rail"].isChecked(),
            max_price_kzt=self._number("max_price_kzt"),
            # The unit qualifies the maximum price; without one it says nothing.
            price_unit=self.price_unit.currentData() if self._number("max_price_kzt") is not None else None,
            max_distance_rail_km=self._number("max_distance_rail_km"),
            include_unavailable=self.include_unavailable.isChecked(),
        )

    def set_needs(self, needs: Needs) -> None:
        """Show ``needs``; emits ``changed`` once."""
        self._quiet = True
        wanted = set(needs.towns)
        for row in range(self.towns.count()):
            item = self.towns.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.kind.setCurrentIndex(max(0, self.kind.findData(needs.kind)))
        for name, box in self.numbers.items():
            value = getattr(needs, name)
            box.setValue(0.0 if value is None else float(value))
        for name, check in self.utilities.items():
            check.setChecked(bool(getattr(needs, name)))
        self.price_unit.setCurrentIndex(max(0, self.price_unit.findData(needs.price_unit or DEFAULT_PRICE_UNIT)))
        self.include_unavailable.setChecked(needs.include_unavailable)
        self._quiet = False
        self.changed.emit()

    def clear(self) -> None:
        self.set_needs(Needs())

    def _emit(self, *_: object) -> None:
        if not self._quiet:
            self.changed.emit()
