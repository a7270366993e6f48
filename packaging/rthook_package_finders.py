"""PyInstaller runtime hook: packages imported before PyInstaller's importer find their archived modules.

Python imports `encodings` and the UTF-8 codec while it starts, before PyInstaller
installs its importer, and keeps a plain file finder for the package's folder
(sys.path_importer_cache). The Linux build keeps only the codecs the start imports as
files (packaging/start_modules.py) and the others in the archive, which that finder does
not read: `raw.decode("utf-8-sig")` failed with "unknown encoding: utf-8-sig".
PyInstaller drops the cached finder of its top folder only; this drops the plain finders
of the package folders inside it, so the next import there goes through PyInstaller's
finder (the archive, then the files). Folders on sys.path (lib-dynload) keep theirs: they
hold no archived module, and PyInstaller's Python-level finder in front of every lookup
there cost 3.2 M instructions to the first frame (callgrind).
"""

import os
import sys

_top = os.path.join(os.path.normpath(sys._MEIPASS), "")
for _path, _finder in list(sys.path_importer_cache.items()):
    if (
        isinstance(_path, str)
        and _path.startswith(_top)
        and _path not in sys.path
        and type(_finder).__name__ != "PyiFrozenFinder"
    ):
        del sys.path_importer_cache[_path]
