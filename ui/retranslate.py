"""A language chosen in Settings applies at once, to every window, page, menu and card shown.

The pages set their texts once, when they are built, from ``QCoreApplication.translate()``.
Switching the language (:func:`switch_language`) installs the new translators, then walks every
widget and menu action: a text that is one of the window's texts in the language it was shown
in (the old language's ``.ts`` says which source and context it came from) is translated again
into the new one. Texts built from other words ("Plan · 3 steps", a date, a device's state)
are the widget's own to rebuild: a widget with a ``retranslate()`` method is asked to, after
its plain texts were switched. What the person typed, the history and the plans shown stay as
they are. Widgets marked with the ``keepWords`` property (a message's words) are left alone.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from functools import cache, partial
from typing import Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from ui.translations import TRANSLATION, TRANSLATIONS, candidates

_LOGGER = logging.getLogger(__name__)

KEEP_WORDS = "keepWords"
"""A widget with this property set shows someone's words (a message), never retranslated."""

Origins = dict[str, list[tuple[str, str]]]
"""A text as shown → the (context, source) pairs it was translated from."""


@runtime_checkable
class Retranslatable(Protocol):
    def retranslate(self) -> None:
        """Say the widget's composed texts again in the window's (new) language."""


@cache
def origins(language: str) -> Origins:
    """Where each text the window shows in *language* comes from (``en``: the sources).

    Plural entries and texts with ``{placeholders}`` are left out: they are never shown as
    written, only composed (their widgets rebuild them with ``retranslate()``)."""
    found: Origins = {}
    files = [TRANSLATIONS / f"hearth_{name}.ts" for name in candidates(language)]
    english = candidates(language)[-1] == "en"
    if english:  # the sources are the same in every file: any one says them
        files = sorted(TRANSLATIONS.glob("hearth_*.ts"))[:1]
    for path in files:
        if not path.exists():
            continue
        root = ET.parse(path).getroot()  # Hearth's own file, shipped with it
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                if message.get("numerus") == "yes" or "{" in source or not source:
                    continue
                shown = source if english else (message.findtext("translation") or "")
                if shown:
                    found.setdefault(shown, []).append((name, source))
        break
    return found


def _again(text: str, before: Origins, contexts: list[str]) -> str | None:
    """*text* in the window's new language, when it is one of the window's texts in the
    language *before*; the context nearest the widget (its class, then its parents') wins."""
    if not text:
        return None
    sources = before.get(text)
    if not sources:
        return None
    ranked = sorted(
        sources,
        key=lambda pair: contexts.index(pair[0]) if pair[0] in contexts else len(contexts),
    )
    context, source = ranked[0]
    return QCoreApplication.translate(context, source)


def _contexts(widget: QWidget) -> list[str]:
    """The widget's class and its parents' classes, nearest first (the translation contexts
    their texts were written under)."""
    names: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        names.extend(cls.__name__ for cls in type(current).__mro__[:3])
        current = current.parentWidget()
    names.append("Hearth")
    return names


def _switch(
    get: Callable[[], str], put: Callable[[str], None], before: Origins, contexts: list[str]
) -> None:
    again = _again(get(), before, contexts)
    if again is not None:
        put(again)


def _widget_texts(widget: QWidget, before: Origins) -> None:
    contexts = _contexts(widget)

    def switch(get: Callable[[], str], put: Callable[[str], None]) -> None:
        _switch(get, put, before, contexts)

    switch(widget.windowTitle, widget.setWindowTitle)
    switch(widget.toolTip, widget.setToolTip)
    switch(widget.statusTip, widget.setStatusTip)
    switch(widget.whatsThis, widget.setWhatsThis)
    switch(widget.accessibleName, widget.setAccessibleName)
    switch(widget.accessibleDescription, widget.setAccessibleDescription)
    if isinstance(widget, QLabel | QAbstractButton):
        switch(widget.text, widget.setText)
    elif isinstance(widget, QGroupBox):
        switch(widget.title, widget.setTitle)
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        switch(widget.placeholderText, widget.setPlaceholderText)  # never what was typed
    elif isinstance(widget, QMenu):
        switch(widget.title, widget.setTitle)
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            switch(partial(widget.itemText, index), partial(widget.setItemText, index))
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            switch(partial(widget.tabText, index), partial(widget.setTabText, index))
    elif isinstance(widget, QListWidget | QTreeWidget | QTableWidget):
        _item_texts(widget, switch)
    if isinstance(widget, QAbstractItemView):  # models say their texts when asked again
        widget.viewport().update()
    for action in widget.actions():
        _action_texts(action, before, contexts)


