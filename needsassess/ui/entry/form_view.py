"""FormEntryView: where an officer fills in one assessment, page by page.

The view owns the session (from ``store.open_session``), builds each page the first time it is
shown, and after every answer refreshes only the widgets the engine says were affected, plus the
page states and the header. Every answer is saved through ``AutosaveController``.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from needsassess.engine import AnswerChange, FormSession
from needsassess.errors import UserError
from needsassess.errors.store_codes import StoreCode
from needsassess.locale import dates_in_text, format_number
from needsassess.store import COMPLETE, AssessmentStore, FinalizeRefused, StoreError
from needsassess.store.records import RETURNED
from needsassess.ui.entry.autosave import AutosaveController, RepeatChange
from needsassess.ui.entry.chrome import Header, MessageBar, PageList
from needsassess.ui.entry.context import EntryContext
from needsassess.ui.entry.page import FormPage, unregister_tree
from needsassess.ui.entry.paradata import focus_source, question_key_of
from needsassess.ui.entry.review import ReviewPage
from needsassess.ui.entry.saved_state import saved_text, stored_moment
from needsassess.ui.fitting import ElidedLabel
from needsassess.ui.i18n import current_language, error_text

REVIEW_PAGE = "_review"  # the review page's name in paradata (no form page may start with "_")


class FormEntryView(QWidget):
    closed = Signal()
    finalized = Signal(str)
    saved = Signal(str)
    page_built = Signal(QWidget)  # a page was built (first shown, or rebuilt): add-ons decorate it

    def __init__(self, store: AssessmentStore, uuid: str, *, form_language: str, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.uuid = store, uuid
        record = store.get(uuid)
        session = store.open_session(uuid)
        read_only = read_only or record.status in (COMPLETE, RETURNED)
        self.returned = record.status == RETURNED  # sent back for correction: the header says so
        self.saver = AutosaveController(store, uuid, session, self)
        self.ctx = EntryContext(session, store, self.saver, form_language, read_only,
                                digits=store.settings.digits)
        # When the answers were last written: the draft's own time until the first autosave here.
        self._opened_saved_at = stored_moment(record.updated_at) if record.status != COMPLETE else None
        self._failure: UserError | None = None  # the store's refusal the message bar shows, if any
        self._refused = False  # finalize was refused: the bar lists what is still missing
        self.saver.form_language = form_language
        self.saver.applied.connect(self._applied)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._save_failed)
        self.saver.recovered.connect(self._recovered)
        self.pages = list(session.form.pages())
        self._built: dict[int, FormPage] = {}
        self.paradata = self.saver.paradata
        self.paradata.enabled = not read_only
        self.paradata.note("opened")
        self._build_chrome()
        self._shortcuts()
        self.retranslate()
        self._fill_page_list()
        self.show_page(0)
        app = focus_source()
        if app is not None and not read_only:
            app.focusChanged.connect(self._focus_changed)

    @property
    def session(self) -> FormSession:
        return self.ctx.session

    # -- building -------------------------------------------------------------------------------
    def _build_chrome(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = Header(self)
        self.header.back_to_list.connect(self.close_form)
        self.message_bar = MessageBar(self)
        self.message_bar.retry.connect(self.saver.retry)
        middle = QHBoxLayout()
        middle.setSpacing(0)
        self.page_list = PageList(self)
        self.page_list.currentRowChanged.connect(self.show_page)
        self.stack = QStackedWidget(self)
        for _ in self.pages:
            self.stack.addWidget(QWidget(self.stack))  # placeholders: pages are built when first shown
        self.review = ReviewPage(self.ctx, self.stack)
        self.review.returned = self.returned
        self.review.jump.connect(self.jump_to)
        self.review.finalize_requested.connect(self.finalize)
        self.stack.addWidget(self.review)
        middle.addWidget(self.page_list)
        middle.addWidget(self.stack, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(12, 6, 12, 6)
        # The count is written beside the bar, never on it: text drawn over the fill loses its contrast
        # where the fill ends (Devanagari at 1024x600 read half on blue, half on white).
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(200)
        self.progress.setMinimumWidth(60)
        self.progress_text = ElidedLabel(self, minimum_chars=10)  # cut with "…" only on a very narrow window
        self.progress_text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.progress_text.setObjectName("progressText")
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(False)
        self.next_button.clicked.connect(self.go_next)
        footer.addWidget(self.progress, 1)
        footer.addWidget(self.progress_text)
        footer.addStretch(1)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)
        layout.addWidget(self.header)
        layout.addWidget(self.message_bar)
        layout.addLayout(middle, 1)
        layout.addLayout(footer)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Alt+Left", self.go_back), ("Ctrl+PgUp", self.go_back),
                           ("Alt+Right", self.go_next), ("Ctrl+PgDown", self.go_next),
                           (QKeySequence.StandardKey.Save, self.save_pending)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def _fill_page_list(self) -> None:
        self.page_list.set_pages([self.ctx.label(p) for p in self.pages], self.tr("Review and finalize"))
        self._update_states()

    def _page(self, index: int) -> FormPage:
        page = self._built.get(index)
        if page is None:
            page = FormPage(self.ctx, self.pages[index], self.stack)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if placeholder is not None:  # always there: every page has one until it is built
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[index] = page
            self.page_built.emit(page)
        return page

    def _drop_pages(self) -> None:
        """Forget the built pages (language switch, finalize); they are rebuilt when shown."""
        self.saver.flush()
        for index, page in list(self._built.items()):
            unregister_tree(self.ctx, page)
            placeholder = QWidget(self.stack)
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(page)
            page.deleteLater()
        self._built.clear()
        self.ctx.registry.clear()
        self.ctx.live_labels.clear()

    # -- navigation -----------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if index < 0 or index > len(self.pages):
            return
        self.saver.flush()
        if index < len(self.pages):
            self._page(index)
        else:
            self.review.refresh()
        self.stack.setCurrentIndex(index)
        self.paradata.enter_page(self.pages[index].name if index < len(self.pages) else REVIEW_PAGE)
        if self.page_list.currentRow() != index:
            self.page_list.blockSignals(True)
            self.page_list.setCurrentRow(index)
            self.page_list.blockSignals(False)
        self.back_button.setEnabled(self._step(index, -1) is not None)
        self.next_button.setEnabled(self._step(index, +1) is not None)

    def current_index(self) -> int:
        return self.stack.currentIndex()

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _step(self, index: int, direction: int) -> int | None:
        """The next page in ``direction`` that is shown (skipping pages not relevant)."""
        index += direction
        while 0 <= index <= len(self.pages):
            if not self.page_list.item(index).isHidden():
                return index
            index += direction
        return None

    def go_back(self) -> None:
        target = self._step(self.current_index(), -1)
        if target is not None:
            self.show_page(target)

    def go_next(self) -> None:
        target = self._step(self.current_index(), +1)
        if target is not None:
            self.show_page(target)

    def jump_to(self, name: str, instance: tuple[int, ...]) -> None:
        """Go to a question (from a review link): its page, scrolled to it, the cursor in it."""
        element = self.session.form.elements[name]
        top = element.parents[0] if element.parents else name
        index = next(i for i, p in enumerate(self.pages) if p.name == top)
        self.show_page(index)
        page = self._page(index)
        widget = page.find_question(name, tuple(instance))
        if widget is not None:
            page.show_question(widget)

    # -- paradata -------------------------------------------------------------------------------
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A question got the keyboard focus: paradata notes it (only within this view)."""
        if new is not None and self.isAncestorOf(new):
            name = question_key_of(new)
            if name is not None:
                self.paradata.focus(name)

    def _stop_recording(self) -> None:
        app = focus_source()
        if app is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # not connected (read-only), or already gone
                app.focusChanged.disconnect(self._focus_changed)
        self.paradata.enabled = False

    def _write_paradata(self) -> None:
        """What the autosave has not carried yet (closing), written on its own; the answers are untouched."""
        events = self.paradata.take()
        if not events:
            return
        try:
            self.store.record_paradata(self.uuid, events)
        except StoreError as err:
            self.paradata.put_back(events)
            self.message_bar.show_message(error_text(err), can_retry=False)

    # -- after each change ----------------------------------------------------------------------
    def _applied(self, change: AnswerChange | RepeatChange) -> None:
        if isinstance(change, AnswerChange):
            self.paradata.changed(change.name)
        if isinstance(change, RepeatChange) or any(name in self._repeats() for name, _ in change.affected):
            # Instances came or went: positions shift and aggregates change; re-read every built widget.
            for widgets in list(self.ctx.registry.values()):
                for widget in list(widgets):
                    widget.refresh()
        else:
            for key in change.affected | {(change.name, change.instance)}:
                for widget in self.ctx.widgets_for(key):
                    widget.refresh()
        for widget in list(self.ctx.live_labels):
            widget.refresh()
        self._update_states()
        if self.current_page() is self.review:
            self.review.refresh()
        if self._refused and self._failure is None:
            self._show_refusal()

    def _count(self, number: int) -> str:
        """A count as the window writes numbers (Devanagari digits in Nepali, unless Latin is chosen)."""
        return format_number(number, self.ctx.conventions)

    def _repeats(self) -> frozenset[str]:
        if not hasattr(self, "_repeat_names"):
            from needsassess.engine import Repeat

            self._repeat_names = frozenset(e.name for e in self.session.form.walk() if isinstance(e, Repeat))
        return self._repeat_names

    def _update_states(self) -> None:
        states = self.session.page_states()
        answered = total = 0
        for row, state in enumerate(states):
            visible = self.session.relevant(state.name)
            tip = self.tr("{answered} of {total} answered").format(answered=self._count(state.answered),
                                                                    total=self._count(state.total))
            self.page_list.set_state(row, state.state, tip, visible)
            answered += state.answered
            total += state.total
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(answered)
        text = self.tr("{answered} of {total} questions answered").format(
            answered=self._count(answered), total=self._count(total))
        self.progress.setFormat(text)
        self.progress_text.setText(text)
        form = self.session.form
        self.header.title.setText(form.title.get(self.ctx.language, form.default_language))
        site, title = self.session.site(), self.session.title()
        # The title's date as the window writes dates (Bikram Sambat and the digits setting in Nepali).
        self.header.site.setText(dates_in_text(title, self.ctx.conventions) if site
                                 else self.tr("No site entered yet"))

    def _saved(self, _time: str = "") -> None:
        self._show_saved_state()
        self.saved.emit(self.header.saved.text())

    def _show_saved_state(self) -> None:
        """The header's save state: "Not saved", "Returned" (and what to do), "Finalized", or when the
        answers were last saved."""
        self.header.saved.setProperty("failing", self._failure is not None)
        self.header.saved.setToolTip("")
        if self._failure is not None:
            text = self.tr("Not saved")
        elif self.returned and self.ctx.read_only and not self.review.finalized:
            text = self.tr("Returned for correction")
            self.header.saved.setToolTip(self.tr("The coordinator sent it back: reopen it from the list "
                                                 "(Reopen…) to correct the answers, then finalize again."))
            text += "\n" + self.tr("Reopen it from the list")
        elif self.ctx.read_only or self.review.finalized:
            text = self.tr("Finalized")
        else:
            moment = self.saver.last_saved or self._opened_saved_at
            text = saved_text(moment, self.ctx.conventions) if moment else self.tr("No changes yet")
        self.header.saved.setText(text)

    def _save_failed(self, err: UserError) -> None:
        self._failure = err
        self._show_saved_state()
        self._show_failure()

    def _show_failure(self) -> None:
        if self._failure is not None:
            self.message_bar.show_message(" ".join((
                self.tr("Your last answers are kept on screen but could not be saved yet."),
                error_text(self._failure))), can_retry=True)

    def _recovered(self) -> None:
        self._failure = None
        self.message_bar.hide()
        self._show_saved_state()

    # -- public API -----------------------------------------------------------------------------
    def save_pending(self) -> None:
        """Save text still waiting for its typing pause (and retry a failed save)."""
        self.saver.save_pending()

    def close_form(self) -> None:
        self.save_pending()
        if self.paradata.enabled:
            self.paradata.leave_page()
            self.paradata.note("closed")
            self._write_paradata()
            self._stop_recording()
        self.closed.emit()

    def set_form_language(self, lang: str) -> None:
        if lang == self.ctx.language:
            return
        current = self.current_index()
        self._drop_pages()
        self.ctx.language = lang
        self.saver.form_language = lang
        self._fill_page_list()
        self.review.refresh()
        self.show_page(current)

    def finalize(self) -> None:
        self.save_pending()
        if self.saver.failing:
            return  # the message bar already says why; finalize after the answers are saved
        events = self.paradata.take()
        try:
            self.store.finalize(self.uuid, self.session, paradata=[*events, *self.paradata.closing()])
        except FinalizeRefused:
            self.paradata.put_back(events)
            self._refused = True
            self._show_refusal()
            self.review.refresh()
            return
        except StoreError as err:
            self.paradata.put_back(events)
            self.message_bar.show_message(error_text(err), can_retry=False)
            return
        self._stop_recording()
        self._refused = False
        self.message_bar.hide()
        self.review.finalized = True
        self._drop_pages()
        self.ctx.read_only = True
        self.review.refresh()
        self._show_saved_state()
        self.finalized.emit(self.uuid)

    def _show_refusal(self) -> None:
        """Why finalize was refused, in the interface language, each question by its label in the form
        language (never its internal name), with the reason the review page gives."""
        lines = "\n  ".join(self.review.describe_problem(p) for p in self.session.problems())
        if not lines:  # corrected since: nothing to say
            self._refused = False
            self.message_bar.hide()
            return
        text = StoreCode.FINALIZE_REFUSED.render(current_language(), {"problems": lines})
        self.message_bar.show_message(text, can_retry=False)

    def set_digits(self, digits: str) -> None:
        """Devanagari or Latin digits (the Settings choice): every shown number and date follows."""
        if digits == self.ctx.digits:
            return
        current = self.current_index()
        self._drop_pages()
        self.ctx.digits = digits
        self._update_states()
        self._show_saved_state()
        self.review.refresh()
        self.show_page(current)

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.header.back_button.setText(self.tr("Assessments"))
        self.header.back_button.setToolTip(self.tr("Back to the list of assessments"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Previous page (Alt+Left)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next page (Alt+Right)"))
        self.message_bar.retry_button.setText(self.tr("Try again"))
        self.message_bar.close_button.setAccessibleName(self.tr("Hide the message"))
        self.page_list.setAccessibleName(self.tr("Pages of the form"))
        self.progress.setAccessibleName(self.tr("Questions answered"))
        self._show_saved_state()
        if self._failure is not None:
            self._show_failure()
        elif self._refused:
            self._show_refusal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "review"):
            current = self.current_index()
            self.retranslate()
            self._drop_pages()  # the pages' own fixed strings ("Clear", "Remove"...) follow
            self._fill_page_list()
            self.review.retranslate()
            self.show_page(current)
        super().changeEvent(event)
