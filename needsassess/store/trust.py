"""The trust rows: enrolled officer keys, revoked keys, packages held back (``store.trust_models``).

Only rows: which signer is trusted is decided by ``needsassess.sync.trust``, which calls these in
its own transactions (``store.read`` / ``store.write``, or the import's). Each function returns
frozen records, never database rows. Store-wide audit events (no assessment) go in with them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Row, delete, func, insert, select
from sqlalchemy.engine import Connection

from needsassess.store.audit import audit_row, write_audit
from needsassess.store.trust_models import HELD, KEYS, REVOKED
from needsassess.timefmt import utc_now


@dataclass(frozen=True)
class EnrolledKey:
    fingerprint: str
    officer: str
    device_id: str
    enrolled_at: str
    enrolled_by: str
    source: str


@dataclass(frozen=True)
class HeldPackage:
    file_sha256: str
    file_name: str
    path: str
    package_id: str
    signer: str | None
    officer: str
    device_id: str
    reason: str
    held_at: str


@dataclass(frozen=True)
class RevokedKey:
    fingerprint: str
    officer: str  # "" when the key was never enrolled here
    device_id: str
    revoked_at: str
    revoked_by: str
    reason: str

    def describe(self) -> str:
        """``AHJJ … of Sita (device 41a7…), revoked on 2026-11-28 by Ram: laptop stolen``."""
        owner = f" of {self.officer}" if self.officer else ""
        device = f" (device {self.device_id})" if self.device_id else ""
        by = f" by {self.revoked_by}" if self.revoked_by else ""
        return f"{self.fingerprint}{owner}{device}, revoked on {self.revoked_at[:10]}{by}: {self.reason}"


def _enrolled(row: Row[Any]) -> EnrolledKey:
    m = row._mapping
    return EnrolledKey(m["fingerprint"], m["officer"], m["device_id"], m["enrolled_at"], m["enrolled_by"], m["source"])


def any_enrolled(conn: Connection) -> bool:
    return bool(conn.execute(select(func.count()).select_from(KEYS)).scalar())


def enrolled_key(conn: Connection, fingerprint: str) -> EnrolledKey | None:
    row = conn.execute(select(KEYS).where(KEYS.c.fingerprint == fingerprint)).first()
    return None if row is None else _enrolled(row)


def device_fingerprints(conn: Connection, device_id: str) -> list[str]:
    """The fingerprints of the keys enrolled for ``device_id``."""
    return list(conn.execute(select(KEYS.c.fingerprint).where(KEYS.c.device_id == device_id)).scalars())


def enrolled_keys(conn: Connection) -> list[EnrolledKey]:
    return [_enrolled(r) for r in conn.execute(select(KEYS).order_by(KEYS.c.officer, KEYS.c.enrolled_at))]


def add_key(conn: Connection, key: EnrolledKey, algorithm: str, public_key: str) -> None:
    """Enrol a key (``public_key``: base64 of the raw key)."""
    conn.execute(insert(KEYS).values(**asdict(key), algorithm=algorithm, public_key=public_key))


def revoked_key(conn: Connection, fingerprint: str) -> RevokedKey | None:
    row = conn.execute(select(REVOKED).where(REVOKED.c.fingerprint == fingerprint)).first()
    return None if row is None else RevokedKey(**row._asdict())


def revoke_key(conn: Connection, revoked: RevokedKey) -> None:
    """Forget the key's enrolment, if any, and keep its revocation."""
    conn.execute(delete(KEYS).where(KEYS.c.fingerprint == revoked.fingerprint))
    conn.execute(insert(REVOKED).values(**asdict(revoked)))


def revoked_keys(conn: Connection) -> list[RevokedKey]:
    """Every revoked key, the latest first."""
    return [RevokedKey(**r._asdict()) for r in conn.execute(select(REVOKED).order_by(REVOKED.c.revoked_at.desc()))]


def held_packages(conn: Connection) -> list[HeldPackage]:
    return [HeldPackage(**r._asdict()) for r in conn.execute(select(HELD).order_by(HELD.c.held_at.desc()))]


def hold_package(conn: Connection, held: HeldPackage) -> None:
    """Remember a package held back, once per file (a later hold of the same file replaces it)."""
    forget_held(conn, held.file_sha256)
    conn.execute(insert(HELD).values(**asdict(held)))


def forget_held(conn: Connection, file_sha256: str) -> None:
    conn.execute(delete(HELD).where(HELD.c.file_sha256 == file_sha256))


def audit_event(conn: Connection, event: str, detail: str, who: tuple[str, str]) -> None:
    """A store-wide audit row (no assessment): enrolments, acceptances, holds, revocations."""
    write_audit(conn, [audit_row(event, None, None, utc_now(), who, detail=detail)])
