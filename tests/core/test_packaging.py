"""The package a user installs with `pip install .` holds every module and resource."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed_for_installation() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "annotator").rglob("*.py")
    }
    assert folders - listed == set(), "add these to [tool.setuptools] packages"
    assert "annotator.resources" in listed


def test_resources_are_declared_as_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["annotator.resources"]
    files = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    assert files
    for f in files:
        rel = f.relative_to(ROOT / "resources")
        assert any(rel.match(pattern) for pattern in patterns), rel


def test_resource_path_finds_the_schema_and_font() -> None:
    from annotator.paths import resource_path

    assert resource_path("schemas", "default.toml").is_file()
    assert resource_path("fonts", "NotoNaskhArabic-Regular.ttf").is_file()
    assert resource_path("fonts", "OFL.txt").is_file()
