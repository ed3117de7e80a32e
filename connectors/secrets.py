"""Secrets read from files (``password_file``): one reader for every connector, bounded, with
one-line errors that name the key and the file and never quote what is in it."""

from __future__ import annotations

from pathlib import Path

from lineage.core.errors import ConfigError

#: Bytes read of a password file at most: a password is short, and ``password_file:
#: /dev/zero`` (or a log file named by mistake) must not be read without end.
MAX_SECRET_BYTES = 64 * 1024


def read_password_file(key: str, raw: str, base_dir: Path) -> str:
    """The password in the file ``raw`` (relative to ``base_dir``), stripped; ConfigError naming
    ``key`` when it cannot be read, is not text, is empty or is too large to be a password."""
    if not raw.strip():
        raise ConfigError(
            f"{key}: empty; give the path of a file holding the password, or remove the key."
        )
    path = Path(raw).expanduser()
    path = path if path.is_absolute() else base_dir / path
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_SECRET_BYTES + 1)
    except OSError as exc:
        raise ConfigError(
            f"{key}: cannot read {path} ({exc.strerror}); point it at a file holding the password."
        ) from None
    if len(data) > MAX_SECRET_BYTES:
        raise ConfigError(
            f"{key}: {path} is larger than {MAX_SECRET_BYTES // 1024} KiB; point it at a file "
            "holding only the password."
        )
    try:
        password = data.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise ConfigError(
            f"{key}: {path} is not a text file; point it at a file holding the password."
        ) from None
    if not password:
        raise ConfigError(f"{key}: {path} is empty; put the password in it, or remove the key.")
    return password
