"""Benchmarks of the kiosk against its floor (a bare Qt window) and Chromium; see README.md."""
