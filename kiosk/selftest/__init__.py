"""`kiosk self-test`: builds every screen in every language offscreen and checks it."""
