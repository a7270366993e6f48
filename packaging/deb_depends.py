"""The Debian packages the frozen build needs: derived from the bundle, checked against a list.

    python3 packaging/deb_depends.py check [dist/kiosk]   # exit 1 if the list lacks a package
    python3 packaging/deb_depends.py write [dist/kiosk]   # rewrite the list from the bundle
    python3 packaging/deb_depends.py depends              # the Depends: field, from the list

The list, packaging/linux/deb-depends.txt, is kept in the repository and becomes the
`Depends:` field of the .deb (packaging/deb.sh). It is derived like this: every ELF file of
the bundle goes through `ldd`; a library the bundle itself ships (same file name anywhere
in the bundle) is not the system's; every other resolved path is owned by a Debian
package (`dpkg -S`). Libraries Qt opens at run time with dlopen() are invisible to ldd:
they are listed under "run time" with the file that proved them (a trace of the frozen
self-test, see packaging/README.md), and `check` keeps them.

`check` fails when the bundle needs a package that the list lacks, or when ldd cannot
resolve a library at all (install the runtime packages of scripts/setup.sh first).
Plain Python (no third-party module): the build machine's python3 runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIST = ROOT / "packaging" / "linux" / "deb-depends.txt"
RUNTIME_HEADER = "# run time"


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def bundle_elves(bundle: Path) -> list[Path]:
    """Every ELF file of the bundle (the executable, Qt, plugins, Python extensions)."""
    return sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def parse_ldd(output: str) -> list[tuple[str, str | None]]:
    """(library name, resolved path or None when not found) from ldd's output."""
    found = []
    for line in output.splitlines():
        line = line.strip()
        if "=>" not in line:
            continue  # linux-vdso, the dynamic loader itself
        name, _, rest = line.partition("=>")
        rest = rest.strip()
        if rest.startswith("not found"):
            found.append((name.strip(), None))
        elif rest.startswith("/"):
            found.append((name.strip(), rest.split(" (", 1)[0].strip()))
    return found


def ldd(path: Path) -> list[tuple[str, str | None]]:
    result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
    return parse_ldd(result.stdout)


@dataclass
class SystemLibraries:
    """The libraries the bundle takes from the system: name -> path, and what is missing."""

    paths: dict[str, str] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)  # name -> who needs it


def system_libraries(bundle: Path, run_ldd=ldd) -> SystemLibraries:
    elves = bundle_elves(bundle)
    shipped = {p.name for p in bundle.rglob("*")}
    found = SystemLibraries()
    for elf in elves:
        for name, path in run_ldd(elf):
            if Path(name).name in shipped:
                continue  # the bundle's own copy is loaded (PyInstaller sets the search path)
            if path is None:
                found.missing.setdefault(name, []).append(str(elf.relative_to(bundle)))
            else:
                found.paths.setdefault(name, path)
    return found


def dpkg_owners(paths: list[str]) -> dict[str, str]:
    """path -> owning package. Tries the path, its real path and the /usr-merged twin."""

    def candidates(path: str) -> list[str]:
        real = os.path.realpath(path)
        out = []
        for p in (path, real):
            out.append(p)
            if p.startswith("/usr/lib/"):
                out.append(p[len("/usr") :])
            elif p.startswith("/lib"):
                out.append("/usr" + p)
        return list(dict.fromkeys(out))

    wanted = {path: candidates(path) for path in paths}
    every = sorted({c for cs in wanted.values() for c in cs})
    # One dpkg-query for all of them (each call reads dpkg's whole database); lines are
    # "libxcb1:amd64: /usr/lib/x86_64-linux-gnu/libxcb.so.1", unknown paths go to stderr.
    result = subprocess.run(
        ["dpkg-query", "-S", *every], capture_output=True, text=True, check=False
    )
    owner_of: dict[str, str] = {}
    for line in result.stdout.splitlines():
        package, sep, owned = line.partition(": ")
        if sep:
            owner_of[owned.strip()] = package.split(",", 1)[0].split(":", 1)[0]
    owners: dict[str, str] = {}
    for path, cs in wanted.items():
        for candidate in cs:
            if candidate in owner_of:
                owners[path] = owner_of[candidate]
                break
    return owners


