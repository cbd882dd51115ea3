"""The browse pages driven like a user: filters, search as you type, "N of M", the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from guide.catalog.search import Filters
from tests.ui.conftest import type_text


def count_text(page) -> str:
    return page.count_label.text()


def test_filters_update_the_table_and_the_count(window, qtbot):
    page = window.browse_pages["premises"]
    window.show_page("premises")
    assert count_text(page) == "Показано 30 из 30"
    panel = page.filter_panel
    panel.town.setCurrentIndex(panel.town.findData("temirtau"))
    qtbot.waitUntil(lambda: count_text(page) == "Показано 7 из 30")
    assert page.model.rowCount() == 7
    assert all(page.model.record(r)["town"] == "temirtau" for r in range(7))
    assert panel.min_power is not None
    panel.min_power.setValue(500)
    panel.utilities["rail_siding"].setChecked(True)
    expected = window.catalog.count("premises", Filters(towns=["temirtau"], min_power_kw=500, rail_siding=True))
    qtbot.waitUntil(lambda: count_text(page) == f"Показано {expected} из 30")
    assert 0 < expected < 7
    for row in range(page.model.rowCount()):
        record = page.model.record(row)
        assert record["power_kw"] >= 500 and record["rail_siding"] == 1


def test_search_as_you_type_in_cyrillic_combines_with_the_filters(window, qtbot):
    page = window.browse_pages["premises"]
    window.show_page("premises")
    with qtbot.waitSignal(page.search.search_changed, timeout=2000):
        type_text(page.search, "склад")
    everywhere = window.catalog.count("premises", Filters(), "склад")
    assert count_text(page) == f"Показано {everywhere} из 30"
    # Typing is debounced: one query per pause, not one per letter.
    assert page.search.text() == "склад"
    page.filter_panel.town.setCurrentIndex(page.filter_panel.town.findData("balkhash"))
    in_balkhash = window.catalog.count("premises", Filters(towns=["balkhash"]), "склад")
    qtbot.waitUntil(lambda: count_text(page) == f"Показано {in_balkhash} из 30")
    assert 0 < in_balkhash < everywhere


def test_search_text_in_kazakh_finds_town_names(window, qtbot):
    page = window.browse_pages["premises"]
    window.show_page("premises")
    with qtbot.waitSignal(page.search.search_changed, timeout=2000):
        type_text(page.search, "Балқаш")
    assert count_text(page) == "Показано 7 из 30"


def test_ctrl_f_focuses_the_search_box(window, qtbot):
    window.show_page("map")
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.browse_pages["premises"]
    assert window.current_page_key() == "premises"
    qtbot.waitUntil(lambda: page.search.hasFocus())


def test_selecting_a_row_fills_the_detail_pane(window, qtbot):
    page = window.browse_pages["premises"]
    window.show_page("premises")
    row = page.model.row_of(5)
    assert row is not None
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(row, 1)).center())  # fmt: skip
    detail = page.detail
    assert detail.record_id == 5
    # Id 5 is called «Цех ТОО «A&B» <Сервис>»: escaped, it shows as written.
    assert "&lt;Сервис&gt;" in detail.title.text()
    assert "<Сервис>" in detail.body.toPlainText() or "Сервис" in detail.title.text()
    body = detail.body.toPlainText()
    for label in ("Площадь, м²", "Электричество, кВт", "Ж/д тупик", "Источник", "Дата актуальности"):
        assert label in body
    assert "ДЕМО" in detail.title.text()
    assert detail.shortlist_button.isVisible()


def test_the_detail_pane_shows_missing_infrastructure_and_overdue_commitments(window, qtbot):
    catalog = window.catalog
    overdue = [p for p in catalog.all("premises") if p["commitment_due"] and p["commitment_due"] < "2026-01-01"]
    assert overdue
    page = window.browse_pages["premises"]
    window.show_page("premises")
    assert page.select_record(overdue[0]["id"])
    html = page.detail.body.toHtml()
    text = page.detail.body.toPlainText()
    assert "Недостающая инфраструктура" in text
    assert "срок прошёл" in text
    assert overdue[0]["akimat_commitment"] in text
    assert "#b3261e" in html.lower()


def test_selecting_a_record_hidden_by_the_filters_clears_them(window, qtbot):
    page = window.browse_pages["premises"]
    window.show_page("premises")
    page.filter_panel.town.setCurrentIndex(page.filter_panel.town.findData("abai"))
    page.filter_panel.flush()
    temirtau = window.catalog.where("premises", "town", "temirtau")[0]["id"]
    assert page.select_record(temirtau)
    assert page.current_record_id() == temirtau
    assert page.filter_panel.town.currentData() is None


def test_a_write_elsewhere_refreshes_the_table(window, qtbot):
    page = window.browse_pages["premises"]
    window.show_page("premises")
    window.catalog.insert(
        "premises", {"town": "abai", "title": "Новый склад", "kind": "warehouse", "floor_area_m2": 300}
    )
    qtbot.waitUntil(lambda: count_text(page) == "Показано 31 из 31")
    assert "Помещения: 31" in window.counts_label.text()


def test_projects_filter_by_kind_and_status(window, qtbot):
    page = window.browse_pages["projects"]
    window.show_page("projects")
    page.filter_panel.set_choice("kind", "infrastructure")
    page.filter_panel.flush()
    expected = window.catalog.count("projects", Filters(kind="infrastructure"))
    assert count_text(page) == f"Показано {expected} из 8"
    assert {page.model.record(r)["kind"] for r in range(page.model.rowCount())} == {"infrastructure"}


def test_the_detail_pane_shows_the_premise_s_photos(window, qtbot):
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    window.catalog.add_photo(7, "hall.png", bytes(data.data()))
    page = window.browse_pages["premises"]
    window.show_page("premises")
    assert page.select_record(7)
    qtbot.waitUntil(lambda: len(page.detail.photos.thumbnails) == 1)
    thumb = page.detail.photos.thumbnails[0]
    assert thumb.pixmap().height() == 120
    assert thumb.toolTip() == "hall.png"
    assert page.detail.photos.isVisible()
    assert page.select_record(8)
    assert page.detail.photos.thumbnails == [] and not page.detail.photos.isVisible()


def test_the_max_price_compares_like_with_like(window, qtbot):
    """Issue 13: a monthly budget never admits a sale price, and a sale budget never a monthly rent."""
    page = window.browse_pages["premises"]
    window.show_page("premises")
    panel = page.filter_panel
    assert panel.max_price is not None and panel.price_unit is not None
    assert panel.price_unit.currentData() == "per_month"  # the default: most prices are rents
    # 50 million: more than any monthly rent, and more than several sale prices.
    panel.max_price.setValue(50_000_000)
    expected = window.catalog.count("premises", Filters(max_price_kzt=50_000_000, price_unit="per_month"))
    qtbot.waitUntil(lambda: count_text(page) == f"Показано {expected} из 30")
    units = {page.model.record(r)["price_unit"] for r in range(page.model.rowCount())}
    assert units == {"per_month"}
    # The price column says what the price is for.
    price = [c.key for c in page.model.columns].index("price_kzt")
    assert str(page.model.index(0, price).data()).endswith("в месяц")
    panel.price_unit.setCurrentIndex(panel.price_unit.findData("total"))
    expected = window.catalog.count("premises", Filters(max_price_kzt=50_000_000, price_unit="total"))
    qtbot.waitUntil(lambda: count_text(page) == f"Показано {expected} из 30")
    assert expected > 0
    for row in range(page.model.rowCount()):
        record = page.model.record(row)
        assert record["price_unit"] == "total" and record["price_kzt"] <= 50_000_000
