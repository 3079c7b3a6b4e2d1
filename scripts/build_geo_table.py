#!/usr/bin/env python3
"""Build the département lookup tables of ``bot.geo`` from the official list.

Source: the npm package ``@etalab/decoupage-administratif`` (data/communes.json,
data/departements.json, data/regions.json).

    python scripts/build_geo_table.py --source DIR_OR_TGZ   # unpacked package or the .tgz
    python scripts/build_geo_table.py                       # runs `npm pack` itself

Writes, in ``bot/geo/data/`` (or ``--out``):

* ``communes.tsv.gz``: one row per commune of type "commune-actuelle", sorted by
  INSEE commune code: normalised name, display name, INSEE département code,
  postal codes (comma separated), population (0 when the source has none).
  Gzip with mtime 0 and no file name, so the same source gives the same bytes.
* ``departements.tsv``: code, name, region code, region name.
* ``LICENCE.md``: source, licence as stated by the package, build date, command.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.geo.normalize import normalize  # noqa: E402

PACKAGE = "@etalab/decoupage-administratif"
VERSION = "6.0.0"
DEFAULT_OUT = ROOT / "bot" / "geo" / "data"


def _extract_tgz(tgz: Path, dest: Path) -> Path:
    with tarfile.open(tgz, "r:gz") as tar:
        for member in tar.getmembers():
            target = (dest / member.name).resolve()
            if not str(target).startswith(str(dest.resolve())):
                raise SystemExit(f"unsafe path in archive: {member.name}")
        tar.extractall(dest)
    return dest / "package"


def _npm_pack(dest: Path) -> Path:
    spec = f"{PACKAGE}@{VERSION}"
    out = subprocess.run(
        ["npm", "pack", spec, "--silent"], cwd=dest, check=True, capture_output=True, text=True
    ).stdout.strip().splitlines()[-1]
    return dest / out


def _package_dir(source: str | None, tmp: Path) -> Path:
    if source is None:
        return _extract_tgz(_npm_pack(tmp), tmp)
    path = Path(source)
    if path.is_file():
        return _extract_tgz(path, tmp)
    if (path / "package" / "data").is_dir():
        return path / "package"
    if (path / "data").is_dir():
        return path
    raise SystemExit(f"{source}: neither a .tgz nor a directory holding data/communes.json")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _clean(text: str) -> str:
    """No tabs or new lines inside a TSV cell."""
    return " ".join(text.split())


def build(pkg: Path, out: Path, built_date: str) -> dict:
    meta = json.loads((pkg / "package.json").read_text(encoding="utf-8"))
    communes = json.loads((pkg / "data" / "communes.json").read_text(encoding="utf-8"))
    departements = json.loads((pkg / "data" / "departements.json").read_text(encoding="utf-8"))
    regions = {r["code"]: r["nom"] for r in json.loads((pkg / "data" / "regions.json").read_text(encoding="utf-8"))}

    readme = (pkg / "README.md").read_text(encoding="utf-8") if (pkg / "README.md").exists() else ""
    if "Données : [Licence Ouverte]" not in readme or meta.get("license") != "MIT":
        print("warning: the licence statements differ from those of 6.0.0: re-read the package "
              "README/LICENSE and fix LICENCE.md by hand", file=sys.stderr)

    rows = []
    for c in communes:
        if c.get("type") != "commune-actuelle":
            continue
        cps = sorted(set(c.get("codesPostaux") or []))
        rows.append(
            (
                c["code"],
                normalize(c["nom"]),
                _clean(c["nom"]),
                c["departement"],
                ",".join(cps),
                str(int(c.get("population") or 0)),
            )
        )
    rows.sort()
    lines = ["nom_normalise\tnom\tdepartement\tcodes_postaux\tpopulation"]
    lines += ["\t".join(r[1:]) for r in rows]
    raw = ("\n".join(lines) + "\n").encode("utf-8")

    out.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(raw)
    (out / "communes.tsv.gz").write_bytes(buf.getvalue())

    dep_lines = ["code\tnom\tregion\tregion_nom"]
    for d in sorted(departements, key=lambda d: d["code"]):
        dep_lines.append("\t".join([d["code"], _clean(d["nom"]), d["region"], _clean(regions.get(d["region"], ""))]))
    (out / "departements.tsv").write_text("\n".join(dep_lines) + "\n", encoding="utf-8")

    licence = f"""# Data of `bot/geo/data/`

* `communes.tsv.gz`: {len(rows)} communes (type "commune-actuelle"): normalised name,
  name, INSEE département code, postal codes, population.
* `departements.tsv`: {len(departements)} départements and collectivités (code, name, region).

## Source

npm package `{meta['name']}` version `{meta['version']}`
(repository: {meta.get('repository', '')}), files `data/communes.json`,
`data/departements.json`, `data/regions.json`.

sha256 of the source files read:

* `data/communes.json`: `{_sha256(pkg / 'data' / 'communes.json')}`
* `data/departements.json`: `{_sha256(pkg / 'data' / 'departements.json')}`
* `data/regions.json`: `{_sha256(pkg / 'data' / 'regions.json')}`

## Licence, as stated by the package

* Its README, section "Licence": "Données : [Licence Ouverte](https://www.etalab.gouv.fr/licence-ouverte-open-licence)"
  and "Code : MIT". The version of the Licence Ouverte is not stated there.
* Its `package.json` field `license`: `{meta.get('license', '')}`; its `LICENSE` file is the
  MIT licence text ("Copyright (c) 2018-2019 Etalab"): these cover the package's code.
* Its README, section "Sources", names: Code Officiel Géographique (INSEE),
  populations légales (INSEE), and for postal codes the "Base officielle des codes
  postaux" (La Poste, data.gouv.fr): "Antérieurement, sous licence ODBL, maintenant en LO".

Licence Ouverte requires attribution: "Source : INSEE (Code officiel géographique,
populations légales), La Poste (base officielle des codes postaux), via
{meta['name']} {meta['version']} (Etalab)".

## Build

Built on {built_date} with:

    npm pack {PACKAGE}@{VERSION}   # in a temporary directory
    python scripts/build_geo_table.py --source etalab-decoupage-administratif-{VERSION}.tgz

(`python scripts/build_geo_table.py` with no `--source` runs `npm pack` itself.)
The data files are deterministic: the same source gives the same bytes.
"""
    (out / "LICENCE.md").write_text(licence, encoding="utf-8")
    return {"communes": len(rows), "departements": len(departements)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", help="unpacked npm package directory or its .tgz (default: npm pack)")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="output directory (default: bot/geo/data)")
    ap.add_argument("--built-date", default=_dt.date.today().isoformat(), help="date written in LICENCE.md")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pkg = _package_dir(args.source, Path(tmp))
        meta = json.loads((pkg / "package.json").read_text(encoding="utf-8"))
        if meta.get("name") != PACKAGE:
            raise SystemExit(f"unexpected package {meta.get('name')!r}")
        if meta.get("version") != VERSION:
            print(f"warning: package version {meta.get('version')} (expected {VERSION})", file=sys.stderr)
        counts = build(pkg, Path(args.out), args.built_date)
    out = Path(args.out)
    sizes = {p.name: p.stat().st_size for p in sorted(out.iterdir()) if p.is_file()}
    print(f"{counts['communes']} communes, {counts['departements']} départements -> {out}: {sizes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
