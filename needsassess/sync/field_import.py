"""An officer imports a field package: only from the coordinator whose key was loaded here.

The trust rule (docs/security.md): the package must be signed by the Ed25519 key named in the
coordinator public key file loaded with ``keys load-coordinator`` (its ``signing-key`` line).
Anything else is refused before a write transaction starts. Sequence numbers make it idempotent and
order-independent: a package whose number is not above the last one accepted from that coordinator
changes nothing; a package with nothing addressed to this device (only returns sealed to other
officers) changes nothing either. Otherwise one transaction installs the forms, replaces the
datasets, keeps the returned assessments' comments (marking them ``returned`` only while the officer
has not moved on: answers are never touched) and records the sequence; the contents digest is
checked on the way, before the commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from needsassess.crypto.keys import coordinator_key, device_encryption_key, recipient
from needsassess.engine.errors import FormLoadError
from needsassess.engine.loader import load_form_text
from needsassess.errors.field_codes import FieldCode
from needsassess.errors.sync_codes import SyncCode
from needsassess.store import AssessmentStore, Transaction
from needsassess.store import field as rows
from needsassess.sync import field_format as ff
from needsassess.sync import field_returns
from needsassess.sync.errors import PackageRefused
from needsassess.sync.reader import Member, PackageReader
from needsassess.sync.sealing import signer_of
from needsassess.timefmt import utc_now


@dataclass
class FieldImport:
    """What a field package did on this device (``ImportResult.field``)."""

    coordinator: str
    sequence: int
    ignored: str = ""  # "older" / "not_addressed" when nothing changed, else ""
    last_sequence: int = 0
    forms: list[str] = field(default_factory=list)  # "form_id version" installed
    retired: list[str] = field(default_factory=list)
    datasets: list[str] = field(default_factory=list)  # replaced (new content only)
    returned: int = 0  # marked returned now
    commented: int = 0  # comments added to an assessment the officer has changed since
    unknown: int = 0  # returned assessments this device does not hold

    def line(self, name: str) -> str:
        head = f"{name}: field package {self.sequence} from {self.coordinator or 'the coordinator'}"
        if self.ignored == "older":
            return f"{head}: not newer than package {self.last_sequence} already imported; nothing changed"
        if self.ignored == "not_addressed":
            return f"{head}: nothing in it is addressed to this device; nothing changed"
        parts = [f"forms {', '.join(self.forms) or 'none'}", f"retired {', '.join(self.retired) or 'none'}",
                 f"datasets replaced {', '.join(self.datasets) or 'none'}", f"{self.returned} returned"]
        if self.commented:
            parts.append(f"{self.commented} with new comments (changed here since; answers kept)")
        if self.unknown:
            parts.append(f"{self.unknown} not on this device")
        return f"{head}: " + "; ".join(parts)


def check_signer(store: AssessmentStore, reader: PackageReader) -> tuple[str, str]:
    """(signing fingerprint, coordinator name) when the package is the loaded coordinator's; else refused."""
    if coordinator_key(store.data_dir) is not None:
        raise PackageRefused(FieldCode.AT_COORDINATOR)
    loaded = recipient(store.data_dir)
    if loaded is None:
        raise PackageRefused(FieldCode.NO_COORDINATOR)
    if not loaded.signing_raw:
        raise PackageRefused(FieldCode.KEY_CANNOT_SIGN)
    signer = signer_of(reader)
    if signer is None:
        raise PackageRefused(FieldCode.UNSIGNED)
    if signer.public_raw != loaded.signing_raw:
        raise PackageRefused(FieldCode.NOT_FROM_COORDINATOR, signer=signer.fingerprint,
                             expected=f"{loaded.name}, {loaded.signing_fingerprint}")
    return loaded.signing_fingerprint, loaded.name


