"""The start page: the assessments in a table with search and filters, and the actions on them.

An empty data folder shows a short welcome instead, with the two ways to begin (a new assessment,
or demo data to look around). The actions themselves (reopen, discard, report, packages, demo data)
are carried out by ``ListActions``; this page only knows what is selected and what to enable.

Once packages were imported, a coordinator's row (``ImportedFilter``) adds filters by officer,
device, package and import date, a Review column, and the Review…, Conflicts… and Export tables…
buttons. The form filter and the form titles need the form definitions parsed, which is slow:
``load_form_titles`` does it after the list has been painted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from needsassess.store import COMPLETE, DRAFT, AssessmentStore, AssessmentSummary, ListQuery, StoreError
from needsassess.store.records import RETURNED
from needsassess.ui.actions import ListActions
from needsassess.ui.assessment_model import FLAGS_COLUMN, REVIEW_COLUMN, AssessmentTableModel, ListFilter
from needsassess.ui.fitting import flow_widget
from needsassess.ui.flag_filter import FlagFilter, record_follow_up
from needsassess.ui.i18n import current_language, error_text
from needsassess.ui.imported_filter import ImportedFilter
from needsassess.ui.list_columns import ColumnFitter
from needsassess.ui.map_panel import MapPanel
from needsassess.ui.naming import named
from needsassess.ui.quality_flags import FlagMap, FlagsLoader
from needsassess.ui.read_only_banner import writes_refused
from needsassess.ui.welcome import WelcomePanel

SEARCH_PAUSE_MS = 200
TITLES_FALLBACK_MS = 300  # load form titles anyway if the list is never painted


class _FirstPaint(QObject):
    """Calls ``callback`` once, just after the first paint of ``widget`` (or after a fallback delay)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget, self._callback, self._done = widget, callback, False
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            self._widget.removeEventFilter(self)
            self._callback()


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)  # the flag filter and follow-up share the row: fits 800 px in Uzbek
    return combo


