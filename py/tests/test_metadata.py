"""The installed distribution's metadata: the license it declares and the license files it
carries (PEP 639: listed as License-File, stored under the .dist-info's licenses/)."""

from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Each file the wheel must carry, and the one in the repository it must be a copy of.
LICENSE_FILES = {
    "LICENSE-MIT": ROOT / "LICENSE-MIT",
    "LICENSE-APACHE": ROOT / "LICENSE-APACHE",
    "LICENSE-CPYTHON": ROOT / "py" / "LICENSE-CPYTHON",
}


@pytest.fixture(scope="module")
def dist():
    return metadata.distribution("isola")


def test_the_license_expression_names_isola_s_and_cpython_s(dist):
    assert dist.metadata["License-Expression"] == "(MIT OR Apache-2.0) AND PSF-2.0"


def test_the_license_files_are_listed(dist):
    assert sorted(dist.metadata.get_all("License-File") or []) == sorted(LICENSE_FILES)
    recorded = {str(path) for path in dist.files or []}
    for name in LICENSE_FILES:
        assert f"isola-{dist.version}.dist-info/licenses/{name}" in recorded


@pytest.mark.parametrize("name", sorted(LICENSE_FILES))
def test_each_license_file_is_carried_whole(dist, name):
    carried = dist.read_text(f"licenses/{name}")
    assert carried == LICENSE_FILES[name].read_text(encoding="utf-8")


def test_the_cpython_license_is_the_psf_license(dist):
    text = dist.read_text("licenses/LICENSE-CPYTHON")
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in text
