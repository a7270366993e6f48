"""The staff PIN that opens the admin panel: salted hash, constant-time check, rate limit.

Qt-free. The hash is one string, safe to keep in the settings file::

    scrypt$16384$8$1$<salt base64>$<hash base64>

scrypt comes from libsodium (PyNaCl, which the kiosk has for pack signatures), else
from OpenSSL (`hashlib.scrypt`): the frozen build ships no OpenSSL (5 MB it never needs
otherwise). Both give the same key. (`pbkdf2_sha256$<iterations>$<salt>$<hash>` is
written instead where neither has scrypt, and both schemes are verified.) A PIN is 4 to 12 digits: it is typed on a touch
pad. Wrong PINs are rate-limited: after 3 wrong tries the pad locks for 30 s, and each
further wrong try doubles the wait (capped at 15 minutes). A right PIN clears it.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 12

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
_PBKDF2_ITERATIONS = 600_000
_SALT_BYTES = 16
_KEY_BYTES = 32


class PinFormatError(ValueError):
    """The PIN is not 4 to 12 digits."""


def check_pin_format(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit()):
        raise PinFormatError("the PIN must be digits only (it is typed on a touch pad)")
    if not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
        raise PinFormatError(f"the PIN must have {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} digits")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def scrypt(secret: bytes, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes | None:
    """scrypt from libsodium, else from OpenSSL; None when neither has it."""
    from nacl import bindings

    if bindings.has_crypto_pwhash_scryptsalsa208sha256:
        return bindings.crypto_pwhash_scryptsalsa208sha256_ll(secret, salt, n, r, p, dklen=dklen)
    if hasattr(hashlib, "scrypt"):
        return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, dklen=dklen)
    return None


def hash_pin(pin: str) -> str:
    """A new salted hash of `pin` (raises PinFormatError for a malformed PIN)."""
    check_pin_format(pin)
    salt = secrets.token_bytes(_SALT_BYTES)
    secret = pin.encode("ascii")
    key = scrypt(secret, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P, _KEY_BYTES)
    if key is not None:
        return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(key)}"
    key = hashlib.pbkdf2_hmac("sha256", secret, salt, _PBKDF2_ITERATIONS, _KEY_BYTES)
    return f"pbkdf2_sha256${_PBKDF2_ITERATIONS}${_b64(salt)}${_b64(key)}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches `stored`; False for a wrong PIN or an unreadable hash."""
    if not stored:
        return False
    secret = pin.encode("utf-8")
    try:
        scheme, *parts = stored.split("$")
        if scheme == "scrypt":
            n, r, p, salt, expected = parts
            salt_b, expected_b = base64.b64decode(salt), base64.b64decode(expected)
            key = scrypt(secret, salt_b, int(n), int(r), int(p), len(expected_b))
            if key is None:
                raise ValueError("no scrypt in this build (libsodium or OpenSSL)")
        elif scheme == "pbkdf2_sha256":
            iterations, salt, expected = parts
            salt_b, expected_b = base64.b64decode(salt), base64.b64decode(expected)
            key = hashlib.pbkdf2_hmac("sha256", secret, salt_b, int(iterations), len(expected_b))
        else:
            raise ValueError(f"unknown scheme {scheme!r}")
    except (ValueError, TypeError) as error:
        log.error("admin PIN hash in the settings cannot be read (%s)", error)
        return False
    return hmac.compare_digest(key, expected_b)


class PinResult(enum.Enum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"  # wrong PIN
    LOCKED = "locked"  # too many wrong PINs: wait `PinGuard.seconds_locked()`
    NOT_SET = "not_set"  # no PIN configured: the admin panel stays closed


class PinGuard:
    """Checks PINs against one stored hash, with a growing lock-out after wrong tries.

    `clock` returns seconds (monotonic); tests pass a fake one.
    """

    def __init__(
        self,
        stored_hash: str,
        *,
        free_attempts: int = 3,
        lockout_s: float = 30.0,
        max_lockout_s: float = 15 * 60.0,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._stored = stored_hash
        self._free_attempts = free_attempts
        self._lockout_s = lockout_s
        self._max_lockout_s = max_lockout_s
        self._clock = clock
        self._failures = 0
        self._locked_until = 0.0

    @property
    def pin_is_set(self) -> bool:
        return bool(self._stored)

    def set_stored_hash(self, stored_hash: str) -> None:
        self._stored = stored_hash

    def seconds_locked(self) -> float:
        """Seconds until the next try is allowed (0 when not locked)."""
        return max(0.0, self._locked_until - self._clock())

    def check(self, pin: str) -> PinResult:
        if not self._stored:
            return PinResult.NOT_SET
        if self.seconds_locked() > 0:
            return PinResult.LOCKED
        if verify_pin(pin, self._stored):
            self._failures = 0
            self._locked_until = 0.0
            return PinResult.ACCEPTED
        self._failures += 1
        over = self._failures - self._free_attempts
        if over >= 0:
            wait = min(self._lockout_s * (2**over), self._max_lockout_s)
            self._locked_until = self._clock() + wait
            log.warning("admin PIN: %d wrong tries, locked for %.0f s", self._failures, wait)
        return PinResult.REJECTED
