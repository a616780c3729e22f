"""The encryption envelope: exact round trips, and every damage refused with its reason."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from needsassess.crypto.envelope import TAG, EnvelopeWriter, decrypt_stream, read_header
from needsassess.crypto.errors import EnvelopeRefused
from needsassess.crypto.keys import CoordinatorKey, create_coordinator_key

CHUNK = 64


def seal(data: bytes, key: CoordinatorKey, chunk: int = CHUNK, pieces: int = 7) -> bytes:
    out = io.BytesIO()
    writer = EnvelopeWriter(out, key.public(), chunk)
    for start in range(0, len(data), pieces):  # odd-sized writes cross chunk boundaries
        writer.write(data[start : start + pieces])
    writer.close()
    return out.getvalue()


def open_(sealed: bytes, key: CoordinatorKey) -> bytes:
    out = io.BytesIO()
    decrypt_stream(io.BytesIO(sealed), out, key)
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5 * CHUNK + 17])
def test_round_trip_is_exact(size: int, coordinator_key: CoordinatorKey) -> None:
    data = os.urandom(size)
    sealed = seal(data, coordinator_key)
    assert open_(sealed, coordinator_key) == data
    header = read_header(io.BytesIO(sealed))
    assert header.recipient_name == "Bukhara office"
    assert header.recipient_fingerprint == coordinator_key.fingerprint
    assert size < 16 or data not in sealed


def test_one_large_write_is_chunked_like_small_ones(coordinator_key: CoordinatorKey) -> None:
    data = os.urandom(10 * CHUNK + 3)
    sealed = seal(data, coordinator_key, pieces=len(data))
    header = read_header(io.BytesIO(sealed))
    assert len(sealed) == len(header.raw) + len(data) + 11 * TAG
    assert open_(sealed, coordinator_key) == data


def test_another_coordinator_cannot_decrypt(coordinator_key: CoordinatorKey, tmp_path: Path) -> None:
    other = create_coordinator_key(tmp_path / "other", "Koidu office")
    sealed = seal(b"household details", coordinator_key)
    with pytest.raises(EnvelopeRefused, match="another coordinator key: 'Bukhara office'"):
        open_(sealed, other)


def test_every_flipped_bit_is_refused(coordinator_key: CoordinatorKey) -> None:
    sealed = seal(os.urandom(2 * CHUNK + 5), coordinator_key)
    header_size = len(read_header(io.BytesIO(sealed)).raw)
    for index in range(len(sealed)):
        for bit in (0x01, 0x80):
            damaged = bytearray(sealed)
            damaged[index] ^= bit
            with pytest.raises(EnvelopeRefused) as caught:
                open_(bytes(damaged), coordinator_key)
            reason = caught.value.reason
            assert reason, index
            if index >= header_size:  # in the chunks: the failing chunk is named
                assert "fails authentication" in reason, (index, reason)


def test_truncation_at_every_chunk_boundary_and_byte_is_refused(coordinator_key: CoordinatorKey) -> None:
    data = os.urandom(4 * CHUNK + 9)
    sealed = seal(data, coordinator_key)
    header_size = len(read_header(io.BytesIO(sealed)).raw)
    boundaries = [header_size + n * (CHUNK + TAG) for n in range(5)]
    for cut in boundaries:
        with pytest.raises(EnvelopeRefused, match="cut short"):
            open_(sealed[:cut], coordinator_key)
    for cut in range(len(sealed)):
        with pytest.raises(EnvelopeRefused):
            open_(sealed[:cut], coordinator_key)


def test_reordered_duplicated_and_appended_chunks_are_refused(coordinator_key: CoordinatorKey) -> None:
    sealed = seal(os.urandom(3 * CHUNK + 1), coordinator_key)
    size = len(read_header(io.BytesIO(sealed)).raw)
    head, step = sealed[:size], CHUNK + TAG
    chunks = [sealed[size + i * step : size + (i + 1) * step] for i in range(4)]
    for order in ([1, 0, 2, 3], [0, 0, 1, 2, 3], [0, 1, 2, 3, 3], [0, 2, 3]):
        with pytest.raises(EnvelopeRefused, match=r"chunk|cut short|empty"):
            open_(head + b"".join(chunks[i] for i in order), coordinator_key)
    with pytest.raises(EnvelopeRefused):
        open_(sealed + b"\x00" * 20, coordinator_key)


@pytest.mark.parametrize("raw", [b"", b"NAPKG-ENC", b"NAPKG-ENC\x02" + bytes(200), b"PK\x03\x04" + bytes(200)])
def test_a_malformed_header_is_refused(raw: bytes, coordinator_key: CoordinatorKey) -> None:
    with pytest.raises(EnvelopeRefused, match=r"header|version"):
        open_(raw, coordinator_key)
