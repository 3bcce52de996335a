"""Annotation files on a command line: read from a file or a folder, written to a folder."""

from pathlib import Path

from django.core.management.base import CommandError


def read_files(path: Path) -> dict[str, bytes]:
    """A file by its name, or a folder's files by their path inside it (hidden ones left)."""
    try:
        if path.is_dir():
            return {
                found.relative_to(path).as_posix(): found.read_bytes()
                for found in sorted(path.rglob("*"))
                if found.is_file()
                and not any(part.startswith(".") for part in found.relative_to(path).parts)
            }
        return {path.name: path.read_bytes()}
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error}") from None


def write_files(folder: Path, files: dict[str, bytes]) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            target = folder / name
            if not target.resolve().is_relative_to(folder.resolve()):
                raise CommandError(f"{name!r} would be written outside {folder}.")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    except OSError as error:
        raise CommandError(f"Cannot write to {folder}: {error}") from None
