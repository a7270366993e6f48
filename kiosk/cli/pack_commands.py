"""The `kiosk pack` commands: keygen, build, verify, install, list, rollback (Qt-free).

kiosk/cli/commands.py registers them with `add_commands` and hands them over with `run`.
Exit codes: 0 ok, 1 refused or invalid input (with the reason), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli.operation_commands import config_option
from kiosk.core import config


def add_commands(commands: argparse._SubParsersAction) -> None:
    pack = commands.add_parser("pack", help="signed offline content packs (.kpack)")
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    keygen = actions.add_parser("keygen", help="make a signing key pair (KEYFILE and KEYFILE.pub)")
    keygen.add_argument("-o", "--output", type=Path, required=True, metavar="KEYFILE")

    build = actions.add_parser("build", help="check a content tree and pack it, signed")
    build.add_argument("src", type=Path, help="content folder (media/ beside it)")
    build.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.kpack")
    build.add_argument("--key", type=Path, metavar="KEYFILE", help="private key (omit: unsigned)")
    build.add_argument("--version", dest="pack_version", metavar="V", help="default: UTC time")
    build.add_argument("--id", dest="pack_id", default="content", metavar="ID")

    verify = config_option(actions.add_parser("verify", help="check signature, schema, every hash"))
    verify.add_argument("pack", type=Path, metavar="FILE.kpack")
    install = config_option(
        actions.add_parser("install", help="check, install and switch to a pack")
    )
    install.add_argument("pack", type=Path, metavar="FILE.kpack")
    config_option(
        actions.add_parser("list", help="installed versions, the active one, the bundled")
    )
    config_option(actions.add_parser("rollback", help="go back to the previous content version"))


def run(args: argparse.Namespace) -> int:
    from kiosk.packs.errors import PackError

    try:
        if args.pack_command == "keygen":
            return _keygen(args.output)
        if args.pack_command == "build":
            return _build(args)
        settings, warnings = config.load_settings(args.config or config.default_settings_path())
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        return _ACTIONS[args.pack_command](args, settings)
    except PackError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _keygen(output: Path) -> int:
    from kiosk.packs.signing import generate_key_files, public_path

    public = generate_key_files(output)
    print(public)
    print(
        f"private key: {output} (keep it secret, off the kiosks)\n"
        f"public key: {public_path(output)} (add it to trusted_keys in each kiosk's config)",
        file=sys.stderr,
    )
    return 0


def _build(args: argparse.Namespace) -> int:
    from kiosk.content.problems import ContentError
    from kiosk.packs.builder import build_pack
    from kiosk.packs.progress import TextProgressBar

    bar = TextProgressBar()
    try:
        built = build_pack(
            args.src,
            args.output,
            args.key,
            pack_id=args.pack_id,
            version=args.pack_version,
            progress=bar,
        )
    except ContentError as error:
        bar.close()
        for problem in sorted(error.problems, key=lambda p: (str(p.path), p.line or 0)):
            print(problem, file=sys.stderr)
        print(f"{len(error.problems)} problem(s); no pack was written", file=sys.stderr)
        return 1
    bar.close()
    m = built.manifest
    state = "signed" if built.signed else "UNSIGNED (kiosks refuse it by default)"
    print(f"built {built.path}: {m.pack_id} {m.version}, {len(m.files)} files, {state}")
    return 0


def _trust(settings: config.Settings):
    from kiosk.packs.errors import PackError
    from kiosk.packs.reader import Trust
    from kiosk.packs.signing import parse_public_key

    for key in settings.trusted_keys:
        try:
            parse_public_key(key)
        except PackError as error:
            print(f"warning: trusted_keys: {error}", file=sys.stderr)
    return Trust(settings.trusted_keys, settings.allow_unsigned_packs)


def _verify(args: argparse.Namespace, settings: config.Settings) -> int:
    from kiosk.packs.progress import TextProgressBar
    from kiosk.packs.reader import PackReader

    bar = TextProgressBar()
    with PackReader(args.pack, _trust(settings)) as reader:
        try:
            reader.verify_all(bar)
        finally:
            bar.close()
        m = reader.manifest
        signer = f"signed by {reader.signer}" if reader.signer else "NOT signed by a trusted key"
        print(
            f"ok: {args.pack}: {m.pack_id} {m.version} created {m.created}, "
            f"{len(m.files)} files, {m.total_bytes:,} bytes, {signer}"
        )
    return 0


def _install(args: argparse.Namespace, settings: config.Settings) -> int:
    from kiosk.packs.atomic_install import install_pack
    from kiosk.packs.progress import TextProgressBar

    bar = TextProgressBar()
    try:
        result = install_pack(args.pack, config.data_dir(settings), _trust(settings), progress=bar)
    finally:
        bar.close()
    m = result.manifest
    if result.already_active:
        print(f"{m.pack_id} {m.version} is already the active content ({result.folder})")
        return 0
    print(
        f"installed {m.pack_id} {m.version} in {result.folder}; it is now active "
        f"(previous: {result.previous or 'the bundled content'}). "
        "A running kiosk shows it after its next idle reset or restart."
    )
    return 0


def _list(_args: argparse.Namespace, settings: config.Settings) -> int:
    from kiosk.core import locate
    from kiosk.packs.installed_versions import list_installed

    data_dir = config.data_dir(settings)
    packs = list_installed(data_dir)
    if not any(p.active and p.usable for p in packs):
        print("active: the bundled content")
    for p in packs:
        role = "active" if p.active else "previous" if p.previous else "old"
        if not p.usable:
            role += ", DAMAGED: not used"
        what = (
            f"{p.manifest.pack_id} {p.manifest.version} created {p.manifest.created}"
            if (p.manifest)
            else "(no readable manifest)"
        )
        print(f"{'*' if p.active and p.usable else ' '} {p.folder}  {what}  [{role}]")
    try:
        bundled = locate.bundled_database()
    except FileNotFoundError:
        bundled = "(not found)"
    print(f"  bundled fallback: {bundled}")
    print(f"  installed packs live in {data_dir / 'content' / 'packs'}")
    return 0


def _rollback(_args: argparse.Namespace, settings: config.Settings) -> int:
    from kiosk.packs.installed_versions import rollback

    pointer = rollback(config.data_dir(settings))
    print(f"rolled back: active content is now {pointer.active or 'the bundled content'}")
    return 0


_ACTIONS = {"verify": _verify, "install": _install, "list": _list, "rollback": _rollback}
