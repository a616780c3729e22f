"""Why a key or an encrypted package cannot be used.

Every failure here is the input's or the environment's fault (a damaged key file, a wrong
passphrase, a package for another coordinator), so each is a ``UserError`` raised with a code of
``needsassess.errors.crypto_codes`` whose message says what, where and what to do.
"""

from __future__ import annotations

from needsassess.errors import Catalogue, UserError
from needsassess.errors.crypto_codes import EnvelopeCode, SignatureCode


class KeyFileError(UserError):
    """A key file, public key file or key backup is missing, damaged, too open or refused."""


class _Framed(UserError):
    """A refusal whose bare reason (``reason``, English) the importer restates as a package refusal."""

    frame: Catalogue

    def __init__(self, code: Catalogue, /, **params: object) -> None:
        self.reason_entry = code
        super().__init__(code, **params)

    @property
    def reason(self) -> str:
        return self.body()

    def text(self, language: str = "en") -> str:
        return self.frame.render(language, {"reason": self.body(language)})


class EnvelopeRefused(_Framed):
    """An encrypted package cannot be opened: damaged, truncated, or for another recipient."""

    frame = EnvelopeCode.FRAME


class SignatureRefused(_Framed):
    """A package's signature is malformed or does not match its manifest."""

    frame = SignatureCode.FRAME
