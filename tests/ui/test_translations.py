"""The translations are complete, current and well-formed, and no GUI text bypasses them.

- Every entry of the Kazakh and English .ts files is translated and finished.
- The .ts files hold exactly the strings lupdate finds in guide/ui today, and the
  committed .qm files are what lrelease makes of them (``make translations``).
- No string literal with letters reaches a Qt text setter or constructor
  without going through ``tr()``/``translate()`` (an AST scan of guide/ui).
"""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from guide.ui import translations as T

UI_SOURCES = T.SOURCES
KAZAKH_ONLY = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: tuple[str, ...]  # one text, or one per plural form
    kind: str | None  # the translation's type attribute: unfinished, vanished, obsolete or None
    numerus: bool


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            assert element is not None, f"{path.name}: {message.findtext('source')!r} has no <translation>"
            forms = element.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (element.text or "",)
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=texts,
                    kind=element.get("type"),
                    numerus=message.get("numerus") == "yes",
                )
            )
    return entries


@pytest.fixture(scope="module", params=T.TRANSLATED)
def ts(request: pytest.FixtureRequest) -> tuple[str, list[Entry]]:
    code = request.param
    return code, read_ts(T.ts_path(code))


def test_ts_files_exist_for_each_translated_language() -> None:
    assert T.TRANSLATED == ("kk", "en")
    for code in T.TRANSLATED:
        assert T.ts_path(code).is_file()
        assert T.qm_path(code).is_file(), "run `make translations`"


def test_every_entry_is_translated_and_finished(ts: tuple[str, list[Entry]]) -> None:
    code, entries = ts
    assert len(entries) > 300
    unfinished = [e.source for e in entries if e.kind is not None or not all(t.strip() for t in e.translation)]
    assert unfinished == [], f"{len(unfinished)} {code} entries untranslated or unfinished: {unfinished[:20]}"


def test_translations_keep_placeholders_and_accelerators(ts: tuple[str, list[Entry]]) -> None:
    code, entries = ts
    wrong = []
    for e in entries:
        wanted = sorted(set(PLACEHOLDER.findall(e.source)))
        for text in e.translation:
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                wrong.append((e.source, text, "placeholders"))
            if re.search(r"&\w", e.source) and not re.search(r"&\w", text):
                wrong.append((e.source, text, "accelerator"))
            if e.source.endswith("…") != text.endswith("…"):
                wrong.append((e.source, text, "ellipsis"))
            if e.source.count("<") != text.count("<"):
                wrong.append((e.source, text, "markup"))
        if e.numerus and not all("%n" in t for t in e.translation):
            wrong.append((e.source, e.translation, "plural forms without %n"))
    assert wrong == []


def test_english_has_no_cyrillic() -> None:
    cyrillic = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
    leftovers = [(e.source, t) for e in read_ts(T.ts_path("en")) for t in e.translation if cyrillic.search(t)]
    assert leftovers == []


# Kazakh words the same as the Russian ones (loanwords, units, names); anything else left
# as the Russian source is an untranslated copy.
SAME_IN_KAZAKH = {
    "ДЕМО", "Демо",  # the PDF marks demo data ДЕМО in Kazakh too (guide/pdf/texts.py)
    "фото", "Фото",  # fields.py: photos are «Фото» in Kazakh
    "Файл", "Файл:", "&Файл",
    "Карта",
    "Каталог: {path}",
    " м²", " кВт", " км", "{km} км",  # units are written the same
    "Логистика",  # the same word in Kazakh (fields.py: the routes kind is «Логистика» in both)
}  # fmt: skip


def test_kazakh_is_not_a_copy_of_the_russian() -> None:
    entries = read_ts(T.ts_path("kk"))
    copies = [
        e.source
        for e in entries
        if e.translation[0] == e.source and re.search("[А-Яа-я]", e.source) and e.source not in SAME_IN_KAZAKH
    ]
    assert copies == []
    # Real Kazakh letters, not Cyrillic look-alikes or Latin substitutes.
    assert sum(1 for e in entries if KAZAKH_ONLY & set("".join(e.translation))) > len(entries) // 2


def _source_strings(entries: list[Entry]) -> set[tuple[str, str]]:
    return {(e.context, e.source) for e in entries}


def test_ts_files_are_current_with_the_sources(tmp_path: Path) -> None:
    """lupdate over guide/ui finds exactly the strings the .ts files hold (run `make translations`)."""
    fresh = tmp_path / "fresh_kk.ts"
    subprocess.run(T.lupdate_command([fresh]), check=True, capture_output=True)
    found = _source_strings(read_ts(fresh))
    assert len(found) > 300
    for code in T.TRANSLATED:
        committed = _source_strings(read_ts(T.ts_path(code)))
        assert sorted(found - committed) == [], f"new strings missing from {code}: run `make translations`"
        assert sorted(committed - found) == [], f"{code} holds strings no longer in the sources"