class _Apply:
    """The members of one field package, applied in the caller's transaction."""

    def __init__(self, store: AssessmentStore, conn: Transaction, reader: PackageReader, block: ff.FieldBlock,
                 outcome: FieldImport) -> None:
        self.store, self.conn, self.reader, self.block, self.outcome = store, conn, reader, block, outcome
        self.key = device_encryption_key(store.data_dir)
        self.key_hex = self.key.key_id.hex()
        self.installed: dict[str, str] = {}
        self.returns: list[field_returns.ReturnedAssessment] = []
        self.now = utc_now()

    def form(self, member: Member) -> None:
        data = self.reader.read(member)
        form_id, _, version = member.name[len("forms/"):-len(".yaml")].partition("-")
        try:
            text = data.decode("utf-8")
            form = load_form_text(text, member.name)
        except (UnicodeDecodeError, FormLoadError) as err:
            raise PackageRefused(SyncCode.FORM_INVALID, member.name, detail=err) from None
        if (form.form_id, form.version) != (form_id, version):
            raise PackageRefused(SyncCode.FORM_NAME_MISMATCH, member.name)
        self.store.forms.add_text(self.conn, text, member.name)
        self.installed[form_id] = version

    def dataset(self, member: Member) -> None:
        name = ff.dataset_name_of(member.name)
        if name not in self.block.datasets:
            raise PackageRefused(FieldCode.MANIFEST_FIELD, member.name, field="field.datasets")
        columns, table = ff.read_dataset_csv(self.reader.read(member), member.name)
        if rows.store_dataset(self.conn, name, columns, table, f"field package {self.block.sequence}", self.now):
            self.outcome.datasets.append(name)

    def sealed(self, member: Member) -> None:
        data = self.reader.read(member)
        if member.name != ff.ReturnsEntry("", "", self.key_hex, 0).member:
            return  # sealed for another officer's device: read (and hashed) only
        if member.name not in {r.member for r in self.block.returns}:
            raise PackageRefused(FieldCode.MANIFEST_FIELD, member.name, field="field.returns")
        plain = field_returns.unseal(data, self.key, member.name)
        self.returns = field_returns.parse_payload(plain, member.name, self.reader.limits.max_member_bytes["return"])

    def run(self, signing_fingerprint: str) -> bool:
        """Everything in order; False (nothing written) when a newer package came first meanwhile."""
        if self.block.sequence <= rows.last_accepted(self.conn, signing_fingerprint):
            return False
        for member in self.reader.members():
            handler = {"form": self.form, "dataset": self.dataset, "return": self.sealed}.get(member.kind)
            if handler is None:
                raise PackageRefused(FieldCode.MANIFEST_FIELD, member.name, field="counts")
            handler(member)
        who = (self.store.settings.officer_name, self.store.device_id)
        for item in self.returns:
            result = rows.apply_return(self.conn, item.uuid, item.revision, item.content_hash, item.comments,
                                       self.now, who)
            self.outcome.returned += result == "returned"
            self.outcome.commented += result == "commented"
            self.outcome.unknown += result == "unknown"
        if "forms" in self.block.sections:
            installed = rows.installed_forms(self.conn)
            installed.update(self.installed)
            rows.set_installed_forms(self.conn, installed)
            rows.set_retired_forms(self.conn, self.block.retired)
            self.outcome.forms = [f"{k} {v}" for k, v in sorted(self.installed.items())]
            self.outcome.retired = list(self.block.retired)
        rows.set_accepted(self.conn, signing_fingerprint, self.block.sequence)
        rows.audit_store_event(self.conn, f"field package {self.block.sequence} from {self.outcome.coordinator} "
                                          f"imported: {self.outcome.line('')[2:]}", self.now, who)
        return True


def import_field_package(store: AssessmentStore, reader: PackageReader) -> FieldImport:
    """Verify and apply a field package (the reader open on its plaintext); PackageRefused when refused."""
    signing_fingerprint, coordinator = check_signer(store, reader)
    block = ff.parse_field_block(reader.manifest)
    outcome = FieldImport(block.coordinator or coordinator, block.sequence)
    with store.read("read the field package state") as conn:
        outcome.last_sequence = rows.last_accepted(conn, signing_fingerprint)
    if block.sequence <= outcome.last_sequence:
        outcome.ignored = "older"
        return outcome
    key_hex = device_encryption_key(store.data_dir).key_id.hex()
    if not ({"forms", "datasets"} & set(block.sections)) and all(r.key_id != key_hex for r in block.returns):
        outcome.ignored = "not_addressed"
        return outcome

    def work(conn: Transaction) -> bool:
        fresh = FieldImport(outcome.coordinator, outcome.sequence, last_sequence=outcome.last_sequence)
        applied = _Apply(store, conn, reader, block, fresh).run(signing_fingerprint)
        outcome.__dict__.update(fresh.__dict__)
        return applied

    with store.write("import the package") as conn:
        applied = work(conn)
    if not applied:
        outcome.ignored = "older"
    store.forms.reload()
    return outcome
