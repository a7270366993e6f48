"""Awareness Kiosk: an offline, multilingual kiosk about human trafficking."""

from importlib import metadata

try:
    __version__ = metadata.version("awareness-kiosk")
except metadata.PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+checkout"
