"""The stubs (python/isola/__init__.pyi) agree with the installed package, as mypy's stubtest
checks them: every public name, and each function's parameters, their kinds and defaults."""

import subprocess
import sys
from pathlib import Path

import pytest

ALLOWLIST = Path(__file__).resolve().with_name("stubtest_allowlist.txt")


def test_the_stubs_match_the_package(tmp_path):
    pytest.importorskip("mypy.stubtest", reason="mypy is not installed (the python step installs it)")
    # From an empty directory, which takes mypy's cache and where no `isola` but the installed
    # one can be found.
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "isola", "--allowlist", str(ALLOWLIST)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
