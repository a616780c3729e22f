"""The hub works as a role granted only what docs/hub.md lists, and the owner role upgrades it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from needsassess.store import StoreError, open_store
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package
from tests.hub.conftest import StoreFactory, _admin_execute, postgresql_base_url
from tests.sync.conftest import FakeSession, finalized

APP_GRANTS = """
GRANT USAGE ON SCHEMA {schema} TO {app};
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA {schema} TO {app};
GRANT DELETE ON {schema}.assessment_attachments, {schema}.crypto_held TO {app};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {app};
"""


@pytest.fixture
def roles() -> Iterator[tuple[str, str, str]]:
    """(owner URL, app URL, schema): two fresh roles and a schema owned by the first."""
    base = postgresql_base_url()
    tag = uuid.uuid4().hex[:8]
    owner, app, schema = f"na_owner_{tag}", f"na_app_{tag}", f"roles_{tag}"
    _admin_execute(base, f"CREATE ROLE {owner} LOGIN; CREATE ROLE {app} LOGIN")
    _admin_execute(base, f"CREATE SCHEMA {schema} AUTHORIZATION {owner}")
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    urls = [url.set(username=name).render_as_string(hide_password=False) for name in (owner, app)]
    try:
        yield urls[0], urls[1], schema
    finally:
        _admin_execute(base, f"DROP SCHEMA {schema} CASCADE")
        _admin_execute(base, f"DROP OWNED BY {app}; DROP ROLE {app}; DROP ROLE {owner}")


def test_the_app_role_needs_only_the_documented_rights(
    roles: tuple[str, str, str], make_laptop: StoreFactory, forms_dir: Path, tmp_path: Path
) -> None:
    owner_url, app_url, schema = roles
    app = app_url.split("//", 1)[1].split("@", 1)[0]
    with pytest.raises(StoreError) as caught:  # the app role cannot create the schema
        open_store(tmp_path / "early", forms_dir=forms_dir, db_url=app_url)
    assert caught.value.kind == "denied" and "docs/hub.md" in str(caught.value)
    open_store(tmp_path / "owner", forms_dir=forms_dir, db_url=owner_url).close()
    _admin_execute(owner_url, APP_GRANTS.format(schema=schema, app=app))

    laptop = make_laptop("laptop")
    finalized(laptop, "Khajura", photo=4)
    package = export_package(laptop, tmp_path / "p.napkg").path
    with open_store(tmp_path / "coordinator", forms_dir=forms_dir, db_url=app_url) as hub:
        assert import_package(hub, package).new == 1
        record = hub.create(
            "mini", FakeSession({"settlement": "Koidu", "site_photo": hub.add_attachment_bytes(b"\x89PNG\r\n\x1a\nx")})
        )
        hub.save_draft(record.uuid, FakeSession({"settlement": "Koidu"}))  # drops the photo link: DELETE
        hub.finalize(record.uuid, FakeSession({"settlement": "Koidu"}))
        hub.review(record.uuid, "approved")
        hub.settings.officer_name = "Aziza"
        assert hub.count() == 2
