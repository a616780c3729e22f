"""The form catalog finds a form without parsing the files of other forms.

An import asks the catalog for forms that are not shipped at all; parsing every shipped form
(about 0.1 s each) to learn that was most of a small import's time.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest

from needsassess.store import catalog as catalog_module
from needsassess.store.catalog import FormCatalog
from needsassess.store.errors import StoreError
from tests.store.store_helpers import FORM_YAML


def _no_db(purpose: str) -> AbstractContextManager[Any]:
    raise AssertionError(f"the catalog should not need the database to {purpose}")


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the catalog parsed, in order."""
    names: list[str] = []
    real = catalog_module.load_form_text

    def counting(text: str, source: str) -> Any:
        names.append(Path(source).name)
        return real(text, source)

    monkeypatch.setattr(catalog_module, "load_form_text", counting)
    return names


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "forms"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_form_under_another_file_name_is_found_without_parsing_the_others(
    tmp_path: Path, parsed: list[str]
) -> None:
    folder = _folder(
        tmp_path,
        {
            "a_mini.yaml": FORM_YAML,
            "b_other.yaml": FORM_YAML.replace("form_id: mini", "form_id: other"),
            "c_sought.yaml": FORM_YAML.replace("form_id: mini", "form_id: 'sought'  # renamed"),
        },
    )
    catalog = FormCatalog(folder, _no_db)
    assert catalog.latest("sought").form_id == "sought"
    assert parsed == ["c_sought.yaml"]
    assert [f.form_id for f in catalog.all_latest()] == ["mini", "other", "sought"]
    assert sorted(parsed) == ["a_mini.yaml", "b_other.yaml", "c_sought.yaml"]  # each parsed once


def test_an_unknown_form_parses_nothing_whose_id_line_is_clear(tmp_path: Path, parsed: list[str]) -> None:
    folder = _folder(tmp_path, {"mini.yaml": FORM_YAML, "odd.yaml": "title: no id line here\n"})
    catalog = FormCatalog(folder, _no_db)
    with pytest.raises(StoreError) as err:
        catalog.latest("absent")
    assert "known forms: mini" in str(err.value)
    # The file without a top-level id line had to be parsed to be sure; its problem is told once.
    assert parsed.count("odd.yaml") == 1 and parsed.count("mini.yaml") == 1
    assert len(catalog.problems) == 1 and "odd.yaml" in catalog.problems[0]


def test_the_shipped_form_wins_over_a_user_form_with_its_id(tmp_path: Path, parsed: list[str]) -> None:
    shipped = _folder(tmp_path, {"x.yaml": FORM_YAML})
    user = tmp_path / "user"
    user.mkdir()
    (user / "y.yaml").write_text(FORM_YAML.replace('version: "1"', 'version: "9"'), encoding="utf-8")
    catalog = FormCatalog(shipped, _no_db, user_forms_dir=user)
    assert catalog.latest("mini").version == "1"


def test_a_huge_form_file_is_refused_by_its_size_without_being_read(
    tmp_path: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, {"mini.yaml": FORM_YAML})
    with (folder / "huge.yaml").open("wb") as handle:
        handle.truncate(3 * 2**30)  # sparse: 3 GB that reading would have to allocate
    real_read = Path.read_text

    def read_text(self: Path, *args: Any, **kwargs: Any) -> str:
        assert self.name != "huge.yaml", "the huge file was read"
        return real_read(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", read_text)
    catalog = FormCatalog(folder, _no_db)
    with pytest.raises(StoreError):
        catalog.latest("absent")
    assert "huge.yaml" not in parsed
    assert any("huge.yaml" in p and "3072 MB" in p for p in catalog.problems), catalog.problems


def test_an_oversized_stored_definition_is_refused_unread(tmp_path: Path, parsed: list[str]) -> None:
    from needsassess.store import open_store

    with open_store(tmp_path / "data", forms_dir=_folder(tmp_path, {"mini.yaml": FORM_YAML})) as store:
        with store.write("test") as conn:
            conn.exec_driver_sql(
                "INSERT INTO form_definitions (form_id, version, yaml_text, sha256, stored_at) "
                "VALUES ('planted', '1', hex(zeroblob(9 * 524288)), 'x', 't')"  # 9 MB of text
            )
        with pytest.raises(StoreError) as err:
            store.forms.get("planted", "1")
    assert err.value.kind == "corrupt" and "at most 8 MB" in str(err.value)
    assert not any("planted" in name for name in parsed)
