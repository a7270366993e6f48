"""Awareness Kiosk: an offline, multilingual kiosk about human trafficking."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is looked up only when asked (importlib.metadata costs ~50 ms at start).
    if name == "__version__":
        from importlib import metadata

        try:
            return metadata.version("awareness-kiosk")
        except metadata.PackageNotFoundError:  # a checkout that was never installed
            return "0.0.0+checkout"
    raise AttributeError(f"module 'kiosk' has no attribute {name!r}")
