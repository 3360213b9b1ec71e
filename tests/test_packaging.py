"""A wheel built from the project carries every file the packages read at run time: templates,
static files, the corpus, migrations, the demo site. An editable install reads the source tree,
so only a real build shows what a deployment would miss."""
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("classifier", "crawler", "digest", "hypewatch", "storage", "webapp")
DATA_SUFFIXES = {".py", ".tsv", ".toml", ".html", ".css", ".js", ".xml", ".mako", ".json", ".md", ".txt"}


def package_files():
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*"):
            if path.is_file() and path.suffix in DATA_SUFFIXES and "__pycache__" not in path.parts:
                yield path.relative_to(ROOT).as_posix()


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory):
    src = tmp_path_factory.mktemp("src")
    for name in ("setup.cfg", "pyproject.toml", "README.md", "jobs.py"):
        shutil.copy(ROOT / name, src / name)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, src / package, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", str(src), "-w", str(out)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = out.glob("hypewatch-*.whl")
    with zipfile.ZipFile(wheel) as z:
        return set(z.namelist()), build.stderr


def test_the_wheel_carries_every_file_of_the_packages(wheel_names):
    names, _ = wheel_names
    missing = sorted(set(package_files()) - names)
    assert not missing, f"{len(missing)} files would be missing from an installed copy, e.g. {missing[:10]}"


@pytest.mark.parametrize("path", ["webapp/templates/base.html", "webapp/static/style.css",
                                  "classifier/corpus/neutral.tsv", "storage/migrations/env.py",
                                  "digest/templates/mail/digest.txt", "crawler/sources.toml",
                                  "hypewatch/demo/site/feed.xml", "jobs.py"])
def test_files_read_at_run_time_are_in_the_wheel(wheel_names, path):
    assert path in wheel_names[0]


def test_the_build_warns_of_no_ignored_package(wheel_names):
    assert "Package would be ignored" not in wheel_names[1]
