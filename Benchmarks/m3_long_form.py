#!/usr/bin/env python3
"""Writes the M3 monthly training series as one long-form history file, for timing `plancast fit`
on many series at once.

Usage: python3 Benchmarks/m3_long_form.py [M3_MONTHLY_CSV] [OUT_DIR]

Defaults: ../shared/data/m3/m3_monthly.csv beside the repository, and the working directory.
Writes `m3_monthly_long.csv` (columns product, month, sales; months numbered from 1990-01,
since M3 gives positions, not dates) and `m3_monthly_timestamps.csv`, the same rows with
each month written as a pandas timestamp (`1990-01-01 00:00:00`, column `date`).
"""
import csv
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "data", "m3", "m3_monthly.csv")
out_dir = sys.argv[2] if len(sys.argv) > 2 else "."

with open(source, newline="") as f:
    rows = [r for r in csv.DictReader(f) if r["split"] == "train"]

with open(os.path.join(out_dir, "m3_monthly_long.csv"), "w") as plain, \
        open(os.path.join(out_dir, "m3_monthly_timestamps.csv"), "w") as stamped:
    plain.write("product,month,sales\n")
    stamped.write("product,date,sales\n")
    for r in rows:
        t = int(r["t"]) - 1
        year, month = 1990 + t // 12, t % 12 + 1
        plain.write(f"{r['series_id']},{year}-{month:02d},{r['value']}\n")
        stamped.write(f"{r['series_id']},{year}-{month:02d}-01 00:00:00,{r['value']}\n")
