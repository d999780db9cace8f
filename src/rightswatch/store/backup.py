"""Backup and restore: SQLite's online backup API, or pg_dump/pg_restore for PostgreSQL.
Each backup is written beside its final name and renamed into place, with a SHA-256 manifest."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from rightswatch.errors import Code, StoreError


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def manifest_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256.json")


def _pg_args(url: str) -> tuple[list[str], dict[str, str]]:
    parsed = make_url(url)
    args = ["-h", parsed.host or "127.0.0.1", "-p", str(parsed.port or 5432), "-U", parsed.username or "postgres"]
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = parsed.password
    return args, env


def backup(url: str, path: Path) -> dict[str, object]:
    """Write a consistent backup of the store at `url` to `path`; return its manifest."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        source = sqlite3.connect(parsed.database or "")
        target = sqlite3.connect(tmp)
        try:
            with target:
                source.backup(target)  # consistent even while another process writes
        finally:
            target.close()
            source.close()
        kind = "sqlite"
    else:
        args, env = _pg_args(url)
        result = subprocess.run(["pg_dump", "-Fc", *args, "-f", str(tmp), parsed.database or ""],
                                env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            tmp.unlink(missing_ok=True)
            raise StoreError(Code.STORE_UNAVAILABLE, reason=f"pg_dump failed: {result.stderr.strip()}")
        kind = "pg_dump"
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    manifest = {"file": path.name, "sha256": _sha256(path), "bytes": path.stat().st_size, "format": kind,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds")}
    manifest_tmp = manifest_path(path).with_suffix(".tmp")
    manifest_tmp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    os.replace(manifest_tmp, manifest_path(path))
    return manifest


def check_manifest(path: Path) -> None:
    mpath = manifest_path(path)
    if not mpath.exists():
        raise StoreError(Code.STORE_UNAVAILABLE, reason=f"{path}: no manifest {mpath.name}")
    manifest = json.loads(mpath.read_text(encoding="utf-8"))
    if manifest["sha256"] != _sha256(path):
        raise StoreError(Code.TAMPERED)


def restore(url: str, path: Path, *, force: bool = False) -> None:
    """Restore a backup into the store at `url` after checking its manifest."""
    path = Path(path)
    check_manifest(path)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        target = Path(parsed.database or "")
        if target.exists() and target.stat().st_size > 0 and not force:
            raise StoreError(Code.STORE_UNAVAILABLE, reason=f"{target} exists; use --force to replace it")
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        tmp = target.with_name(f".{target.name}.restore")
        shutil.copyfile(path, tmp)
        os.replace(tmp, target)
        return
    args, env = _pg_args(url)
    flags = ["--clean", "--if-exists"] if force else []
    result = subprocess.run(["pg_restore", *args, "-d", parsed.database or "", "--no-owner", *flags, str(path)],
                            env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise StoreError(Code.STORE_UNAVAILABLE, reason=f"pg_restore failed: {result.stderr.strip()[:500]}")
