"""PyInstaller runtime hook, the first one: Python's cyclic garbage collector off while the hooks run.

The kiosk's main() turns the collector off for its start (kiosk/cli/commands.py: the start
builds ~100,000 objects, none of them garbage) and kiosk/app.py turns it back on once the
first frame has painted. From the checkout PySide6 is first imported after that; in the
frozen build the runtime hooks import it before main() runs (pyi_rth_pyside6 imports
PySide6.QtCore, which loads shiboken's signature modules and makes enum classes;
pyi_rth_inspect imports inspect), with the collector on, walking those objects again and
again. packaging/entry.py turns it back on before main(), which decides from there as it
does from the checkout (commands run with it on).
"""

import gc

gc.disable()
