"""Tables of the coordinator's trust: enrolled officer keys, packages held back, revoked keys.

They sit beside the store's own tables (same metadata) and are created by the migrations
``0201_crypto_tables`` and ``0202_crypto_revoked`` (a branch labelled ``crypto``); the table and
column names are those migrations'. The rows are read and written by ``store.trust``.
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from needsassess.store.models import HASH_LEN, TIME_LEN, Base

FP_LEN = 40  # a fingerprint as shown: 8 groups of 4, spaces


class CryptoKey(Base):
    """An officer's device key the coordinator enrolled: packages it signs are imported."""

    __tablename__ = "crypto_keys"

    fingerprint: Mapped[str] = mapped_column(String(FP_LEN), primary_key=True)
    algorithm: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw key
    officer: Mapped[str] = mapped_column(String(200))
    device_id: Mapped[str] = mapped_column(String(200))
    enrolled_at: Mapped[str] = mapped_column(String(TIME_LEN))
    enrolled_by: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text)  # how: from which package or file, or accepted at import


class CryptoHeld(Base):
    """A package that verified but whose signer is not trusted yet (once per file)."""

    __tablename__ = "crypto_held"

    file_sha256: Mapped[str] = mapped_column(String(HASH_LEN), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300))
    path: Mapped[str] = mapped_column(Text)
    package_id: Mapped[str] = mapped_column(String(36))
    signer: Mapped[str | None] = mapped_column(String(FP_LEN))  # None: the package is not signed
    officer: Mapped[str] = mapped_column(String(200))
    device_id: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    held_at: Mapped[str] = mapped_column(String(TIME_LEN))


class CryptoRevoked(Base):
    """A key revoked for good (a lost or stolen device): its packages are refused."""

    __tablename__ = "crypto_revoked"

    fingerprint: Mapped[str] = mapped_column(String(FP_LEN), primary_key=True)  # as crypto_keys.fingerprint
    officer: Mapped[str] = mapped_column(String(200))  # "" when the key was never enrolled here
    device_id: Mapped[str] = mapped_column(String(200))
    revoked_at: Mapped[str] = mapped_column(String(TIME_LEN))
    revoked_by: Mapped[str] = mapped_column(String(200))  # the coordinator's officer name setting
    reason: Mapped[str] = mapped_column(Text)


_TABLES = Base.metadata.tables
KEYS = _TABLES["crypto_keys"]
HELD = _TABLES["crypto_held"]
REVOKED = _TABLES["crypto_revoked"]
