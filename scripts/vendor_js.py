"""Copy the browser libraries the pages use into the package: ``src/vaarta/web/static/vendor/``.

    python scripts/vendor_js.py          # or: make vendor-js   (needs npm)
    python scripts/vendor_js.py --check  # only verify the shipped files against VENDOR.json

Each library is an npm package pinned to one version and to the registry's sha512 of its
tarball; ``npm pack`` fetches the tarball into a temporary folder, its integrity is checked
here again, and the one built file the pages load is copied with the package's licence.
``VENDOR.json`` beside them records package, version, licence, tarball integrity and the
sha256 of every file copied. The output is committed: the app serves it from the package,
never from a CDN, and neither ``make demo`` nor ``make test`` runs this script.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

VENDOR = Path(__file__).resolve().parents[1] / "src" / "vaarta" / "web" / "static" / "vendor"


@dataclass(frozen=True)
class Library:
    folder: str  # under static/vendor/
    package: str
    version: str
    integrity: str  # the registry's dist.integrity of the tarball
    licence: str
    files: dict[str, str]  # path inside the tarball -> name under folder


LIBRARIES = (
    Library(folder="panzoom", package="@panzoom/panzoom", version="4.6.2",
            integrity="sha512-Zn3B5/hwa6eYIPRSKX0xf2clv8nviTX8AnAU5kU/EugiTDhG41ya2wlBqYrZJYCWQROr/5XkWObZhIkepi89qw==",
            licence="MIT",
            files={"package/dist/panzoom.min.js": "panzoom.min.js", "package/MIT-License.txt": "LICENSE"}),
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def fetch(lib: Library, tmp: Path) -> Path:
    """The package's tarball, fetched by npm and checked against the pinned integrity."""
    out = subprocess.run(["npm", "pack", "--json", "--pack-destination", str(tmp), f"{lib.package}@{lib.version}"],
                         check=True, capture_output=True, text=True).stdout
    tarball = tmp / json.loads(out)[0]["filename"]
    got = _integrity(tarball.read_bytes())
    if got != lib.integrity:
        sys.exit(f"{lib.package}@{lib.version}: tarball integrity {got} is not the pinned {lib.integrity}")
    return tarball


def vendor(lib: Library) -> dict[str, Any]:
    dest = VENDOR / lib.folder
    dest.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(fetch(lib, Path(tmp))) as tar:
        for inside, name in lib.files.items():
            member = tar.extractfile(inside)
            if member is None:
                sys.exit(f"{lib.package}@{lib.version}: no {inside} in the tarball")
            (dest / name).write_bytes(member.read())
    record = {"package": lib.package, "version": lib.version, "licence": lib.licence, "integrity": lib.integrity,
              "source": f"npm pack {lib.package}@{lib.version}",
              "files": {name: {"from": inside, "sha256": sha256(dest / name)} for inside, name in lib.files.items()}}
    (dest / "VENDOR.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return record


def check(lib: Library) -> list[str]:
    """What differs between the shipped files and their VENDOR.json (empty: all good)."""
    dest = VENDOR / lib.folder
    try:
        record = json.loads((dest / "VENDOR.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [f"{dest}/VENDOR.json is missing"]
    problems = [f"{lib.folder}: VENDOR.json says {record.get(k)!r} for {k}, this script pins {v!r}"
                for k, v in (("package", lib.package), ("version", lib.version), ("integrity", lib.integrity))
                if record.get(k) != v]
    for name, entry in record.get("files", {}).items():
        path = dest / name
        if not path.exists() or sha256(path) != entry["sha256"]:
            problems.append(f"{path}: missing or not the file VENDOR.json records")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the shipped files, fetch nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = [p for lib in LIBRARIES for p in check(lib)]
        print("\n".join(problems) or "vendored files match VENDOR.json")
        return 1 if problems else 0
    for lib in LIBRARIES:
        record = vendor(lib)
        print(f"{lib.package}@{lib.version} -> {VENDOR / lib.folder} "
              + ", ".join(f"{n} sha256 {e['sha256'][:12]}…" for n, e in record["files"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
