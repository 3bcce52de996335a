"""Files other projects publish, kept byte for byte in ``../shared/interop/`` beside the checkout.

They are read where they are, never copied into the project. Without the folder the tests that
need it skip, unless PARALLAX_REQUIRE_SERVICES=1 (CI), where its absence fails them.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings

INTEROP = Path(settings.BASE_DIR).parent / "shared" / "interop"


def interop_path(*parts: str) -> Path:
    """The path of a shared file or folder; skips (or fails under CI's flag) when it is absent."""
    path = INTEROP.joinpath(*parts)
    if not path.exists():
        message = f"{path} is absent: the interchange fixtures live in ../shared/interop/"
        if os.environ.get("PARALLAX_REQUIRE_SERVICES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def folder_files(folder: Path) -> dict[str, bytes]:
    """A folder's files by their path inside it, as an upload of the folder gives them."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
