#!/usr/bin/env python3
"""How long `hypewatch backup` takes on a SQLite database, beside a plain copy of the same file in the same run.

    python bench/backup.py /tmp/b100k.db         # a database filled before (bench/web.py fills one)
    python bench/backup.py                       # fills a fresh one of --stories stories first

The plain copy (shutil.copyfile of the database file) is the yardstick: it is what a backup costs at least,
though it is no backup of a database in use (a write during the copy tears it). Each is run --repeats times
alternately; the best of each is printed, and their ratio.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", nargs="?", help="a SQLite file (default: fill a fresh one)")
    parser.add_argument("--stories", type=int, default=10_000, help="for a fresh database (default 10,000)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    from storage import open_database
    from storage.backup import backup

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        source = Path(args.database) if args.database else scratch / "hypewatch.db"
        if not args.database:
            from web import fill
            fill(f"sqlite:///{source}", args.stories)
        db = open_database(f"sqlite:///{source}", upgrade=False)
        copied, backed_up = [], []
        for _ in range(args.repeats):
            started = time.perf_counter()
            shutil.copyfile(source, scratch / "plain-copy")
            copied.append(time.perf_counter() - started)
            started = time.perf_counter()
            done = backup(db, scratch / "backup", overwrite=True)
            backed_up.append(time.perf_counter() - started)
        db.dispose()
        size = source.stat().st_size / 1e6
        print(f"{source}: {size:,.0f} MB, {done.stories:,} stories")
        print(f"  plain file copy (yardstick)  {min(copied):6.2f} s")
        print(f"  hypewatch backup             {min(backed_up):6.2f} s   {min(backed_up) / min(copied):.1f} x the copy"
              f"   (copy {done.size / 1e6:,.0f} MB, checked)")


if __name__ == "__main__":
    main()
