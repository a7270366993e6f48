"""Bounds a pack must stay within, so that a zip bomb is refused before it is unpacked."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PackLimits:
    max_total_bytes: int = 2 * 1024**3  # uncompressed, all files together
    max_files: int = 20_000
    max_manifest_bytes: int = 16 * 1024**2


DEFAULT_LIMITS = PackLimits()