@pytest.mark.parametrize("code", T.TRANSLATED)
def test_qm_files_are_compiled_from_the_current_ts(code: str, tmp_path: Path) -> None:
    qm = tmp_path / f"{code}.qm"
    subprocess.run(T.lrelease_command(T.ts_path(code), qm), check=True, capture_output=True)
    assert T.qm_path(code).read_bytes() == qm.read_bytes(), "run `make translations`"


def test_translators_translate(qapp: object) -> None:
    translations = T.load_translators("kk")
    assert translations, "the Kazakh .qm does not load"
    for translator in translations:
        QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Найти") == "Іздеу"
    finally:
        for translator in translations:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Найти") == "Найти"


# -- nothing bypasses translation ----------------------------------------------------------------

# Methods whose text arguments the user reads.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "addAction", "addMenu", "addTab", "insertTab", "setTabText", "setTabToolTip", "setItemText",
    "addItem", "addItems", "insertItem", "insertItems", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setHeaderLabels", "setHeaderLabel", "setLabelText", "setPrefix", "setSuffix", "setSpecialValueText",
    "setButtonText", "addButton", "setInformativeText", "setDetailedText", "setAccessibleName",
    "setAccessibleDescription", "showMessage", "addRow", "insertRow", "setWindowIconText", "setCancelButtonText",
    "setOkButtonText", "setNameFilter", "setNameFilters", "setDisplayFormat", "setFormat", "setHtml",
}  # fmt: skip
# Constructors whose text arguments the user reads.
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton",
    "QCommandLinkButton", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QStandardItem",
    "QMessageBox", "QProgressDialog", "QDialogButtonBox", "QWidgetAction",
}  # fmt: skip
# Static dialogs: every text argument is shown.
STATIC_DIALOGS = {
    "QMessageBox": {"information", "warning", "critical", "question", "about"},
    "QFileDialog": {"getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"},
    "QInputDialog": {"getText", "getItem", "getInt", "getDouble", "getMultiLineText"},
}
# Calls whose result is translated text (or data already in the UI language).
TRANSLATING_CALLS = {"tr", "translate", "_tr"}
# Literals that may be shown as they are. Each needs a reason.
ALLOWED_LITERALS = {
    "ru", "kk", "en",  # language codes given as item data
    "PDF",  # the same word in every language
    "HH:mm", "dd.MM.yyyy", "yyyy-MM-dd", "d MMM yyyy",  # display formats of date and time editors
    "%p%", "%v", "%m",  # progress bar formats
    "px", "pt",  # units inside style sheets
}  # fmt: skip
LETTER = re.compile(r"[^\W\d_]")
# Markup around the text: whole tags, a tag cut by an f-string value, entities.
MARKUP = re.compile(r"<[^>]*(?:>|$)|^[^<>]*>|&[a-z]+;|&#\d+;")


def is_visible_text(text: str) -> bool:
    """Whether a literal shows words to the user (markup and allowed literals do not count)."""
    bare = MARKUP.sub("", text).strip()
    return bool(LETTER.search(bare)) and bare not in ALLOWED_LITERALS


@dataclass(frozen=True)
class Bypass:
    file: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.call}({self.text!r})"


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _owner_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    return ""


