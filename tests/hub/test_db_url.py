"""Choosing the database: --db-url / NEEDSASSESS_DB_URL, refused URLs, passwords never shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from needsassess.cli import main
from needsassess.store import StoreError, open_store
from needsassess.store.database import ENV_DB_URL, parse_db_url, resolve_db_url, safe_url

SECRET = "s3cr3t-Pa55"


def test_urls_are_read_checked_and_shown_without_password(monkeypatch: pytest.MonkeyPatch) -> None:
    url = parse_db_url(f"postgresql://coord:{SECRET}@hub.example.org:5432/needs?sslmode=verify-full")
    assert url.drivername == "postgresql+psycopg"
    assert url.query["sslmode"] == "verify-full"  # TLS settings reach the driver unchanged
    assert SECRET not in safe_url(url) and "***" in safe_url(url)
    assert SECRET not in safe_url(f"postgresql+psycopg://coord:{SECRET}@h/db")
    monkeypatch.setenv(ENV_DB_URL, "sqlite:////tmp/x.db")
    assert str(resolve_db_url()) == "sqlite:////tmp/x.db"
    assert resolve_db_url("postgresql+psycopg://h/db") is not None
    monkeypatch.delenv(ENV_DB_URL)
    assert resolve_db_url() is None


@pytest.mark.parametrize(
    "text",
    [f"mysql://root:{SECRET}@h/db", f"postgresql+asyncpg://u:{SECRET}@h/db", "not a url at all", "sqlite://"],
)
def test_unsupported_urls_are_refused_without_showing_the_password(text: str) -> None:
    with pytest.raises(StoreError) as caught:
        parse_db_url(text)
    assert SECRET not in str(caught.value)


def test_an_unreachable_server_is_a_message_without_the_password(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://coord:{SECRET}@127.0.0.1:9/needs?connect_timeout=2"
    with pytest.raises(StoreError) as caught:
        open_store(tmp_path / "data", db_url=url)
    message = str(caught.value)
    assert caught.value.kind == "unavailable"
    assert SECRET not in message and "127.0.0.1" in message and "--db-url" in message


def test_cli_db_url_reaches_every_command(
    hub_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # main() sets the variable for the process; setenv first so that monkeypatch restores it after.
    monkeypatch.setenv(ENV_DB_URL, "")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"settlement": "Koidu"}), encoding="utf-8")
    forms = Path(__file__).resolve().parents[2] / "forms"
    assert any(forms.glob("*.yaml"))
    base = ["--data-dir", str(tmp_path / "one"), "--db-url", hub_url]
    assert main([*base, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "two"), "--db-url", hub_url, "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) > 10  # a second computer sees what the first one wrote
    monkeypatch.setenv(ENV_DB_URL, "")
    assert main(["--data-dir", str(tmp_path / "three"), "list", "--json"]) == 0  # without: its own folder
    assert json.loads(capsys.readouterr().out) == []
