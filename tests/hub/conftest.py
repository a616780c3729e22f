"""One store fixture, two databases: every hub test runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``NEEDSASSESS_TEST_PG_URL`` (``.ci/postgres start`` prints one). Each test
gets its own schema in that database (``options=-csearch_path=...`` in the URL, passed through to
libpq), dropped afterwards, so tests never see each other's rows and need no new database.
Without a server the PostgreSQL cases are skipped with the reason shown; under CI (``CI=true``)
they fail instead, so a CI run can never pass without having run them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from needsassess.store import AssessmentStore, open_store
from tests.sync.conftest import FORM_YAML

PG_URL_ENV = "NEEDSASSESS_TEST_PG_URL"
BACKENDS = ("sqlite", "postgresql")
StoreFactory = Callable[..., AssessmentStore]


def postgresql_base_url() -> str:
    """The server to test against, or skip (fail under CI) with the reason."""
    url = os.environ.get(PG_URL_ENV, "")
    if not url:
        reason = f"no PostgreSQL server: set {PG_URL_ENV} (url=$(.ci/postgres start))"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{reason}; CI must run the PostgreSQL tests")
        pytest.skip(reason)
    try:
        import psycopg  # noqa: F401 - only checking that the driver is installed
    except ImportError:
        pytest.fail('the PostgreSQL driver is missing: pip install "psycopg[binary]>=3.1"')
    return url


def _admin_execute(base_url: str, statement: str) -> None:
    engine = create_engine(base_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL whose connections see only a fresh, empty schema of the test server."""
    base = postgresql_base_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    _admin_execute(base, f"CREATE SCHEMA {schema}")
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        _admin_execute(base, f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def hub_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The database URL of the hub under test: a SQLite file, or a PostgreSQL schema."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'hub.db'}"
    return str(request.getfixturevalue("pg_schema_url"))


@pytest.fixture
def forms_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "mini.yaml").write_text(FORM_YAML, encoding="utf-8")
    return folder


@pytest.fixture
def make_hub(tmp_path: Path, forms_dir: Path, hub_url: str) -> Iterator[StoreFactory]:
    """Opens stores on the hub database under test; several calls share that database."""
    opened: list[AssessmentStore] = []

    def make(name: str = "hub", **options: object) -> AssessmentStore:
        store = open_store(tmp_path / name, forms_dir=forms_dir, db_url=hub_url, **options)  # type: ignore[arg-type]
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def hub(make_hub: StoreFactory) -> AssessmentStore:
    return make_hub()


@pytest.fixture
def make_laptop(tmp_path: Path, forms_dir: Path) -> Iterator[StoreFactory]:
    """Field laptops: always a SQLite data folder of their own."""
    opened: list[AssessmentStore] = []

    def make(name: str) -> AssessmentStore:
        store = open_store(tmp_path / name, forms_dir=forms_dir)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