class StartPage(QWidget):
    """The list of assessments; asks the window to open one with ``open_requested``."""

    open_requested = Signal(str, bool)  # uuid, read_only
    new_requested = Signal()
    message = Signal(str)  # a short note for the status bar
    changed = Signal()  # the store changed (counts in the status bar are stale)
    forms_loaded = Signal()  # form titles and the form filter are filled

    def __init__(self, store: AssessmentStore, form_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_page")
        self._store = store
        self._form_language = form_language
        self.model = AssessmentTableModel(store, form_language, parent=self)
        self.list_actions = ListActions(store, self)
        self.flags_loader = FlagsLoader(store, self)
        self._forms_loaded = False
        self._build()
        self._connect()
        self.retranslate_ui()
        self.reload()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.new_button = _button("new_button")
        self.open_button = _button("open_button")
        self.view_button = _button("view_button")
        self.reopen_button = _button("reopen_button")
        self.discard_button = _button("discard_button")
        self.report_button = _button("report_button")
        self.import_button = _button("import_button")
        self.export_button = _button("export_button")
        self.new_button.setDefault(True)
        self.heading = named(QLabel(), "page_heading")
        self.search = named(QLineEdit(), "search_box")
        self.search.setClearButtonEnabled(True)
        self.form_filter, self.status_filter, self.site_filter = (
            _combo("form_filter"), _combo("status_filter"), _combo("site_filter"))
        self.table = self._make_table()
        self.no_match = named(QLabel(), "no_match")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome = WelcomePanel(self)
        self.imported = ImportedFilter(self._store, self)
        self.imported.hide()
        self.flag_filter = FlagFilter(self)
        self.flag_filter.hide()

        # The buttons wrap onto a second line on a narrow screen (long Uzbek and Nepali texts).
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignTop)
        actions_row.addWidget(flow_widget([self.new_button, self.open_button, self.view_button,
                                           self.reopen_button, self.discard_button, self.report_button,
                                           self.import_button, self.export_button], right=True), 1)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search, 2)
        for combo in (self.form_filter, self.status_filter, self.site_filter):
            filter_row.addWidget(combo, 1)
        filter_row.addWidget(self.flag_filter, 2)  # its list and the follow-up button: the list as wide as the others

        list_page = QWidget()
        column = QVBoxLayout(list_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(actions_row)
        column.addLayout(filter_row)
        column.addWidget(self.imported)
        # The list and the map of the same selection (ui/map_panel.py), side by side as tabs.
        self.map_panel = MapPanel(self._store, self._form_language)
        self.views = named(QTabWidget(), "list_views")
        self.views.setDocumentMode(True)
        self.views.addTab(self.table, "")
        self.views.addTab(self.map_panel, "")
        column.addWidget(self.views, 1)
        column.addWidget(self.no_match)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(list_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.addWidget(self.stack)
        self.setTabOrder(self.search, self.form_filter)
        self.setTabOrder(self.form_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.site_filter)
        self.setTabOrder(self.site_filter, self.table)

    def _make_table(self) -> QTableView:
        table = named(QTableView(), "assessment_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setColumnHidden(FLAGS_COLUMN, True)  # until the background computation finds a flag
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.columns = ColumnFitter(table, self.model)  # widths follow the table's width
        return table

    def _connect(self) -> None:
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.form_filter, self.status_filter, self.site_filter):
            combo.activated.connect(self.apply_filters)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.model.modelReset.connect(self.update_buttons)
        self.model.load_error.connect(self.list_actions.show_error)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(lambda: self._open_selected(read_only=False))
        self.view_button.clicked.connect(lambda: self._open_selected(read_only=True))
        self.reopen_button.clicked.connect(lambda: self._with_selected(self.list_actions.reopen))
        self.discard_button.clicked.connect(lambda: self._with_selected(self.list_actions.discard))
        self.report_button.clicked.connect(self._report_selected)
        self.import_button.clicked.connect(self.list_actions.import_packages)
        self.export_button.clicked.connect(self.list_actions.export_package)
        self.welcome.new_requested.connect(self.new_requested)
        self.welcome.demo_requested.connect(self.list_actions.load_demo)
        self.welcome.import_requested.connect(self.list_actions.import_packages)
        self.imported.changed.connect(self.apply_filters)
        self.imported.review_requested.connect(lambda: self._with_selected(self.list_actions.review))
        self.imported.conflicts_requested.connect(self.list_actions.show_conflicts)
        self.imported.tables_requested.connect(self.list_actions.export_tables)
        self.list_actions.changed.connect(self.reload)
        self.flags_loader.ready.connect(self._show_flags)
        self.flag_filter.changed.connect(self.apply_filters)
        self.flag_filter.follow_up_requested.connect(self._follow_up_selected)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.list_actions.changed.connect(self.changed)
        self.list_actions.message.connect(self.message)
        self.list_actions.reopened.connect(lambda uuid: self.open_requested.emit(uuid, False))
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)
        self.map_panel.open_requested.connect(self.open_requested)
        self.views.currentChanged.connect(self.refresh_map)

    # -- texts -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Assessments"))
        texts = (
            (self.new_button, self.tr("New assessment"), self.tr("Start a new assessment (Ctrl+N)")),
            (self.open_button, self.tr("Resume"), self.tr("Continue filling in the selected draft")),
            (self.view_button, self.tr("View"), self.tr("Read the selected assessment without changing it")),
            (self.reopen_button, self.tr("Reopen…"), self.tr("Reopen a complete assessment to correct it")),
            (self.discard_button, self.tr("Discard draft"), self.tr("Throw away the selected draft")),
            (self.report_button, self.tr("PDF report…"), self.tr("Save a PDF report of the selection")),
            (self.import_button, self.tr("Import…"), self.tr("Add assessments from package files")),
            (self.export_button, self.tr("Export…"), self.tr("Save complete assessments to a package file")),
        )
        for button, text, tip in texts:
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.rstrip("…"))
            button.setAccessibleDescription(tip)
        self.search.setPlaceholderText(self.tr("Search titles (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search titles"))
        self.form_filter.setAccessibleName(self.tr("Filter by form"))
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.site_filter.setAccessibleName(self.tr("Filter by site"))
        self.table.setAccessibleName(self.tr("Assessments"))
        self.views.setTabText(0, self.tr("List"))
        self.views.setTabText(1, self.tr("Map"))
        self.no_match.setText(self.tr("No assessment matches these filters. Clear the search or choose "
                                      "“All” in the filters."))
        self._fill_filters()
        self.model.retranslate()

    def _fill_filters(self) -> None:
        forms: list[tuple[str, str | None]] = [(self.tr("All forms"), None)]
        try:
            if self._forms_loaded:
                forms += [(f.title_in(self._form_language), f.form_id) for f in self._store.forms.all_latest()]
            sites = self._store.sites()
        except StoreError as err:
            self.list_actions.show_error(err)
            sites = []
        statuses = [(self.tr("All statuses"), None), (self.tr("Drafts"), DRAFT),
                    (self.tr("Complete"), COMPLETE), (self.tr("Returned"), RETURNED)]
        _refill(self.form_filter, forms)
        _refill(self.status_filter, statuses)
        _refill(self.site_filter, [(self.tr("All sites"), None)] + [(s, s) for s in sites])

    # -- behaviour ---------------------------------------------------------------------------
    def load_form_titles(self) -> None:
        """Parse the form definitions for the form filter and titles, after the list is on screen.

        A hidden page (tests, a window not shown yet) has no paint to wait for: it loads at once.
        """
        if self._forms_loaded:
            return
        if not self.table.viewport().isVisible():
            self._fill_form_titles()
            return
        _FirstPaint(self.table.viewport(), self._fill_form_titles, TITLES_FALLBACK_MS)

    def _fill_form_titles(self) -> None:
        try:
            self._store.forms.all_latest()
        except StoreError as err:
            self.list_actions.show_error(err)
        self._forms_loaded = True
        self.model.set_forms_ready()
        self._fill_filters()
        self.forms_loaded.emit()

    def set_form_language(self, language: str) -> None:
        self._form_language = language
        self.model.set_form_language(language)
        self.map_panel.set_form_language(language)
        self._fill_filters()

    def reload(self) -> None:
        """Read the store again (after a change anywhere) and show the list or the welcome."""
        self._fill_filters()
        self._show_imported()
        self.model.refresh()
        self._show_list_or_welcome()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.update_buttons()
        self.flags_loader.refresh()  # in the background; ``_show_flags`` when computed
        self.refresh_map()

    def _show_flags(self, flags: FlagMap) -> None:
        """The Flags column and filter, once the background computation has found any flag."""
        self.model.set_flags(flags)
        self.flag_filter.set_flags(flags)
        self.table.setColumnHidden(FLAGS_COLUMN, not flags)
        self.columns.fit()
        if self.flag_filter.uuids() is not None:
            self.apply_filters()
        self.update_buttons()

    def _show_list_or_welcome(self) -> None:
        try:
            anything = self._store.count(ListQuery(limit=None)) > 0
        except StoreError:
            anything = True
        self.stack.setCurrentIndex(1 if anything else 0)
        self.no_match.setVisible(anything and self.model.rowCount() == 0)

    def _show_imported(self) -> None:
        """The coordinator's row and Review column, once anything was imported here."""
        any_imported = self.imported.reload()
        self.imported.setVisible(any_imported)
        self.table.setColumnHidden(REVIEW_COLUMN, not any_imported)
        self.columns.fit()

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(ListFilter(
            text=self.search.text(),
            form_id=self.form_filter.currentData(),
            status=self.status_filter.currentData(),
            site=self.site_filter.currentData(),
            received=self.imported.received(),
            row_state=self.imported.row_state(),
            uuids=self.flag_filter.uuids(),
        ))
        self.no_match.setVisible(self.model.rowCount() == 0)
        self.refresh_map()

    def refresh_map(self) -> None:
        """The map follows the list's filters, read only while the Map tab is shown."""
        if self.views.currentWidget() is self.map_panel:
            self.map_panel.load(self.model.query())

    def focus_search(self) -> None:
        if self.stack.currentIndex() == 1:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    def selected(self) -> list[AssessmentSummary]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        found = [self.model.summary(r) for r in rows]
        return [s for s in found if s is not None]

    def update_buttons(self) -> None:
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        writable = writes_refused(self._store) is None  # a read-only folder or a full disk: view only
        for button in (self.new_button, self.import_button, self.export_button):  # exports are recorded
            button.setEnabled(writable)
        self.open_button.setEnabled(writable and one is not None and one.status == DRAFT)
        self.view_button.setEnabled(one is not None)
        self.reopen_button.setEnabled(writable and one is not None and one.status in (COMPLETE, RETURNED))
        self.discard_button.setEnabled(writable and one is not None and one.status == DRAFT)
        self.report_button.setEnabled(bool(chosen))
        self.imported.set_review_enabled(one is not None)
        self.flag_filter.set_follow_up_enabled(one is not None and bool(self.model.flags_of(one.uuid)))

    def _on_activated(self, index: QModelIndex) -> None:
        record = self.model.summary(index.row())
        if record is not None:
            self.open_requested.emit(record.uuid, record.status != DRAFT)

    def _open_selected(self, read_only: bool) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.open_requested.emit(chosen[0].uuid, read_only or chosen[0].status != DRAFT)

    def _with_selected(self, action: Callable[[AssessmentSummary], None]) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            action(chosen[0])

    def _follow_up_selected(self) -> None:
        """One click: needs follow-up, with the flags' reasons (interface language) as the comment."""
        chosen = self.selected()
        flags = self.model.flags_of(chosen[0].uuid) if len(chosen) == 1 else ()
        if not flags:
            return
        try:
            record_follow_up(self._store, chosen[0].uuid, flags, current_language())
        except StoreError as err:
            self.list_actions.show_error(error_text(err))
            return
        self.reload()
        self.changed.emit()
        self.message.emit(self.tr("Marked for follow-up: {title}").format(title=chosen[0].title))

    def _table_menu(self, position: QPoint) -> None:
        menu = self.flag_menu()
        if menu.actions():
            menu.exec(self.table.viewport().mapToGlobal(position))

    def flag_menu(self) -> QMenu:
        """The list's context menu: "Needs follow-up" on a flagged row."""
        menu = QMenu(self)
        if self.flag_filter.follow_up_button.isEnabled():
            action = menu.addAction(self.tr("Needs follow-up (flags as the comment)"))
            action.triggered.connect(self._follow_up_selected)
        return menu

    def _report_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.list_actions.report(chosen)


def _refill(combo: QComboBox, items: list[tuple[str, str | None]]) -> None:
    """Replace a combo's items, keeping the current choice when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    found = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)
