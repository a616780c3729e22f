"""The form-entry view: one assessment, page by page, with autosave, review and finalize.

The window shell creates a ``FormEntryView(store, uuid, form_language=...)`` and listens to its
signals ``closed()``, ``finalized(uuid)`` and ``saved(status text)``; see docs/window.md, "Form entry".
"""

from needsassess.ui.entry.form_view import FormEntryView

__all__ = ["FormEntryView"]
