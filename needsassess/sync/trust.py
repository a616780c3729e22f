"""Whom a coordinator trusts: enrolled officer keys, held-back packages, and the import decision.

A data folder enforces enrolment once it is a coordinator's (it has a coordinator key) or has
enrolled any key. Then a package is imported only when its signature verifies *and* its key is
enrolled; an unknown key, an unsigned package, or a package that names a device whose enrolled key
is a different one (re-signed by another sender) is held back until the coordinator accepts it.
Before that (an officer's laptop, a fresh install) signatures are still verified and shown, and a
bad signature is always refused. Every acceptance and every hold is written to the audit.

A revoked key (a lost or stolen device) is refused in every folder, before anything else is
considered and whatever the coordinator accepts; revocation is final, so the key cannot be
enrolled again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from needsassess.crypto.fingerprints import normalize_fingerprint
from needsassess.crypto.keyfiles import KEYS_FOLDER, b64
from needsassess.crypto.keys import COORDINATOR_KEY, PublicKey
from needsassess.crypto.signing import Signer
from needsassess.errors import Catalogue, Phrase, UserError
from needsassess.errors.crypto_codes import TrustCode
from needsassess.errors.sync_codes import SyncCode
from needsassess.store import AssessmentStore, Transaction
from needsassess.store import trust as rows
from needsassess.store.trust import EnrolledKey, HeldPackage, RevokedKey
from needsassess.sync.errors import PackageRefused
from needsassess.sync.package_format import SIGNATURE
from needsassess.timefmt import utc_now

__all__ = ["EnrolledKey", "HeldPackage", "PackageHeld", "RevokedKey", "Trust", "decide", "enrol", "revoke"]

# Audit events of this package (store-wide rows: no assessment uuid).
KEY_ENROLLED, SIGNER_ACCEPTED, PACKAGE_HELD = "key_enrolled", "signer_accepted", "package_held"
KEY_REVOKED = "key_revoked"


@dataclass(frozen=True)
class Trust:
    """What the import learnt about the sender, for the result line."""

    signer: Signer | None
    enrolled: bool
    accepted_now: bool = False


class PackageHeld(UserError):
    """Verified but not trusted yet: nothing imported until the coordinator accepts the signer."""

    def __init__(self, code: Catalogue, signer: Signer | None, officer: str, device_id: str, package_id: str,
                 **params: object) -> None:
        self.signer = signer
        self.officer, self.device_id, self.package_id = officer, device_id, package_id
        self.package = ""
        super().__init__(code, **params)

    @property
    def reason(self) -> str:
        """The bare reason in English (kept with the held package)."""
        return self.body()

    def text(self, language: str = "en") -> str:
        source = f"{self.package}: " if self.package else ""
        name = self.package or "PACKAGE"
        how = (f"needsassess keys enrol {name} --fingerprint '{self.signer.fingerprint}'"
               if self.signer else "needsassess keys enrol OFFICER_KEY_FILE")
        return TrustCode.HELD.render(
            language, {"source": source, "reason": self.body(language), "how": how, "name": name})

    def in_package(self, package: str) -> PackageHeld:
        self.package = package
        self.args = (self.text(),)
        return self


@dataclass(frozen=True)
class Problems:
    """Why a package is held back, each in the catalogue, worded together in the reader's language."""

    phrases: list[Phrase]

    def render(self, language: str) -> str:
        return "; ".join(p.render(language) for p in self.phrases)

    def __str__(self) -> str:
        return self.render("en")


def requires_enrolment(store: AssessmentStore, conn: Transaction) -> bool:
    if (Path(store.data_dir) / KEYS_FOLDER / COORDINATOR_KEY).exists():
        return True
    return rows.any_enrolled(conn)


def _audit(conn: Transaction, store: AssessmentStore, event: str, detail: str) -> None:
    rows.audit_event(conn, event, detail, (store.settings.officer_name, store.device_id))


def enrol(store: AssessmentStore, key: PublicKey, source: str, conn: Transaction | None = None) -> bool:
    """Trust ``key`` for packages from now on; False when it was already enrolled. Audited."""
    if key.kind != "device":
        raise UserError(TrustCode.IS_COORDINATOR_KEY)
    if conn is None:
        with store.write("enrol an officer's key") as own:
            return enrol(store, key, source, own)
    revoked = rows.revoked_key(conn, key.fingerprint)
    if revoked is not None:
        raise UserError(TrustCode.REVOKED_FINAL, key=revoked.describe())
    if rows.enrolled_key(conn, key.fingerprint) is not None:
        return False
    enrolled = EnrolledKey(key.fingerprint, key.name, key.device_id, utc_now(), store.settings.officer_name, source)
    rows.add_key(conn, enrolled, key.algorithm, b64(key.raw))
    _audit(conn, store, KEY_ENROLLED,
           f"enrolled the key of {key.name or 'an unnamed officer'} (device {key.device_id or '?'}), "
           f"fingerprint {key.fingerprint}, {source}")
    return True


def enrolled_keys(store: AssessmentStore) -> list[EnrolledKey]:
    with store.read("list the enrolled keys") as conn:
        return rows.enrolled_keys(conn)


