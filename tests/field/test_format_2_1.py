"""Format 2.1 beside 2.0: new member kinds are counted and checked; 2.0 manifests still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused
from needsassess.sync.field_format import datasets_named_by, read_dataset_csv
from needsassess.sync.reader import PackageReader
from tests.sync.zips import manifest_for, read_all, valid_members, write_zip


def test_a_2_0_manifest_without_the_new_counts_still_reads(tmp_path: Path) -> None:
    members = valid_members()
    manifest = manifest_for(members, format_version="2.0")
    del manifest["counts"]["dataset"], manifest["counts"]["return"]
    with PackageReader(write_zip(tmp_path / "old.napkg", members, manifest)) as reader:
        assert reader.manifest.counts["dataset"] == reader.manifest.counts["return"] == 0
        assert len(read_all(reader)) == 3


def test_dataset_members_are_counted_and_digested(tmp_path: Path) -> None:
    members = [*valid_members(), (fmt.dataset_member("sites"), b"name,label\nbo,Bo\n", None)]
    with PackageReader(write_zip(tmp_path / "p.napkg", members)) as reader:
        assert reader.manifest.counts["dataset"] == 1
        assert read_all(reader)["datasets/sites.csv"] == b"name,label\nbo,Bo\n"
    uncounted = manifest_for(members)
    uncounted["counts"]["dataset"] = 0
    with pytest.raises(PackageRefused):
        PackageReader(write_zip(tmp_path / "q.napkg", members, uncounted))


@pytest.mark.parametrize("name", ["datasets/../x.csv", "datasets/a/b.csv", "returns/ABC.sealed",
                                  "returns/" + "0" * 39 + ".sealed", "datasets/.csv"])
def test_new_member_names_are_strict(name: str) -> None:
    assert fmt.name_problem(name) is not None


@pytest.mark.parametrize("data", [b"", b"\xff\xfe", b"a,a\n1,2\n", b",x\n", b"a\x00\n"])
def test_a_malformed_dataset_is_refused(data: bytes) -> None:
    with pytest.raises(PackageRefused):
        read_dataset_csv(data, "datasets/x.csv")


def test_the_datasets_a_form_names() -> None:
    text = "type: select_one sites.csv\ncalculation: pulldata('households', 'head', 'id', ${x})"
    assert datasets_named_by(text, ["sites", "households", "other", "site"]) == ["sites", "households"]
