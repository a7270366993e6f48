"""Content packs: signed `.kpack` files that update the content offline (NO Qt).

A pack is a zip holding `content/` (a source tree), `media/` (the media it uses),
`manifest.json` (id, version, created, schema version, every file's path, size and
sha256) and `manifest.sig` (an Ed25519 signature over the exact manifest bytes).
Installed packs live in `<data_dir>/content/packs/`; `<data_dir>/content/current`
names the active one. Only `kiosk/pack_watcher.py` uses Qt (and is never imported here).
"""
