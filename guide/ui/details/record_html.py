"""A record as HTML for the detail pane: every field with its label, badges, gaps and provenance.

Every value that comes from the catalog is escaped (``html.escape``): a
premise called ``Цех ТОО «A&B» <Сервис>`` must show as written, not as markup.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from guide.catalog import fields as F
from guide.catalog import quality, rules
from guide.ui import palette
from guide.ui.formatting import Formatter

# Groups shown in their own sections below the field tables (or by the pane itself).
_OWN_SECTIONS = {F.GAPS, F.TEXTS, F.PHOTOS_GROUP, F.PROVENANCE}


def _tr(text: str) -> str:
    # lupdate files _tr() strings under the empty context (see guide/ui/translations.py).
    return QCoreApplication.translate("", text)


def _group_title(key: str) -> str:
    titles = {
        F.MAIN: _tr("Основное"),
        F.SIZE: _tr("Размеры"),
        F.DEAL: _tr("Условия сделки"),
        F.UTILITIES: _tr("Инженерные сети"),
        F.TRANSPORT: _tr("Транспорт"),
        # The form's tab title says the same.
        F.NEEDS: QCoreApplication.translate("Sections", "Потребности проекта"),
        F.CONTACT: _tr("Контакты"),
    }
    return titles[key]


def _groups(kind: F.Kind) -> list[tuple[str, list[F.Field]]]:
    """The field tables: every group of the kind but those with sections of their own, without the title."""
    shown = [f for f in kind.fields if f.group not in _OWN_SECTIONS and f.code != kind.title_field]
    return kind.grouped(shown)


def _row(label: str, value: str, *, style: str = "") -> str:
    return (
        f'<tr><td style="color:{palette.css(palette.MUTED)}; padding:2px 12px 2px 0">{escape(label)}</td>'
        f'<td style="padding:2px 0; {style}">{value}</td></tr>'
    )


def record_html(kind_name: str, record: dict[str, Any], *, formatter: Formatter, today: dt.date | None = None) -> str:
    """The body of the detail pane for one record (title and photos are shown by the pane itself)."""
    kind = F.kind(kind_name)
    lang = formatter.lang
    parts: list[str] = []
    if rules.is_demo(record):
        # Translated outside the f-string: lupdate does not look inside f-strings.
        demo = escape(_tr("ДЕМО-ДАННЫЕ"))
        invented = escape(_tr("запись придумана для демонстрации; это не факт и не предложение"))
        parts.append(
            f'<p style="background:{palette.css(palette.DEMO_BACKGROUND)}; color:{palette.css(palette.DEMO_TEXT)};'
            f' padding:6px"><b>{demo}</b> — {invented}</p>'
        )
    score, missing = quality.completeness(kind_name, record)
    if quality.CRITICAL_FIELDS.get(kind_name):
        color = palette.css(palette.completeness_color(score))
        line = _tr("Заполнено {percent} % ключевых полей").format(percent=round(score * 100))
        if missing:
            names = ", ".join(quality.field_label(kind_name, code, lang) for code in missing)
            line += "; " + _tr("не хватает: {fields}").format(fields=names)
        parts.append(f'<p style="color:{color}">{escape(line)}</p>')

    for key, group in _groups(kind):
        rows = []
        for field in group:
            code = field.code
            text = formatter.value(field, record)
            if field.type == F.TEXT and f"{code}_{lang}" in kind.codes:
                text, fallback = formatter.text(record, code)
                if fallback:
                    text += " " + _tr("(нет перевода)")
            if text:
                rows.append(_row(field.label(lang), escape(text)))
            elif field.capacity_of and record.get(field.capacity_of) == 0:
                # A capacity means nothing where the utility is absent: a dash, not "missing".
                rows.append(_row(field.label(lang), "—", style=f"color:{palette.css(palette.MUTED)}"))
            else:
                rows.append(_row(field.label(lang), escape(_tr("не указано")),
                                 style=f"color:{palette.css(palette.MUTED)}"))  # fmt: skip
        parts.append(f"<h3>{escape(_group_title(key))}</h3><table>{''.join(rows)}</table>")

    if kind.in_group(F.GAPS):
        parts.append(_missing_infrastructure(kind, record, formatter=formatter, today=today))

    if "description" in kind.codes:
        text, fallback = formatter.text(record, "description")
        if text:
            note = " <i>" + escape(_tr("(нет перевода, показано по-русски)")) + "</i>" if fallback else ""
            paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
            parts.append(f"<h3>{escape(kind.field('description').label(lang))}{note}</h3>{paragraphs}")

    parts.append(_provenance(kind, record, formatter=formatter, today=today))
    return "".join(parts)


def _missing_infrastructure(
    kind: F.Kind, record: dict[str, Any], *, formatter: Formatter, today: dt.date | None
) -> str:
    lang = formatter.lang
    title = escape(kind.field("missing_infrastructure").label(lang))
    missing = formatter.labels("utility", record.get("missing_infrastructure"))
    if not missing:
        return f"<h3>{title}</h3><p>" + escape(_tr("Нет: всё необходимое подведено")) + "</p>"
    rows = [_row(_tr("Чего не хватает"), f"<b>{escape(missing)}</b>")]
    commitment = str(record.get("akimat_commitment") or "")
    due = record.get("commitment_due")
    if commitment:
        rows.append(_row(kind.field("akimat_commitment").label(lang), escape(commitment)))
    else:
        rows.append(_row(kind.field("akimat_commitment").label(lang), escape(_tr("нет обязательства")),
                         style=f"color:{palette.css(palette.POOR)}"))  # fmt: skip
    if due:
        text = escape(formatter.date(due))
        if rules.is_overdue(due, today):
            text = f"<b>{text} — " + escape(_tr("срок прошёл")) + "</b>"
            rows.append(_row(kind.field("commitment_due").label(lang), text,
                             style=f"color:{palette.css(palette.OVERDUE_TEXT)}"))  # fmt: skip
        else:
            rows.append(_row(kind.field("commitment_due").label(lang), text))
    return f"<h3>{title}</h3><table>{''.join(rows)}</table>"


def _provenance(kind: F.Kind, record: dict[str, Any], *, formatter: Formatter, today: dt.date | None) -> str:
    lang = formatter.lang
    source = formatter.marked(record, "source")
    if rules.is_demo(record):
        source_text = escape(_tr("демо (придуманные данные)"))
    elif source:
        source_text = escape(source)
    else:
        source_text = f'<span style="color:{palette.css(palette.POOR)}">' + escape(_tr("не указан")) + "</span>"
    rows = [_row(kind.field("source").label(lang), source_text)]
    as_of = record.get("as_of")
    if as_of:
        text = escape(formatter.date(as_of))
        if rules.is_stale(record, today=today):
            text += " — " + escape(_tr("устарело: проверялось больше года назад"))
            rows.append(_row(kind.field("as_of").label(lang), text,
                             style=f"color:{palette.css(palette.OVERDUE_TEXT)}"))  # fmt: skip
        else:
            rows.append(_row(kind.field("as_of").label(lang), text))
    else:
        rows.append(_row(kind.field("as_of").label(lang), escape(_tr("не указана")),
                         style=f"color:{palette.css(palette.POOR)}"))  # fmt: skip
    return "<h3>" + escape(_tr("Источник")) + f"</h3><table>{''.join(rows)}</table>"
