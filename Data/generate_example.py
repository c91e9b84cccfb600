#!/usr/bin/env python3
"""Generate the synthetic example data for Plancast's sample scenarios.

Everything here is invented: "Northwind Metrics", a fictional B2B software company selling
annual subscriptions. The numbers are drawn from a seeded generator so that running this
script again reproduces the committed files byte for byte:

    python3 Data/generate_example.py

Writes
  Data/example/monthly.csv        monthly history 2021-01 .. 2026-06: leads per channel,
                                  paid-search spend, opportunities, won deals, revenue
  Data/example/open_pipeline.csv  deals open at the end of June 2026 (a CRM export)
  Scenarios/bench/bench-pipeline.csv
                                  the 300-deal pipeline of the benchmark plan, exactly as the
                                  Monte Carlo engine's benchmark specifies (no randomness)

Python standard library only.
"""

import csv
import math
import os
import random

SEED = 20260701
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FIRST_YEAR, FIRST_MONTH = 2021, 1
LAST_YEAR, LAST_MONTH = 2026, 6

# Seasonal index by calendar month (1 = January): a January slump, a summer dip and a strong
# fourth quarter, as many B2B software sellers see.
SEASON = [0.88, 0.94, 1.05, 1.02, 1.00, 0.97, 0.90, 0.86, 1.02, 1.08, 1.10, 1.18]

# Events (trade shows) happen in March and October.
EVENT_MONTHS = {3: 450, 10: 520}


def months():
    year, month = FIRST_YEAR, FIRST_MONTH
    while (year, month) <= (LAST_YEAR, LAST_MONTH):
        yield year, month
        month += 1
        if month == 13:
            year, month = year + 1, 1


def poisson(rng, lam):
    """Poisson draw: Knuth's product method for small means, a rounded normal otherwise."""
    if lam < 30:
        limit, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= rng.random()
            if p <= limit:
                return k
            k += 1
    return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))


def binomial(rng, n, p):
    """Binomial draw by summing Bernoulli trials (n is at most a few thousand here)."""
    return sum(1 for _ in range(n) if rng.random() < p)


def history(rng):
    rows = []
    for index, (year, month) in enumerate(months()):
        growth = 1.010 ** index  # about 13% a year
        season = SEASON[month - 1]
        organic = poisson(rng, 720 * growth * season * rng.lognormvariate(0, 0.06))
        inbound = poisson(rng, 260 * growth * season * rng.lognormvariate(0, 0.08))
        spend = round(32000 * 1.012 ** index * (1.1 if month in (9, 10, 11) else 1.0), -2)
        # Hill response: max 2000 leads, half-saturation at 80k of monthly spend.
        paid = poisson(rng, 2000 * spend / (spend + 80000) * season * rng.lognormvariate(0, 0.1))
        events = poisson(rng, EVENT_MONTHS.get(month, 0) * growth) if month in EVENT_MONTHS else 0
        leads = organic + inbound + paid + events
        opportunities = binomial(rng, leads, 0.12)
        won = binomial(rng, opportunities, 0.25)
        revenue = sum(rng.lognormvariate(math.log(9000), 0.8) for _ in range(won))
        rows.append({
            "month": f"{year:04d}-{month:02d}",
            "leads_organic": organic,
            "leads_paid_search": paid,
            "spend_paid_search": int(spend),
            "leads_inbound": inbound,
            "leads_events": events,
            "opportunities": opportunities,
            "won_deals": won,
            "revenue": int(round(revenue, -1)),
        })
    return rows


def open_pipeline(rng):
    stages = [("discovery", 0.45), ("proposal", 0.35), ("negotiation", 0.20)]
    close_months = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]
    rows = []
    for number in range(1, 73):
        draw, stage = rng.random(), stages[-1][0]
        for name, share in stages:
            if draw < share:
                stage = name
                break
            draw -= share
        amount = int(round(rng.lognormvariate(math.log(14000), 0.7), -2))
        close = close_months[min(len(close_months) - 1, int(rng.random() * len(close_months)))]
        rows.append({"id": f"NW-{4100 + number}", "stage": stage, "amount": amount, "close_month": close})
    return rows


def bench_pipeline():
    """Deal i: amount 5000 + 100 i, stage by i mod 3, close month 2026-07 plus i mod 3."""
    stages = ["discovery", "proposal", "negotiation"]
    return [
        {"id": f"B{i:03d}", "stage": stages[i % 3], "amount": 5000 + 100 * i, "close_month": f"2026-{7 + i % 3:02d}"}
        for i in range(300)
    ]


def write(path, rows):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0].keys()), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {path} ({len(rows)} rows)")


def main():
    rng = random.Random(SEED)
    write("Data/example/monthly.csv", history(rng))
    write("Data/example/open_pipeline.csv", open_pipeline(rng))
    write("Scenarios/bench/bench-pipeline.csv", bench_pipeline())


if __name__ == "__main__":
    main()
