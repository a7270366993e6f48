"""The command line (`kiosk ...`): Qt-free; the app and the self-test are imported only when run."""
