#!/bin/sh
# Rebuild DATASHEET.md from its fixed parts and fresh counts.
cd "$(dirname "$0")" && { cat DATASHEET.head.md; python3 corpus_stats.py; cat DATASHEET.tail.md; } > DATASHEET.md
