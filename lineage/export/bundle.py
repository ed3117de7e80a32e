"""The evidence bundle: ``manifest.json`` (the sha256 of every artefact, with the scan's
version, time and config hash), a zip of the output folder, and the check that nothing in it
changed since.

Every scan writes a manifest of the files it wrote; ``piimap bundle`` zips those files after
checking they still match it, so a bundle never blesses an edited artefact; ``piimap verify``
names every file that changed, went missing or was added.

>>> import tempfile
>>> from lineage.core.model import Snapshot
>>> out = Path(tempfile.mkdtemp())
>>> _ = (out / "tables").mkdir(), (out / "tables" / "gaps.csv").write_text("a,b\\n")
>>> _ = write_manifest(out, Snapshot("2026-01-01T00:00:00Z", "0.1.0", config_hash="ab"))
>>> verify(out).ok
True
>>> _ = (out / "tables" / "gaps.csv").write_text("a,b\\nc,d\\n")
>>> verify(out).changed
['tables/gaps.csv']
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lineage.core.errors import PiimapError, SnapshotError
from lineage.core.model import SCHEMA_VERSION, Snapshot
from lineage.core.snapshot import write_atomic

MANIFEST = "manifest.json"
#: Zip entries get the scan's time, so the same artefacts give the same bundle bytes.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


#: Bytes a member of a bundle may unpack to: far above any snapshot piimap writes, and a bound
#: on what a zip bomb given to ``verify`` or ``period`` can take.
MAX_MEMBER_BYTES = 2 * 2**30


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    """One member of a bundle, refused (BundleError) when it would unpack beyond
    :data:`MAX_MEMBER_BYTES` (the reader stops at the size the zip declares)."""
    size = archive.getinfo(name).file_size
    if size > MAX_MEMBER_BYTES:
        raise BundleError(
            f"{archive.filename}: {name} unpacks to {size} bytes, more than "
            f"{MAX_MEMBER_BYTES // 2**30} GiB; not a bundle piimap wrote (a zip bomb?)."
        )
    return archive.read(name)


class BundleError(PiimapError):
    """A bundle or output folder cannot be read or does not match its manifest."""


@dataclass
class Verification:
    """What ``verify`` found: files whose sha256 changed, files gone, files not in the manifest."""

    manifest: dict[str, Any]
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.extra)

    def problems(self) -> list[str]:
        return (
            [f"changed: {p}" for p in self.changed]
            + [f"missing: {p}" for p in self.missing]
            + [f"not in the manifest: {p}" for p in self.extra]
        )


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digests(out_dir: Path, names: Iterable[str]) -> dict[str, str]:
    """The sha256 of each of ``names`` (paths inside ``out_dir``, as the manifest spells them)
    that is a file there now, as the manifest will list it."""
    return {
        name: _digest((out_dir / name).read_bytes())
        for name in sorted(set(names))
        if (out_dir / name).is_file()
    }


def _artefacts(out_dir: Path) -> list[Path]:
    return sorted(
        p
        for p in out_dir.rglob("*")
        if p.is_file() and p.name != MANIFEST and not p.name.endswith(".tmp")
    )


def manifest(out_dir: Path, snapshot: Snapshot, paths: list[Path] | None = None) -> dict[str, Any]:
    """The manifest of ``paths`` (default: every file in ``out_dir``) as they are now."""
    files = {}
    for path in sorted(paths) if paths is not None else _artefacts(out_dir):
        data = path.read_bytes()
        files[path.relative_to(out_dir).as_posix()] = {"sha256": _digest(data), "bytes": len(data)}
    return {
        "piimap_version": snapshot.piimap_version,
        "schema_version": snapshot.schema_version,
        "scanned_at": snapshot.scanned_at,
        "config_hash": snapshot.config_hash,
        "files": files,
    }


def write_manifest(out_dir: Path, snapshot: Snapshot, paths: list[Path] | None = None) -> Path:
    """Write ``out_dir/manifest.json`` for ``paths`` (default: the files there now)."""
    path = out_dir / MANIFEST
    text = json.dumps(manifest(out_dir, snapshot, paths), indent=1, sort_keys=True) + "\n"
    write_atomic(path, text)
    return path


def _read_manifest(text: str, where: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BundleError(f"{where}: manifest.json is not JSON (line {exc.lineno}).") from None
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        raise BundleError(f"{where}: manifest.json has no 'files' list; not a piimap bundle.")
    return data


def verify(bundle: str | os.PathLike[str]) -> Verification:
    """Check a bundle (a zip written by :func:`make_bundle`) or an output folder against its
    manifest. Raises BundleError when there is no readable manifest."""
    path = Path(bundle)
    if path.is_dir():
        if not (path / MANIFEST).exists():
            raise BundleError(f"{path}: no manifest.json; run piimap scan or piimap bundle first.")
        found = {p.relative_to(path).as_posix(): _digest(p.read_bytes()) for p in _artefacts(path)}
        data = _read_manifest((path / MANIFEST).read_text(encoding="utf-8"), str(path))
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if not n.endswith("/")]
            if MANIFEST not in names:
                raise BundleError(f"{path}: the zip holds no manifest.json; not a piimap bundle.")
            data = _read_manifest(_member(archive, MANIFEST).decode("utf-8"), str(path))
            found = {n: _digest(_member(archive, n)) for n in names if n != MANIFEST}
    elif path.exists():
        raise BundleError(f"{path}: not a zip file or an output folder.")
    else:
        raise BundleError(f"{path}: no such file or folder.")
    listed = {name: entry.get("sha256", "") for name, entry in data["files"].items()}
    result = Verification(manifest=data)
    result.changed = sorted(n for n in listed if n in found and found[n] != listed[n])
    result.missing = sorted(n for n in listed if n not in found)
    result.extra = sorted(n for n in found if n not in listed)
    return result


def make_bundle(
    out_dir: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    evidence: Mapping[str, bytes] | None = None,
) -> Path:
    """Zip ``out_dir`` (with its manifest, written now if there is none) into ``target``.

    Refuses when a file no longer matches an existing manifest: the bundle is evidence of what
    the scan wrote, so an edited artefact must be re-scanned, not re-hashed. ``evidence``
    (name in the zip -> bytes, such as an accepted access review) is added beside the
    artefacts and hashed in the zip's manifest under ``evidence``, so verify checks it too.
    """
    out_dir, target = Path(out_dir), Path(target)
    if target.resolve().is_relative_to(out_dir.resolve()):
        raise BundleError(f"{target}: write the bundle outside the folder it zips ({out_dir}).")
    snapshot_path = out_dir / "snapshot.json"
    if not snapshot_path.exists():
        raise BundleError(f"{out_dir}: no snapshot.json; pass the --out folder of a scan.")
    if (out_dir / MANIFEST).exists():
        check = verify(out_dir)
        if not check.ok:
            raise BundleError(
                f"{out_dir}: files differ from manifest.json ({'; '.join(check.problems()[:5])})"
                "; re-run the scan to bundle what it wrote."
            )
    else:
        from lineage.core.snapshot import load

        try:
            write_manifest(out_dir, load(snapshot_path))
        except SnapshotError as exc:
            raise BundleError(str(exc)) from None
    manifest_text = (out_dir / MANIFEST).read_text(encoding="utf-8")
    listed = _read_manifest(manifest_text, str(out_dir))
    entries = [(name, (out_dir / name).read_bytes()) for name in sorted(listed["files"])]
    if evidence:
        taken = [name for name in evidence if name in listed["files"] or name == MANIFEST]
        if taken:
            raise BundleError(f"{taken[0]}: the scan wrote a file of that name already.")
        listed["evidence"] = {
            name: {"sha256": _digest(data), "bytes": len(data)}
            for name, data in sorted(evidence.items())
        }
        listed["files"] = {**listed["files"], **listed["evidence"]}
        entries += sorted(evidence.items())
        manifest_text = json.dumps(listed, indent=1, sort_keys=True) + "\n"
    entries.append((MANIFEST, manifest_text.encode("utf-8")))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    tmp.replace(target)
    return target


@dataclass(frozen=True)
class BundledScan:
    """A scan read back from a bundle, an output folder or a snapshot.json, with whether it
    verified against its manifest (``verification`` says how, or why not)."""

    snapshot: Snapshot
    sha256: str
    verified: bool
    verification: str


def read_scan(source: str | os.PathLike[str]) -> BundledScan:
    """The snapshot of a bundle (zip), a scan's output folder or a snapshot.json, verified
    first (:func:`verify`). One that does not verify, or has no manifest to verify it
    against, is still read, with the reason; a snapshot that cannot be read (or of a schema
    version this piimap does not read) raises SnapshotError naming the source."""
    from lineage.core.snapshot import loads

    path = Path(source)
    if path.name == "snapshot.json" and (path.parent / MANIFEST).exists():
        path = path.parent  # the snapshot of an output folder: verify the folder
    bundled = path.is_dir() or zipfile.is_zipfile(path)
    try:
        data = _snapshot_bytes(path) if bundled else path.read_bytes()
    except (OSError, zipfile.BadZipFile) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise SnapshotError(f"{source}: cannot read it ({reason}).") from None
    verified, how = False, "cannot be verified: a snapshot file alone, with no manifest.json"
    if bundled:
        try:
            check = verify(path)
        except (BundleError, zipfile.BadZipFile) as exc:
            how = f"cannot be verified: {exc}"
        else:
            verified, problems = check.ok, check.problems()
            how = (
                f"intact: {len(check.manifest['files'])} files match manifest.json"
                if verified
                else f"does not verify: {'; '.join(problems[:5])}"
                + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
            )
    try:
        snapshot = loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise SnapshotError(f"{source}: not a snapshot: not UTF-8 text.") from None
    except SnapshotError as exc:
        raise SnapshotError(f"{source}: {exc}") from None
    return BundledScan(snapshot, _digest(data), verified, how)


def _snapshot_bytes(path: Path) -> bytes:
    """snapshot.json of a zip or a folder; SnapshotError when it holds none."""
    name = "snapshot.json"
    if path.is_dir():
        if not (path / name).is_file():
            raise SnapshotError(f"{path}: no snapshot.json; pass a scan's --out folder.")
        return (path / name).read_bytes()
    with zipfile.ZipFile(path) as archive:
        if name not in archive.namelist():
            raise SnapshotError(f"{path}: the zip holds no snapshot.json; not a piimap bundle.")
        try:
            return _member(archive, name)
        except BundleError as exc:
            raise SnapshotError(str(exc)) from None


def schema_note(data: dict[str, Any]) -> str:
    """One line about the manifest's scan, for the CLI."""
    version = data.get("schema_version")
    newer = (
        " (newer than this piimap)" if isinstance(version, int) and version > SCHEMA_VERSION else ""
    )
    return (
        f"scan {data.get('scanned_at', '?')}, piimap {data.get('piimap_version', '?')}, "
        f"schema {version}{newer}, config sha256 {str(data.get('config_hash', ''))[:12]}, "
        f"{len(data.get('files', {}))} files"
    )
