"""Key revocation: a lost or stolen device's key is refused from then on, whatever else is said."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTableWidget, QTableWidgetItem
from sqlalchemy import select

from needsassess.cli import main
from needsassess.crypto import api
from needsassess.errors import UserError
from needsassess.store import AssessmentStore, open_store
from needsassess.store.connection import create_store_engine, database_path
from needsassess.store.models import METADATA
from needsassess.store.trust_models import REVOKED
from needsassess.sync import enrolment
from needsassess.sync.errors import PackageRefused
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package, import_packages
from needsassess.sync.trust import KEY_REVOKED, revoke, revoked_keys
from tests.crypto.test_packages import (  # noqa: F401 - fixtures
    audit_events,
    coordinator,
    enrol_officer,
    load_coordinator,
    officer,
)
from tests.sync.conftest import StoreFactory, edit, finalized
from tests.sync.test_import_refusals import folder_state, rows_state
from tests.sync.test_roundtrip import snapshot


def unchanged(store: AssessmentStore) -> tuple[object, object]:
    return rows_state(store), folder_state(store.data_dir)


def typed(fingerprint: str) -> str:
    """The fingerprint as a person might type it: lower case, dashes instead of spaces."""
    return fingerprint.lower().replace(" ", "-")


def test_the_crypto_tables_match_the_migrations(data_dir: Path) -> None:
    open_store(data_dir).close()
    engine = create_store_engine(database_path(data_dir))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), METADATA)
    engine.dispose()
    ours = {"crypto_keys", "crypto_held", "crypto_revoked"}
    assert ours <= set(METADATA.tables)
    assert [d for d in diff if not (d[0].startswith("remove_") and d[1].name not in ours)
            and not (d[0] == "remove_index" and d[1].table.name not in ours)] == []


def test_a_revoked_key_is_refused_even_when_accepted_and_earlier_imports_stay(
    officer: AssessmentStore, coordinator: AssessmentStore, tmp_path: Path  # noqa: F811
) -> None:
    enrol_officer(officer, coordinator, tmp_path)
    load_coordinator(officer, tmp_path)
    import_package(coordinator, export_package(officer, tmp_path / "before.napkg").path)
    imported_before = snapshot(coordinator)
    edit(officer, finalized(officer, "Bukhara", 7), households=8)
    later = export_package(officer, tmp_path / "after.napkg").path
    coordinator.settings.officer_name = "Ram"
    fingerprint = api.fingerprint_text(officer.data_dir)

    key = revoke(coordinator, typed(fingerprint), "  laptop stolen ")
    assert (key.fingerprint, key.officer, key.device_id) == (fingerprint, "Sita", officer.device_id)
    assert (key.revoked_by, key.reason) == ("Ram", "laptop stolen")
    assert revoked_keys(coordinator) == [key] and enrolment.enrolled_keys(coordinator) == []
    event, detail = audit_events(coordinator)[-1]
    assert event == KEY_REVOKED and fingerprint in detail and "Sita" in detail and "laptop stolen" in detail

    before = unchanged(coordinator)
    for accept in (False, True):
        with pytest.raises(PackageRefused) as caught:
            import_package(coordinator, later, accept_signer=accept)
        message = str(caught.value)
        assert message.startswith("after.napkg: package refused: signed by the key " + fingerprint + " of Sita")
        assert f"revoked on {key.revoked_at[:10]} by Ram: laptop stolen" in message
        assert "member 'signature.json'" in message and caught.value.member == "signature.json"
        assert unchanged(coordinator) == before
    [result] = import_packages(coordinator, [later], accept_signer=True)
    assert result.refused and "revoked on" in result.refused and result.total == 0
    assert unchanged(coordinator) == before
    assert snapshot(coordinator) == imported_before  # what came before the revocation stays


def test_a_key_never_enrolled_can_be_revoked_and_its_held_package_stays_refused(
    officer: AssessmentStore, coordinator: AssessmentStore, tmp_path: Path  # noqa: F811
) -> None:
    path = export_package(officer, tmp_path / "p.napkg", encrypt=False).path
    with pytest.raises(UserError, match="held back"):
        import_package(coordinator, path)
    signer = api.fingerprint_text(officer.data_dir)
    key = revoke(coordinator, signer, "lost before its packages came")
    assert (key.officer, key.device_id, key.revoked_by) == ("", "", "")
    assert [h.signer for h in enrolment.held_packages(coordinator)] == [signer]
    before = unchanged(coordinator)
    with pytest.raises(PackageRefused, match=r"of Sita \(device .*\), revoked on .*: lost before its packages came"):
        import_package(coordinator, path, accept_signer=True)
    assert unchanged(coordinator) == before
    assert [h.signer for h in enrolment.held_packages(coordinator)] == [signer]


def test_a_folder_that_enforces_nothing_refuses_a_revoked_key_too(
    officer: AssessmentStore, make_store: StoreFactory, tmp_path: Path  # noqa: F811
) -> None:
    path = export_package(officer, tmp_path / "p.napkg").path
    colleague = make_store("colleague")
    revoke(colleague, api.fingerprint_text(officer.data_dir), "stolen")
    with pytest.raises(PackageRefused, match="stolen; packages signed by it are refused"):
        import_package(colleague, path)
    assert colleague.count() == 0


def test_a_revoked_key_cannot_be_enrolled_again(
    officer: AssessmentStore, coordinator: AssessmentStore, tmp_path: Path  # noqa: F811
) -> None:
    path = export_package(officer, tmp_path / "p.napkg", encrypt=False).path
    fingerprint = api.fingerprint_text(officer.data_dir)
    revoke(coordinator, fingerprint, "laptop stolen")
    enrolment.write_device_public_key(officer, tmp_path / "officer.pub")
    with pytest.raises(UserError, match=r"revoked on .*laptop stolen.*a revocation is final.*new key on a new device"):
        enrolment.enrol_key_file(coordinator, tmp_path / "officer.pub", fingerprint)
    with pytest.raises(UserError, match="a revocation is final"):
        enrolment.enrol_package_signer(coordinator, path, fingerprint)
    assert enrolment.enrolled_keys(coordinator) == []


def test_revoking_twice_is_refused(coordinator: AssessmentStore) -> None:  # noqa: F811
    coordinator.settings.officer_name = "Ram"
    first = revoke(coordinator, "AHJJ T5WD " * 4, "laptop stolen")
    with pytest.raises(UserError, match=rf"already revoked on {first.revoked_at[:10]} by Ram: laptop stolen"):
        revoke(coordinator, typed(first.fingerprint), "again")
    assert revoked_keys(coordinator) == [first]
    assert [e for e, _ in audit_events(coordinator)] == [KEY_REVOKED]


@pytest.mark.parametrize(
    ("fingerprint", "reason", "message"),
    [
        ("AHJJ T5WD", "stolen", "not a key fingerprint"),
        ("0HJJ T5WD " * 4, "stolen", "not a key fingerprint"),  # 0 is not base32
        ("AHJJ T5WD " * 4 + "A", "stolen", "not a key fingerprint"),
        ("", "stolen", "not a key fingerprint"),
        ("AHJJ T5WD " * 4, "   ", "say why the key is revoked"),
    ],
)
def test_bad_input_is_refused_and_writes_nothing(
    coordinator: AssessmentStore, fingerprint: str, reason: str, message: str  # noqa: F811
) -> None:
    before = unchanged(coordinator)
    with pytest.raises(UserError, match=message):
        revoke(coordinator, fingerprint, reason)
    assert unchanged(coordinator) == before and revoked_keys(coordinator) == []


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_revoke_and_list(tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office, field = tmp_path / "office", tmp_path / "field"
    with open_store(field, forms_dir=forms_dir) as store:
        store.settings.officer_name = "Sita"
        finalized(store, "Khajura", 12)
        enrolment.write_device_public_key(store, tmp_path / "sita.pub")
        fingerprint, device = api.fingerprint_text(field), store.device_id
    with open_store(office) as store:
        store.settings.officer_name = "Ram"
    package = str(tmp_path / "p.napkg")
    assert run(capsys, "--data-dir", str(field), "export", "-o", package)[0] == 0
    assert run(capsys, "--data-dir", str(office), "keys", "enrol", str(tmp_path / "sita.pub"))[0] == 0

    code, out, err = run(capsys, "--data-dir", str(office), "keys", "revoke", typed(fingerprint),
                         "--reason", "laptop stolen")
    assert code == 0 and err == ""
    assert f"Revoked: {fingerprint}  Sita  device {device}" in out and "by Ram: laptop stolen" in out
    code, out, _ = run(capsys, "--data-dir", str(office), "keys", "list")
    assert code == 0 and "0 enrolled key(s)" in out and "1 revoked key(s)" in out
    line = next(x for x in out.splitlines() if fingerprint in x)
    assert "Sita" in line and device in line and "revoked 20" in line and "by Ram: laptop stolen" in line

    code, out, err = run(capsys, "--data-dir", str(office), "import", "--accept-signer", package)
    assert code == 1 and "revoked on" in err and "laptop stolen" in err
    code, _, err = run(capsys, "--data-dir", str(office), "keys", "revoke", fingerprint, "--reason", "x")
    assert code == 1 and "already revoked on" in err and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", str(office), "keys", "revoke", "ABCD-1234", "--reason", "x")
    assert code == 1 and "'ABCD-1234' is not a key fingerprint" in err
    with pytest.raises(SystemExit) as usage:  # the reason is required
        main(["--data-dir", str(office), "keys", "revoke", fingerprint])
    assert usage.value.code == 2


def test_the_keys_dialog_revokes_the_selected_key(qtbot, qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from needsassess.ui.i18n import LanguageSwitcher
    from needsassess.ui.keys_dialog import KeysDialog

    with open_store(tmp_path / "officer") as officer_store:
        officer_store.settings.officer_name = "Aminata Sesay"
        info = enrolment.write_device_public_key(officer_store, tmp_path / "aminata.pub")
    store = open_store(tmp_path / "office")
    try:
        store.settings.officer_name = "Ram"
        enrolment.enrol_key_file(store, tmp_path / "aminata.pub")
        warnings: list[str] = []
        questions: list[str] = []
        answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
        reasons = iter([("   ", True), ("laptop stolen", True), ("laptop stolen", True)])
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(reasons))

        def question(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
            questions.append(text)
            return next(answers)

        monkeypatch.setattr(QMessageBox, "question", question)
        dialog = KeysDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 1 and dialog.revoked.isHidden()
        assert not dialog.revoke_button.isEnabled()  # nothing selected
        dialog.table.selectRow(0)
        assert dialog.revoke_button.isEnabled() and dialog.revoke_button.text() == "Revoke…"

        dialog.revoke_button.click()  # an empty reason: refused, nothing asked
        assert warnings == ["Nothing was revoked: give the reason."] and questions == []
        dialog.revoke_button.click()  # the confirmation is declined
        assert "Aminata Sesay" in questions[0] and info.fingerprint in questions[0]
        assert revoked_keys(store) == [] and dialog.table.rowCount() == 1
        dialog.revoke_button.click()
        [gone] = revoked_keys(store)
        assert (gone.fingerprint, gone.reason, gone.revoked_by) == (info.fingerprint, "laptop stolen", "Ram")
        assert dialog.table.rowCount() == 0 and not dialog.revoke_button.isEnabled()
        assert not dialog.revoked.isHidden() and dialog.revoked.rowCount() == 1
        cells = [cell(dialog.revoked, 0, c) for c in range(5)]
        assert [cells[0].text(), cells[2].text(), cells[4].text()] == [
            "Aminata Sesay", info.fingerprint, "laptop stolen"]
        assert cells[3].text().endswith("by Ram")
        assert all(c.toolTip() == "Revoked: laptop stolen" for c in cells)
        assert cells[0].foreground().color() != dialog.table.palette().text().color()  # greyed
        assert len(warnings) == 1

        switcher = LanguageSwitcher(qapp)
        try:
            assert switcher.switch("ne")
            qtbot.waitUntil(lambda: dialog.revoke_button.text() == "रद्द गर्नुहोस्…", timeout=2000)
            assert cell(dialog.revoked, 0, 4).toolTip() == "रद्द गरिएको: laptop stolen"
        finally:
            switcher.switch("en")
        qtbot.waitUntil(lambda: dialog.revoke_button.text() == "Revoke…", timeout=2000)
    finally:
        store.close()


def test_the_revoked_table_is_in_the_database_with_the_form_of_a_fingerprint(
    coordinator: AssessmentStore,  # noqa: F811
) -> None:
    revoke(coordinator, "ahjj-t5wd-" * 4, "stolen")
    with coordinator.read("t") as conn:
        stored = conn.execute(select(REVOKED.c.fingerprint)).scalars().all()
    assert stored == ["AHJJ T5WD AHJJ T5WD AHJJ T5WD AHJJ T5WD"]
