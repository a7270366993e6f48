"""Small widgets shared by the screens: the touch vocabulary (choosers, stepper, seek bar,
focus ring), chips, cards, carousel, language bar, QR code, video view, locator map.
"""
