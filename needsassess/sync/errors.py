"""Why a package is refused.

A refusal names the problem (a ``SyncCode`` entry) and the member it was found in, and is raised
before anything is written, so the person knows the database and the data folder are as they were.
"""

from __future__ import annotations

from needsassess.errors import Catalogue, UserError
from needsassess.errors.crypto_codes import TrustCode
from needsassess.errors.sync_codes import SyncCode, SyncFrame

# Refusals whose advice is not "ask the sender for a new export": the fault is here (this folder's
# coordinator key), or the reason already says what to do (a device's key never changes by import).
_FRAMES: dict[Catalogue, Catalogue] = {
    SyncCode.COORDINATOR_KEY_UNUSABLE: SyncFrame.REFUSED_OWN_KEY,
    TrustCode.DEVICE_REBIND: SyncFrame.REFUSED_TRUST,
}


class PackageRefused(UserError):
    """The package is damaged, hostile or not for this app; nothing was imported from it."""

    def __init__(
        self, code: Catalogue, member: str | None = None, package: str | None = None, **params: object
    ) -> None:
        self.member = member
        self.package = package
        super().__init__(code, **params)

    @property
    def reason(self) -> str:
        """The bare reason in English (no package, member or advice)."""
        return self.body()

    def text(self, language: str = "en") -> str:
        where = SyncFrame.MEMBER.render(language, {"member": repr(self.member)}) if self.member else ""
        source = f"{self.package}: " if self.package else ""
        frame = _FRAMES.get(self.entry, SyncFrame.REFUSED) if self.entry is not None else SyncFrame.REFUSED
        return frame.render(language, {"source": source, "reason": self.body(language), "where": where})

    def in_package(self, package: str) -> PackageRefused:
        """The same refusal, naming the package file it came from."""
        assert self.entry is not None
        return PackageRefused(self.entry, self.member, package, **self.params)


class ExportError(UserError):
    """An export could not be written (disk full, folder missing, nothing to export...)."""


class Cancelled(UserError):
    """The person cancelled a long export or import; nothing was written."""
