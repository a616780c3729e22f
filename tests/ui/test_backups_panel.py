"""Settings → Backups: the last backup's time, "Back up now", days to keep and a second folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from needsassess.store.backups import list_backups


def test_backups_box_shows_the_last_backup_and_backs_up_now(qtbot, store, tmp_path: Path, monkeypatch) -> None:
    from needsassess.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    panel = dialog.backups
    [daily] = list_backups(store.data_dir / "backups")  # made when the store opened
    assert daily.made_at.astimezone().strftime("%H:%M") in panel.last.text()
    stick = tmp_path / "stick"
    stick.mkdir()
    panel.folder.setText(str(stick))
    panel.keep_days.setValue(30)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    panel.now_button.click()
    assert warnings == [] and store.settings.backup_keep_days == 30 and store.settings.backup_folder == str(stick)
    kinds = [b.kind for b in list_backups(store.data_dir / "backups")]
    assert kinds == ["manual", "daily"]
    assert list((stick / "needsassess-backups" / store.device_id).glob("*-manual.db"))
    panel.folder.setText(str(tmp_path / "unplugged"))
    panel.now_button.click()
    assert len(warnings) == 1 and "unplugged" in warnings[0]
    panel.keep_days.setValue(7)
    dialog.accept()
    assert store.settings.backup_keep_days == 7


def test_backups_box_reads_in_nepali(qtbot, store, switcher) -> None:
    from needsassess.ui.settings_dialog import SettingsDialog

    switcher.switch("ne")
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.backups.title() == "ब्याकअप" and dialog.backups.now_button.text() == "अहिले ब्याकअप लिनुहोस्"


def test_the_folder_note_says_what_the_automatic_backups_do(qtbot, store, switcher) -> None:
    from needsassess.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    note = dialog.note.text()
    assert "daily" in note and "before each import" in note and "“backups”" in note
    assert "Copy the whole folder" not in note
    for language, words in (("ne", ("हरेक दिन", "आयातअघि")), ("uz", ("har kuni", "importdan oldin"))):
        switcher.switch(language)
        dialog = SettingsDialog(store)
        qtbot.addWidget(dialog)
        assert all(word in dialog.note.text() for word in words), dialog.note.text()