def derive(libraries: SystemLibraries, owners_of=dpkg_owners) -> dict[str, list[str]]:
    """package -> the library names it provides to the bundle."""
    owners = owners_of(sorted(set(libraries.paths.values())))
    packages: dict[str, list[str]] = {}
    for name, path in sorted(libraries.paths.items()):
        package = owners.get(path)
        if package is None:
            raise SystemExit(f"no Debian package owns {path} ({name}): install it from Debian")
        packages.setdefault(package, []).append(name)
    return packages


@dataclass
class DependsList:
    linked: dict[str, str] = field(default_factory=dict)  # package -> comment
    runtime: dict[str, str] = field(default_factory=dict)

    @property
    def packages(self) -> list[str]:
        return sorted(set(self.linked) | set(self.runtime))


def read_list(text: str) -> DependsList:
    result = DependsList()
    section = result.linked
    for raw in text.splitlines():
        if raw.startswith(RUNTIME_HEADER):
            section = result.runtime
        line, _, comment = raw.partition("#")
        line = line.strip()
        if line:
            section[line] = comment.strip()
    return result


def format_list(linked: dict[str, list[str]], runtime: dict[str, str]) -> str:
    lines = [
        "# Depends: of awareness-kiosk.deb (packaging/deb.sh). Written by",
        "# `python3 packaging/deb_depends.py write` from the bundle (ldd + dpkg -S);",
        "# tests/test_packaging.py and packaging/deb.sh fail when the bundle needs more.",
        "# Linked (ldd): package  # the libraries it provides",
    ]
    width = max(len(p) for p in [*linked, *runtime, "x"])
    for package in sorted(linked):
        lines.append(f"{package:<{width}}  # {' '.join(sorted(linked[package]))}")
    lines.append(f"{RUNTIME_HEADER} (dlopen, invisible to ldd): package  # where it was seen")
    for package in sorted(runtime):
        lines.append(f"{package:<{width}}  # {runtime[package]}")
    return "\n".join(lines) + "\n"


def missing_packages(needed: dict[str, list[str]], listed: DependsList) -> dict[str, list[str]]:
    return {p: libs for p, libs in needed.items() if p not in listed.packages}


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    bundle = Path(argv[1] if len(argv) > 1 else ROOT / "dist" / "kiosk")
    listed = read_list(LIST.read_text(encoding="utf-8")) if LIST.exists() else DependsList()
    if command == "depends":
        print(", ".join(listed.packages))
        return 0
    if not bundle.is_dir():
        print(f"no bundle at {bundle}: run packaging/build.sh first", file=sys.stderr)
        return 1
    libraries = system_libraries(bundle)
    if libraries.missing:
        for name, needers in sorted(libraries.missing.items()):
            print(f"not found: {name} (needed by {', '.join(needers[:3])})", file=sys.stderr)
        print("install the runtime packages (scripts/setup.sh) and try again", file=sys.stderr)
        return 1
    needed = derive(libraries)
    if command == "write":
        LIST.write_text(format_list(needed, listed.runtime), encoding="utf-8")
        print(f"{LIST.relative_to(ROOT)}: {len(needed)} linked + {len(listed.runtime)} run time")
        return 0
    missing = missing_packages(needed, listed)
    for package, libs in sorted(missing.items()):
        print(f"{LIST.relative_to(ROOT)} lacks {package} ({' '.join(libs)})", file=sys.stderr)
    if missing:
        print("run `python3 packaging/deb_depends.py write` and review the diff", file=sys.stderr)
        return 1
    print(f"Depends: complete ({len(needed)} packages linked, {len(listed.runtime)} run time)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
