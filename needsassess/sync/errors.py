"""Why a package is refused.

A refusal names the problem and the member it was found in, and is raised before anything is
written, so the person knows the database and the data folder are as they were.
"""

from __future__ import annotations

from needsassess.errors import UserError


class PackageRefused(UserError):
    """The package is damaged, hostile or not for this app; nothing was imported from it."""

    def __init__(self, reason: str, member: str | None = None, package: str | None = None) -> None:
        self.reason = reason
        self.member = member
        self.package = package
        super().__init__(self._message())

    def _message(self) -> str:
        where = f" (member {self.member!r})" if self.member else ""
        source = f"{self.package}: " if self.package else ""
        return (
            f"{source}package refused: {self.reason}{where}. Nothing was imported from it; "
            "ask the sender for a new export of the package."
        )

    def in_package(self, package: str) -> PackageRefused:
        """The same refusal, naming the package file it came from."""
        return PackageRefused(self.reason, self.member, package)


class ExportError(UserError):
    """An export could not be written (disk full, folder missing, nothing to export...)."""


class Cancelled(UserError):
    """The person cancelled a long export or import; nothing was written."""
