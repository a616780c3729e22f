"""The sync tests' stores and tiny form serve the tables for analysts too."""

from tests.sync.conftest import forms_dir, make_store  # noqa: F401  # fixtures, used by name