def literal_texts(node: ast.AST) -> Iterator[str]:
    """String constants that reach the screen as they are through ``node`` (not through a tr call)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                yield from literal_texts(part.value)
            else:
                yield from literal_texts(part)
    elif isinstance(node, ast.BinOp):
        yield from literal_texts(node.left)
        yield from literal_texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from literal_texts(node.body)
        yield from literal_texts(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from literal_texts(value)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from literal_texts(element)
    elif isinstance(node, ast.Call):
        name = _call_name(node)
        if name in TRANSLATING_CALLS:
            return
        if name in ("format", "join") and isinstance(node.func, ast.Attribute):
            # "литерал {x}".format(...) shows the literal; ", ".join(parts) shows only the separator.
            if name == "format":
                yield from literal_texts(node.func.value)
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                yield from literal_texts(arg)


def _text_arguments(node: ast.Call) -> list[ast.expr]:
    """The arguments of a call that carry user-visible text."""
    name = _call_name(node)
    owner = _owner_name(node)
    if owner in STATIC_DIALOGS and name in STATIC_DIALOGS[owner]:
        return [*node.args, *(k.value for k in node.keywords if k.arg not in ("dir", "directory", "filter"))]
    if name in TEXT_METHODS or name in TEXT_CLASSES:
        keywords = [k.value for k in node.keywords if k.arg in ("text", "title", "toolTip", "statusTip")]
        return [*node.args, *keywords]
    return []


def _relative(path: Path) -> str:
    return path.relative_to(UI_SOURCES.parent.parent).as_posix()


def bypasses_in(source: str, filename: str) -> Iterator[Bypass]:
    """User-visible literals in ``source`` that reach Qt without a translation call."""
    tree = ast.parse(source, filename=filename)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for argument in _text_arguments(node):
            for text in literal_texts(argument):
                if is_visible_text(text):
                    yield Bypass(filename, node.lineno, _call_name(node), text)


def unreadable_tr_calls(source: str, filename: str) -> Iterator[Bypass]:
    """tr()/translate() calls lupdate can't read: text not a plain literal, or the call inside an f-string.

    lupdate reads an f-string as one string and never sees the calls in it, so
    ``f"<b>{self.tr('Итого')}</b>"`` would stay Russian in every language.
    """
    tree = ast.parse(source, filename=filename)
    helpers = {
        id(n)
        for f in ast.walk(tree)
        if isinstance(f, ast.FunctionDef) and f.name in TRANSLATING_CALLS
        for n in ast.walk(f)
    }
    in_fstrings = {id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for n in ast.walk(f)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in helpers:
            continue
        name = _call_name(node)
        if name in ("tr", "_tr"):
            text = node.args[0] if node.args else None
        elif name == "translate" and _owner_name(node) in ("QCoreApplication", "QApplication"):
            text = node.args[1] if len(node.args) > 1 else None
        else:
            continue
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            yield Bypass(filename, node.lineno, name, ast.unparse(text) if text is not None else "")
        elif id(node) in in_fstrings:
            yield Bypass(filename, node.lineno, f"{name} inside an f-string", text.value)


def ui_files() -> list[Path]:
    return sorted(UI_SOURCES.rglob("*.py"))


def test_the_scan_sees_the_ui_files() -> None:
    names = {p.relative_to(UI_SOURCES).as_posix() for p in ui_files()}
    assert {"main_window.py", "translations.py", "browse/browse_page.py"} <= names


def test_no_user_visible_literal_bypasses_translation() -> None:
    bypasses = [str(b) for path in ui_files() for b in bypasses_in(path.read_text(encoding="utf-8"), _relative(path))]
    assert bypasses == []


def test_every_tr_call_has_a_literal_lupdate_can_read() -> None:
    unreadable = [
        str(b) for path in ui_files() for b in unreadable_tr_calls(path.read_text(encoding="utf-8"), _relative(path))
    ]
    assert unreadable == []


@pytest.mark.parametrize(
    ("code", "found"),
    [
        ('label.setText("Готово")', ["Готово"]),
        ('QPushButton("Сохранить", self)', ["Сохранить"]),
        ('QMessageBox.warning(self, "Ошибка", self.tr("Текст"))', ["Ошибка"]),
        ('self.setWindowTitle(f"Гид — {name}")', ["Гид — "]),
        ('box.addItem("Все", None)', ["Все"]),
        ('table.setHorizontalHeaderLabels(["Город", self.tr("Площадь")])', ["Город"]),
        ('label.setText("Итого: {n}".format(n=n))', ["Итого: {n}"]),
        ('label.setText(self.tr("Итого: {n}").format(n=n))', []),
        ('label.setText(", ".join(names))', []),
        ('combo.addItem("ru")', []),
        ('label.setText("★")', []),
        ("label.setText(str(count))", []),
    ],
)
def test_the_scan_catches_bypasses(code: str, found: list[str]) -> None:
    """The scanner itself: literals reaching setters are found, translated ones are not."""
    assert [b.text for b in bypasses_in(code, "sample.py")] == found


@pytest.mark.parametrize(
    ("code", "found"),
    [
        ('self.tr("Итого")', []),
        ('QCoreApplication.translate("Ctx", "Итого")', []),
        ("self.tr(text)", ["text"]),
        ('self.tr(f"Итого {n}")', ["f'Итого {n}'"]),
        ('QCoreApplication.translate("Ctx", name)', ["name"]),
        ("label.setText(f\"<b>{self.tr('Итого')}</b>\")", ["Итого"]),
        ('def _tr(text):\n    return QCoreApplication.translate("", text)', []),
    ],
)
def test_the_scan_catches_tr_calls_lupdate_cannot_read(code: str, found: list[str]) -> None:
    assert [b.text for b in unreadable_tr_calls(code, "sample.py")] == found