def _item_texts(
    view: QListWidget | QTreeWidget | QTableWidget,
    switch: Callable[[Callable[[], str], Callable[[str], None]], None],
) -> None:
    """A list's rows (their texts and tips), a tree's header and top rows, a table's header,
    switched through the view's model, by row and column: no Python wrapper of an item is
    made. Qt makes a tree's header item and deletes it with the tree, unseen by the wrapper,
    which a reference kept anywhere (a frame in a traceback) keeps in PySide's table of
    wrappers by address: the next object made there, a widget, came back as that item."""
    model = view.model()
    horizontal = Qt.Orientation.Horizontal
    # A list's model is a list model, whose column count PySide keeps private: one column.
    columns = 1 if isinstance(view, QListWidget) else model.columnCount(QModelIndex())
    if isinstance(view, QTreeWidget | QTableWidget):
        for column in range(columns):
            switch(
                partial(_said, model.headerData(column, horizontal)),
                partial(_put_header, model, column),
            )
    if isinstance(view, QTableWidget):
        return
    roles = [Qt.ItemDataRole.DisplayRole]
    if isinstance(view, QListWidget):
        roles.append(Qt.ItemDataRole.ToolTipRole)
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in roles:
                switch(
                    partial(_said, model.data(index, role)),
                    partial(_put_data, model, index, role),
                )


def _said(value: object) -> str:
    return value if isinstance(value, str) else ""


def _put_header(model: QAbstractItemModel, column: int, text: str) -> None:
    model.setHeaderData(column, Qt.Orientation.Horizontal, text)


def _put_data(model: QAbstractItemModel, index: QModelIndex, role: int, text: str) -> None:
    model.setData(index, text, role)


def _action_texts(action: QAction, before: Origins, contexts: list[str]) -> None:
    _switch(action.text, action.setText, before, contexts)
    _switch(action.iconText, action.setIconText, before, contexts)
    _switch(action.toolTip, action.setToolTip, before, contexts)
    _switch(action.statusTip, action.setStatusTip, before, contexts)


def _live(thing: QObject) -> bool:
    """Whether *thing* is still there: a widget's ``retranslate()`` may rebuild its rows and
    delete widgets listed before it ran."""
    return shiboken6.isValid(thing)


def _kept(widget: QWidget) -> bool:
    return bool(widget.property(KEEP_WORDS))


def retranslate_widgets(widgets: Iterable[QWidget], before: Origins) -> None:
    """Say *widgets*' texts, shown in the language whose :func:`origins` are *before*, in the
    window's language now; then let each widget rebuild its composed texts."""
    widgets = [widget for widget in widgets if isinstance(widget, QWidget)]
    for widget in widgets:
        if _live(widget) and not _kept(widget):
            _widget_texts(widget, before)
    models: dict[int, QAbstractItemModel] = {}
    for widget in widgets:
        if (
            _live(widget)
            and isinstance(widget, QAbstractItemView)
            and not isinstance(
                widget,
                QHeaderView | QListWidget | QTreeWidget | QTableWidget,  # items: switched above
            )
        ):
            model: QAbstractItemModel | None = widget.model()
            while model is not None:
                models[id(model)] = model
                model = model.sourceModel() if isinstance(model, QAbstractProxyModel) else None
    for model in models.values():  # the dates, and the headers, said again
        if not _live(model):
            continue
        if isinstance(model, Retranslatable):
            model.retranslate()
        columns = model.columnCount(QModelIndex())
        if columns:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    for widget in widgets:  # after the plain texts: a rebuilt text is never switched twice
        if _live(widget) and isinstance(widget, Retranslatable):
            widget.retranslate()


class LanguageWatch(QObject):
    """Calls *then* once the application's language changed (a switch installs and removes
    several translators: one call after the last), for the objects that are no widgets (the
    tray, push-to-talk) and keep composed texts. Ends with *owner*."""

    def __init__(self, owner: QObject, then: Callable[[], None]) -> None:
        super().__init__(owner)
        self._then = then
        self._pending = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.LanguageChange
            and watched is QCoreApplication.instance()
            and not self._pending
        ):
            self._pending = True
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self._pending = False
        self._then()


def switch_language(app: QApplication, language: str) -> str:
    """Show the window in *language* from now on (every window, menu and card already shown);
    returns the language whose translation was loaded ("en": none)."""
    before = origins(TRANSLATION.language)
    if candidates(language)[0] in (TRANSLATION.language, candidates(TRANSLATION.language)[0]):
        return TRANSLATION.language
    shown = TRANSLATION.install(app, language)
    retranslate_widgets(app.allWidgets(), before)
    _LOGGER.info("The window now speaks %s", shown)
    return shown
