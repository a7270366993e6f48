"""Qt widgets of the kiosk: one visitor-facing concept per module."""
