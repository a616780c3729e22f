"""What a killed ``backup`` or ``restore`` leaves is swept at the next start; restore honours
``--attachments-dir``.

The commands run as real subprocesses (``python -m needsassess``), held just after they staged
the database copy (and the sealed key backup), and are killed with SIGKILL there: the staging
folder is then in the private area, and the next start removes it. A restore still running keeps
its staging, since it holds a session marker of its own.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from needsassess.store import open_store
from needsassess.store.staging import staging_root
from tests.crypto.test_cli import run
from tests.store.test_backups import PASSPHRASE, forms_dir  # noqa: F401 - a fixture
from tests.sync.conftest import finalized

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

ROOT = Path(__file__).resolve().parents[2]
# Runs the command line with one store step made to wait once it has staged its files.
HOLD = """
import sys, time
from needsassess.store import archive
def hold(real):
    def held(*args, **kwargs):
        result = real(*args, **kwargs)
        print("staged", flush=True)
        time.sleep(120)
        return result
    return held
archive.{name} = hold(archive.{name})
from needsassess.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _killed(name: str, *argv: str) -> None:
    """Run ``needsassess argv`` held after ``archive.<name>``; SIGKILL it there."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen([sys.executable, "-c", HOLD.format(name=name), *argv], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, env=env, text=True) as child:
        assert child.stdout is not None
        try:
            line = child.stdout.readline().strip()
            assert line == "staged", line + child.stdout.read(4000)
            child.send_signal(signal.SIGKILL)
            assert child.wait(30) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                child.kill()


def _staged_files(data_dir: Path) -> list[str]:
    root = staging_root(data_dir)
    return sorted(p.name for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _filled(tmp_path: Path, forms: Path) -> Path:
    data = tmp_path / "data"
    with open_store(data, forms_dir=forms) as store:
        finalized(store, "Khajura", 12, photo=3)
    return data


def test_a_killed_backup_leaves_its_staging_only_until_the_next_start(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    data = _filled(tmp_path, forms_dir)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    target = tmp_path / "out.nabak"
    _killed("backup_database", "--data-dir", str(data), "backup", "-o", str(target), "--with-keys",
            "--passphrase-file", str(secret))
    # Killed with the database copy staged (after the sealed keys were read): in the private area only.
    assert "database.sqlite" in _staged_files(data)
    assert list(data.glob(".backup-*")) == [] and not target.exists()
    with open_store(data, forms_dir=forms_dir):
        pass
    assert _staged_files(data) == []
    assert list(staging_root(data).iterdir()) == []


def test_a_killed_restore_leaves_its_staging_only_until_the_next_start(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    data = _filled(tmp_path, forms_dir)
    archive = tmp_path / "data.nabak"
    assert run(capsys, "--data-dir", str(data), "backup", "-o", str(archive))[0] == 0
    fresh = tmp_path / "fresh"
    _killed("_check_database", "--data-dir", str(fresh), "restore", str(archive))
    staged = _staged_files(fresh)
    assert "database.sqlite" in staged and any(name.startswith("photos-") for name in staged)
    assert not (fresh / "needsassess.db").exists()
    with open_store(fresh, forms_dir=forms_dir) as store:
        assert store.count() == 0
    assert _staged_files(fresh) == []
    # The restore can then be run again, whole.
    code, out, err = run(capsys, "--data-dir", str(fresh), "restore", str(archive))
    assert code == 0 and "Restored 1 assessment(s)" in out, err


def test_a_running_restore_keeps_its_staging_when_another_window_opens(
    tmp_path: Path, forms_dir: Path  # noqa: F811
) -> None:
    from needsassess.store.staging import staged

    data = _filled(tmp_path, forms_dir)
    with staged(data) as folder:
        (folder / "database.sqlite").write_bytes(b"staged")
        with open_store(data, forms_dir=forms_dir):
            pass
        assert (folder / "database.sqlite").exists()
    assert _staged_files(data) == []


def test_staging_left_by_earlier_versions_is_swept(tmp_path: Path, forms_dir: Path) -> None:  # noqa: F811
    data = _filled(tmp_path, forms_dir)
    old = data / ".backup-k2j4h1"
    old.mkdir()
    (old / "keys.backup").write_bytes(b"sealed")
    with open_store(data, forms_dir=forms_dir):
        pass
    assert not old.exists()


def test_restore_puts_photos_in_the_attachments_folder_chosen(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    data = _filled(tmp_path, forms_dir)
    with open_store(data) as store:
        [photo] = [p.name for p in (data / "attachments").rglob("*") if p.is_file()]
        original = store.attachment_path(photo).read_bytes()
    archive = tmp_path / "data.nabak"
    assert run(capsys, "--data-dir", str(data), "backup", "-o", str(archive))[0] == 0
    fresh, photos = tmp_path / "fresh", tmp_path / "photos-elsewhere"
    monkeypatch.delenv("NEEDSASSESS_ATTACHMENTS_DIR", raising=False)
    code, out, err = run(capsys, "--data-dir", str(fresh), "--attachments-dir", str(photos), "restore", str(archive))
    assert code == 0 and "1 photo(s) added" in out, err
    assert (photos / photo[:2] / photo).read_bytes() == original
    assert not (fresh / "attachments").exists()
    # The restored folder, opened the same way, shows its photo.
    with open_store(fresh, attachments_dir=photos) as store:
        [record] = store.list()
        assert store.attachment_path(photo).read_bytes() == original
        assert record.title
    code, out, _ = run(capsys, "--data-dir", str(fresh), "--attachments-dir", str(photos), "check")
    assert code == 0
