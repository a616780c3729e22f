"""``send``: the coordinator's field package back down to officers (docs/packages.md, Field packages).

One write transaction takes the next sequence number, reads what goes in (current form versions and
which forms are retired, the datasets those forms name, the assessments waiting on a follow-up with
their comment threads) and writes the package file; a failure to write rolls the sequence back, so
numbers are never skipped or reused. Returned assessments are sealed per officer device key: only
the addressed officers' devices can open them. Signed with this installation's device key, whose
public half the coordinator's public key file carries (``signing-key``).
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from needsassess import __version__
from needsassess.crypto.fingerprints import fingerprint_bytes, normalize_fingerprint
from needsassess.crypto.keys import coordinator_key, device_key
from needsassess.crypto.signing import sign_manifest
from needsassess.errors import UserError
from needsassess.errors.field_codes import FieldCode
from needsassess.store import AssessmentStore, Transaction, ledger
from needsassess.store import field as rows
from needsassess.store import trust as trust_rows
from needsassess.store.datasets import datasets_for
from needsassess.sync import field_format as ff
from needsassess.sync import field_returns
from needsassess.sync.builder import PackageBuilder
from needsassess.sync.exporter import revision_document
from needsassess.sync.writer import atomic_file
from needsassess.timefmt import utc_now


@dataclass(frozen=True)
class Recipient:
    fingerprint: str  # the officer device's signing key
    officer: str
    device_id: str
    encryption_raw: bytes

    @property
    def key_id(self) -> str:
        return fingerprint_bytes("x25519", self.encryption_raw).hex()


@dataclass(frozen=True)
class SendResult:
    path: Path
    package_id: str
    sequence: int
    forms: tuple[str, ...]  # "form_id version"
    retired: tuple[str, ...]
    datasets: tuple[str, ...]
    returned: dict[str, int] = field(default_factory=dict)  # officer key fingerprint -> assessments
    not_addressed: tuple[str, ...] = ()  # follow-ups whose officer is not addressed or has no key
    signed_by: str = ""


def _recipients(store: AssessmentStore, conn: Transaction, to: Sequence[str]) -> list[Recipient]:
    """The addressed officer keys (``to``), or every enrolled key with an encryption key."""
    found: list[Recipient] = []
    wanted = [(given, normalize_fingerprint(given)) for given in to]
    keys = {k.fingerprint: k for k in trust_rows.enrolled_keys(conn)}
    for given, fp in wanted:
        if fp is None or fp not in keys:
            raise UserError(FieldCode.SEND_UNKNOWN_OFFICER, fingerprint=given)
        enc = rows.field_key(conn, fp)
        raw = ff.key_from_b64(enc.encryption_key) if enc is not None else None
        if raw is None:
            raise UserError(FieldCode.SEND_NO_ENCRYPTION_KEY, fingerprint=fp, officer=keys[fp].officer or "?")
        found.append(Recipient(fp, keys[fp].officer, keys[fp].device_id, raw))
    if to:
        return found
    for key in keys.values():
        enc = rows.field_key(conn, key.fingerprint)
        raw = ff.key_from_b64(enc.encryption_key) if enc is not None else None
        if raw is not None:
            found.append(Recipient(key.fingerprint, key.officer, key.device_id, raw))
    return found


def _current_forms(store: AssessmentStore) -> list[tuple[str, str, str]]:
    """Every current form version: (form_id, version, definition text)."""
    return [(form.form_id, form.version, store.forms.definition_text(form.form_id, form.version))
            for form in store.forms.all_latest()]


def _datasets(store: AssessmentStore, builder: PackageBuilder, texts: Sequence[str]) -> list[str]:
    datasets = datasets_for(store)
    known = [info.name for info in datasets.list()]
    names = sorted({name for text in texts for name in ff.datasets_named_by(text, known)})
    for name in names:
        info = datasets.latest(name)
        assert info is not None
        builder.add_dataset(name, ff.dataset_csv(info.columns, datasets.rows(name, info.version)))
    return names


def _returns(conn: Transaction, builder: PackageBuilder, recipients: Sequence[Recipient]
             ) -> tuple[list[ff.ReturnsEntry], list[str]]:
    """Seal each addressed officer's follow-ups to that officer's device key."""
    created = ledger.created_times(conn)
    per_key: dict[str, list[tuple[dict[str, Any], str, Sequence[Any]]]] = {}
    unaddressed = []
    for item in rows.follow_ups(conn):
        devices = rows.sending_devices(conn, item.uuid) | {item.origin_device}
        mine = [r for r in recipients if r.device_id in devices]
        if not mine:
            unaddressed.append(item.uuid)
            continue
        record = next(ledger.revisions(conn, [(item.uuid, item.revision)]))
        document = revision_document(record, [], created.get(item.uuid, ""))
        for recipient in mine:
            per_key.setdefault(recipient.fingerprint, []).append((document, rows.FOLLOW_UP, item.thread))
    entries = []
    for recipient in sorted(recipients, key=lambda r: r.key_id):
        items = per_key.get(recipient.fingerprint)
        if not items:
            continue
        sealed = field_returns.seal(field_returns.payload(items), recipient.officer, recipient.encryption_raw)
        builder.add_sealed_returns(recipient.key_id, sealed)
        entries.append(ff.ReturnsEntry(recipient.fingerprint, recipient.officer, recipient.key_id, len(items)))
    return entries, unaddressed


def send_field_package(
    store: AssessmentStore,
    path: str | Path,
    to: Sequence[str] = (),
    sections: Sequence[str] = ff.SECTIONS,
    retire: Sequence[str] = (),
    unretire: Sequence[str] = (),
) -> SendResult:
    """Write a signed field package; UserError (nothing written, no number used) when impossible.

    ``sections``: any of "forms", "datasets", "returns". ``retire`` / ``unretire``: form ids to
    mark retired or current from now on (kept in the database; the forms section lists them).
    """
    coordinator = coordinator_key(store.data_dir)
    if coordinator is None:
        raise UserError(FieldCode.SEND_NO_KEY)
    for form_id in retire:
        store.forms.latest(form_id)  # an unknown form id is refused, naming the known ones
    signing = device_key(store.data_dir)
    target, package_id, now = Path(path), str(uuidlib.uuid4()), utc_now()
    who = (store.settings.officer_name, store.device_id)
    with store.write("send a field package") as conn:
        retired = (rows.retired_forms(conn) | set(retire)) - set(unretire)
        rows.set_retired_forms(conn, retired)
        recipients = _recipients(store, conn, to) if "returns" in sections else []
        sequence = rows.next_sequence(conn, signing.fingerprint)
        with atomic_file(target) as out:
            builder = PackageBuilder(out, package_id=package_id, created_at=now, app_version=__version__,
                                     device_id=store.device_id, officer=coordinator.name)
            try:
                current = _current_forms(store)
                forms = current if "forms" in sections else []
                for form_id, version, text in forms:
                    builder.add_form(form_id, version, text.encode("utf-8"))
                names = _datasets(store, builder, [t for _, _, t in current]) if "datasets" in sections else []
                entries, unaddressed = _returns(conn, builder, recipients) if recipients else ([], [])
                if not (forms or names or entries):
                    raise UserError(FieldCode.SEND_NOTHING)
                block = ff.FieldBlock(sequence, coordinator.name, coordinator.fingerprint, signing.fingerprint,
                                      tuple(s for s in ff.SECTIONS if s in sections),
                                      tuple(sorted(retired)) if "forms" in sections else (),
                                      tuple(names), tuple(entries))
            except BaseException:
                builder.abort()
                raise
            builder.finish(extra={"package_kind": ff.PACKAGE_KIND, "field": block.to_json()},
                           sign=lambda body: sign_manifest(signing, body, coordinator.name, store.device_id))
        rows.audit_store_event(conn, f"field package {package_id} sequence {sequence} written to {target.name}",
                               now, who)
    return SendResult(target, package_id, sequence, tuple(f"{f} {v}" for f, v, _ in forms),
                      block.retired, tuple(names), {e.recipient: e.assessments for e in entries},
                      tuple(unaddressed), signing.fingerprint)
