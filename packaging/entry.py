"""Entry point of the frozen executable: the same as the `kiosk` command."""

import gc
import sys

from kiosk.cli.commands import main

if __name__ == "__main__":
    # Off since the first runtime hook (packaging/rthook_gc.py); main() turns it off again
    # for the kiosk's start and leaves it on for a command, as from the checkout.
    gc.enable()
    sys.exit(main())
