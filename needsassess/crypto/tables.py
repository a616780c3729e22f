"""Tables of the coordinator's trust: enrolled officer keys, packages held back, revoked keys.

They have their own metadata (the migrations ``0201_crypto_tables`` and ``0202_crypto_revoked``
create them, on a branch labelled ``crypto``) so the store's model checks do not depend on this package being imported.
"""

from __future__ import annotations

from sqlalchemy import Column, MetaData, String, Table, Text

METADATA = MetaData()
_FP, _HASH, _TIME = 40, 64, 27

KEYS = Table(
    "crypto_keys",
    METADATA,
    Column("fingerprint", String(_FP), primary_key=True),  # as shown: 8 groups of 4, spaces
    Column("algorithm", String(16), nullable=False),
    Column("public_key", String(64), nullable=False),  # base64 of the raw key
    Column("officer", String(200), nullable=False),
    Column("device_id", String(200), nullable=False),
    Column("enrolled_at", String(_TIME), nullable=False),
    Column("enrolled_by", String(200), nullable=False),
    Column("source", Text(), nullable=False),  # how: from which package or file, or accepted at import
)

HELD = Table(
    "crypto_held",
    METADATA,
    Column("file_sha256", String(_HASH), primary_key=True),
    Column("file_name", String(300), nullable=False),
    Column("path", Text(), nullable=False),
    Column("package_id", String(36), nullable=False),
    Column("signer", String(_FP), nullable=True),  # None: the package is not signed
    Column("officer", String(200), nullable=False),
    Column("device_id", String(200), nullable=False),
    Column("reason", Text(), nullable=False),
    Column("held_at", String(_TIME), nullable=False),
)

REVOKED = Table(
    "crypto_revoked",
    METADATA,
    Column("fingerprint", String(_FP), primary_key=True),  # the same form as crypto_keys.fingerprint
    Column("officer", String(200), nullable=False),  # "" when the key was never enrolled here
    Column("device_id", String(200), nullable=False),
    Column("revoked_at", String(_TIME), nullable=False),
    Column("revoked_by", String(200), nullable=False),  # the coordinator's officer name setting
    Column("reason", Text(), nullable=False),
)
