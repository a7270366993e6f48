"""The one error a content pack raises when it must be refused, with a clear message."""

from __future__ import annotations


class PackError(Exception):
    """A pack (or a pack command) was refused; the message says why and what to do."""


class PackBusy(PackError):
    """Another install holds the lock: try again later (the pack itself is not at fault)."""
