"""Admin PIN: salted hash, verification, rate limit with a fake clock."""

from __future__ import annotations

import pytest

from kiosk.core.admin_pin import PinFormatError, PinGuard, PinResult, hash_pin, verify_pin


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_hash_is_salted_and_verifies():
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second
    assert first.startswith("scrypt$")
    assert "2468" not in first
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert not verify_pin("2469", first)


@pytest.mark.parametrize("bad", ["12", "abcd", "12 34", "1234567890123", "١٢٣٤"])
def test_malformed_pins_are_refused(bad):
    with pytest.raises(PinFormatError):
        hash_pin(bad)


def test_unreadable_hash_never_accepts(caplog):
    assert not verify_pin("1234", "scrypt$oops")
    assert not verify_pin("1234", "md5$abc$def")
    assert not verify_pin("1234", "")
    assert "cannot be read" in caplog.text


def test_guard_accepts_right_pin_and_rejects_wrong():
    guard = PinGuard(hash_pin("1357"))
    assert guard.check("0000") is PinResult.REJECTED
    assert guard.check("1357") is PinResult.ACCEPTED


def test_no_pin_set_keeps_the_panel_closed():
    guard = PinGuard("")
    assert not guard.pin_is_set
    assert guard.check("") is PinResult.NOT_SET
    assert guard.check("1234") is PinResult.NOT_SET


def test_rate_limit_after_three_wrong_then_doubling():
    clock = FakeClock()
    guard = PinGuard(hash_pin("1357"), clock=clock)
    for _ in range(2):
        assert guard.check("0000") is PinResult.REJECTED
        assert guard.seconds_locked() == 0
    assert guard.check("0000") is PinResult.REJECTED
    assert guard.seconds_locked() == 30
    # even the right PIN is refused while locked
    assert guard.check("1357") is PinResult.LOCKED
    clock.now += 30
    assert guard.check("0000") is PinResult.REJECTED
    assert guard.seconds_locked() == 60
    clock.now += 60
    assert guard.check("1357") is PinResult.ACCEPTED
    # a right PIN clears the count
    assert guard.check("0000") is PinResult.REJECTED
    assert guard.seconds_locked() == 0


def test_a_pin_hashed_with_openssls_scrypt_still_verifies():
    """Settings written when scrypt came from hashlib (OpenSSL): libsodium gives the same key."""
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    key = hashlib.scrypt(b"8642", salt=salt, n=2**14, r=8, p=1, dklen=32)
    stored = f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"
    assert verify_pin("8642", stored)
    assert not verify_pin("8641", stored)


def test_without_any_scrypt_pbkdf2_is_written_and_verified(monkeypatch):
    import hashlib

    from nacl import bindings

    monkeypatch.setattr(bindings, "has_crypto_pwhash_scryptsalsa208sha256", False)
    monkeypatch.delattr(hashlib, "scrypt")
    stored = hash_pin("9753")
    assert stored.startswith("pbkdf2_sha256$")
    assert verify_pin("9753", stored) and not verify_pin("9754", stored)


@pytest.mark.parametrize("params", ["16383$8$1", "16384$0$1", "4294967296$8$1"])
def test_impossible_scrypt_parameters_never_accept(params, caplog):
    stored = hash_pin("1234").split("$")
    stored[1:4] = params.split("$")
    assert not verify_pin("1234", "$".join(stored))
    assert "cannot be read" in caplog.text
