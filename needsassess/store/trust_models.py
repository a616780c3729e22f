"""Tables of the coordinator's trust: enrolled officer keys, packages held back, revoked keys.

They sit beside the store's own tables (same metadata) and are created by the migrations
``0201_crypto_tables`` and ``0202_crypto_revoked`` (a branch labelled ``crypto``); the table and
column names are those migrations'. The rows are read and written by ``store.trust``.
"""

from __future__ import annotations

from sqlalchemy import Column, String, Table, Text

from needsassess.store.models import HASH_LEN, METADATA, TIME_LEN

FP_LEN = 40  # a fingerprint as shown: 8 groups of 4, spaces


# An officer's device key the coordinator enrolled: packages it signs are imported.
KEYS = Table(
    "crypto_keys",
    METADATA,
    Column("fingerprint", String(FP_LEN), primary_key=True),
    Column("algorithm", String(16), nullable=False),
    Column("public_key", String(64), nullable=False),  # base64 of the raw key
    Column("officer", String(200), nullable=False),
    Column("device_id", String(200), nullable=False),
    Column("enrolled_at", String(TIME_LEN), nullable=False),
    Column("enrolled_by", String(200), nullable=False),
    Column("source", Text, nullable=False),  # how: from which package or file, or accepted at import
)


# A package that verified but whose signer is not trusted yet (once per file).
HELD = Table(
    "crypto_held",
    METADATA,
    Column("file_sha256", String(HASH_LEN), primary_key=True),
    Column("file_name", String(300), nullable=False),
    Column("path", Text, nullable=False),
    Column("package_id", String(36), nullable=False),
    Column("signer", String(FP_LEN)),  # None: the package is not signed
    Column("officer", String(200), nullable=False),
    Column("device_id", String(200), nullable=False),
    Column("reason", Text, nullable=False),
    Column("held_at", String(TIME_LEN), nullable=False),
)


# A key revoked for good (a lost or stolen device): its packages are refused.
REVOKED = Table(
    "crypto_revoked",
    METADATA,
    Column("fingerprint", String(FP_LEN), primary_key=True),  # as crypto_keys.fingerprint
    Column("officer", String(200), nullable=False),  # "" when the key was never enrolled here
    Column("device_id", String(200), nullable=False),
    Column("revoked_at", String(TIME_LEN), nullable=False),
    Column("revoked_by", String(200), nullable=False),  # the coordinator's officer name setting
    Column("reason", Text, nullable=False),
)