def revoke(store: AssessmentStore, fingerprint: str, reason: str) -> RevokedKey:
    """Refuse every package signed by this key from now on (a lost or stolen device). Audited, final.

    A key never enrolled here can be revoked too: the device may be lost before its packages came.
    """
    canonical = normalize_fingerprint(fingerprint)
    if canonical is None:
        raise UserError(TrustCode.NOT_A_FINGERPRINT, given=repr(fingerprint.strip()))
    if not reason.strip():
        raise UserError(TrustCode.REVOKE_REASON)
    with store.write("revoke an officer's key") as conn:
        earlier = rows.revoked_key(conn, canonical)
        if earlier is not None:
            raise UserError(TrustCode.ALREADY_REVOKED, key=canonical, date=earlier.revoked_at[:10],
                            by=Phrase(TrustCode.REVOKED_BY, name=earlier.revoked_by) if earlier.revoked_by else "",
                            reason=earlier.reason)
        enrolled = rows.enrolled_key(conn, canonical)
        revoked = RevokedKey(canonical, enrolled.officer if enrolled else "", enrolled.device_id if enrolled else "",
                             utc_now(), store.settings.officer_name[:200], reason.strip())
        rows.revoke_key(conn, revoked)
        _audit(conn, store, KEY_REVOKED,
               f"revoked the key of {revoked.officer or 'an officer not enrolled here'} "
               f"(device {revoked.device_id or '?'}), fingerprint {canonical}: {revoked.reason}")
    return revoked


def revoked_keys(store: AssessmentStore) -> list[RevokedKey]:
    """Every revoked key, the latest first."""
    with store.read("list the revoked keys") as conn:
        return rows.revoked_keys(conn)


def held_packages(store: AssessmentStore) -> list[HeldPackage]:
    with store.read("list the packages held back") as conn:
        return rows.held_packages(conn)


def decide(store: AssessmentStore, conn: Transaction, signer: Signer | None, officer: str, device_id: str,
           package_id: str, accept: bool, file_name: str) -> Trust:
    """Import, accept (audited) or hold back a verified package, in the import's transaction.

    A revoked signer is refused first: neither enrolment nor ``accept`` can let its package in.
    """
    if signer is not None:
        revoked = rows.revoked_key(conn, signer.fingerprint)
        if revoked is not None:
            if not revoked.officer:  # never enrolled here: name it as the signed manifest does
                revoked = replace(revoked, officer=signer.officer, device_id=signer.device_id)
            raise PackageRefused(SyncCode.SIGNED_BY_REVOKED, SIGNATURE, key=revoked.describe())
    enforcing = requires_enrolment(store, conn)
    who: str | Phrase = repr(officer) if officer else Phrase(TrustCode.UNNAMED_OFFICER)
    if signer is None:
        if accept and enforcing:
            _audit(conn, store, SIGNER_ACCEPTED, f"accepted the unsigned package {file_name} ({package_id})")
        if accept or not enforcing:
            return Trust(None, False, accept and enforcing)
        raise PackageHeld(TrustCode.UNSIGNED, None, officer, device_id, package_id, who=who, device=device_id)
    enrolled = rows.enrolled_key(conn, signer.fingerprint) is not None
    others = [fp for fp in rows.device_fingerprints(conn, device_id) if fp != signer.fingerprint]
    if enrolled and not others:
        return Trust(signer, True)
    problems: list[Phrase] = []
    if others:
        problems.append(Phrase(TrustCode.OTHER_SENDER, device=device_id, who=who, enrolled=others[0],
                               fingerprint=signer.fingerprint))
    if not enrolled:
        problems.append(Phrase(TrustCode.NOT_ENROLLED, who=who, device=device_id, fingerprint=signer.fingerprint))
    if accept:
        enrol(store, signer.public_key(), f"accepted when importing {file_name}", conn)
        _audit(conn, store, SIGNER_ACCEPTED, f"accepted {file_name} ({package_id}): " + str(Problems(problems)))
        return Trust(signer, True, True)
    if not enforcing:
        return Trust(signer, False)
    raise PackageHeld(TrustCode.NOT_TRUSTED, signer, officer, device_id, package_id, problems=Problems(problems))


def record_held(store: AssessmentStore, held: PackageHeld, path: Path, file_sha256: str) -> None:
    """Remember a held-back package (once per file) and audit it; the import itself changed nothing."""
    with store.write("record a package held back") as conn:
        rows.hold_package(conn, HeldPackage(
            file_sha256=file_sha256, file_name=path.name[:300], path=str(path.resolve()), package_id=held.package_id,
            signer=held.signer.fingerprint if held.signer else None, officer=held.officer[:200],
            device_id=held.device_id[:200], reason=held.reason, held_at=utc_now()))
        _audit(conn, store, PACKAGE_HELD, f"held back {path.name}: {held.reason}")


def forget_held(conn: Transaction, file_sha256: str) -> None:
    """The package was imported after all (its signer accepted)."""
    rows.forget_held(conn, file_sha256)
