"""Entry point of the frozen executable: the same as the `kiosk` command."""

import sys

from kiosk.cli.commands import main

if __name__ == "__main__":
    sys.exit(main())
