"""The touch vocabulary shared by every screen: choosers, stepper, seek bar, focus ring."""
