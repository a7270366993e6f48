"""Whole screens of the kiosk: attract, neutral, idle warning, PIN pad, admin panel, error."""
