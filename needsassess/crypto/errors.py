"""Why a key or an encrypted package cannot be used.

Every failure here is the input's or the environment's fault (a damaged key file, a wrong
passphrase, a package for another coordinator), so each is a ``UserError`` whose message says what,
where and what to do.
"""

from __future__ import annotations

from needsassess.errors import UserError


class KeyFileError(UserError):
    """A key file, public key file or key backup is missing, damaged, too open or refused."""


class EnvelopeRefused(UserError):
    """An encrypted package cannot be opened: damaged, truncated, or for another recipient.

    ``reason`` is the bare reason, so the importer can restate it as a package refusal.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"encrypted package refused: {reason}")


class SignatureRefused(UserError):
    """A package's signature is malformed or does not match its manifest."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"package refused: {reason}")
