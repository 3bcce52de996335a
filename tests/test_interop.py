"""The shared interchange files: read where they are, and their absence is never silent in CI."""

import pytest

from tests.interop import INTEROP, interop_path


def test_they_are_read_from_the_shared_folder_beside_the_checkout():
    assert INTEROP.parts[-2:] == ("shared", "interop")
    assert interop_path("README.md") == INTEROP / "README.md"


def test_a_missing_file_skips_and_under_ci_fails(monkeypatch):
    monkeypatch.delenv("PARALLAX_REQUIRE_SERVICES", raising=False)
    with pytest.raises(pytest.skip.Exception):
        interop_path("no-such-folder", "file.json")
    monkeypatch.setenv("PARALLAX_REQUIRE_SERVICES", "1")
    with pytest.raises(pytest.fail.Exception, match="no-such-folder"):
        interop_path("no-such-folder", "file.json")
