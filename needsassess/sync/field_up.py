"""What packages going up carry for the loop back down (format 2.1), applied at the coordinator.

- ``datasets/NAME.csv``: the lists the package's forms read, stored as a new dataset version when
  their content is new (the same checks as in field packages);
- ``device_encryption_key`` in the signed manifest: the officer device's X25519 key, kept per signing
  key so ``send`` can seal returned assessments to it;
- ``answers_return`` in a revision document (``{"revision": N, "reason": TEXT}``): the revision
  answers the return of revision N; the coordinator's review thread gets a "resubmitted" row with
  the officer's reason.
All in the import's transaction: refused with it, committed with it.
"""

from __future__ import annotations

from typing import Any

from needsassess.crypto.signing import Signer
from needsassess.errors.field_codes import FieldCode
from needsassess.store import AssessmentStore, Transaction
from needsassess.store import field as rows
from needsassess.sync import field_format as ff
from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused
from needsassess.sync.reader import Member, PackageReader
from needsassess.timefmt import utc_now

_REASON_MAX = 2000


class UpExtras:
    """Collects the 2.1 extras while members stream; ``finish`` writes what needs the merged rows."""

    def __init__(self, store: AssessmentStore, conn: Transaction, manifest: fmt.Manifest) -> None:
        self.store, self.conn, self.manifest = store, conn, manifest
        self.resubmitted: list[tuple[str, int, str]] = []
        self.now = utc_now()

    def dataset(self, reader: PackageReader, member: Member) -> None:
        columns, table = ff.read_dataset_csv(reader.read(member), member.name)
        rows.store_dataset(self.conn, ff.dataset_name_of(member.name), columns, table,
                           f"package {self.manifest.package_id}", self.now)

    def document(self, raw: Any) -> None:
        answered = raw.get("answers_return") if isinstance(raw, dict) else None
        if answered is None:
            return
        revision, reason = (answered.get("revision"), answered.get("reason")) if isinstance(answered, dict) else (0, 0)
        if type(revision) is not int or revision < 1 or not isinstance(reason, str) or len(reason) > _REASON_MAX:
            raise PackageRefused(FieldCode.RETURN_MALFORMED, fmt.assessment_member(raw["uuid"], raw["revision"]),
                                 field="answers_return")
        self.resubmitted.append((raw["uuid"], raw["revision"], reason))

    def finish(self, signer: Signer | None) -> None:
        """After the revisions are merged (in the same transaction)."""
        who = (self.store.settings.officer_name, self.store.device_id)
        for uuid, revision, reason in self.resubmitted:
            rows.record_resubmission(self.conn, uuid, revision, reason, self.manifest.officer, self.now, who)
        raw = ff.key_from_b64(self.manifest.extra.get(ff.ENCRYPTION_KEY_FIELD))
        if signer is not None and raw is not None:
            rows.remember_field_key(self.conn, rows.FieldKeyRecord(
                signer.fingerprint, ff.b64_key(raw), self.manifest.officer, self.manifest.device_id, self.now))
