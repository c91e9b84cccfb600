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
  Data/example/deals.csv          every opportunity created 2024-07 .. 2026-06, one row each,
                                  as a CRM deal export taken on 30 June 2026
  Data/example/stage_history.csv  the same deals' stage history: one row per stage entered
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


# The deal export's known truth, which `plancast estimate` should recover.
DEAL_FIRST_MONTH = "2024-07"
DEAL_AS_OF = (2026, 6)
# Win rate of decided deals by lead source.
DEAL_WIN_RATE = {"organic": 0.26, "paid_search": 0.20, "inbound": 0.32, "events": 0.18}
# P(close month - created month = lag), lag = 0, 1, 2, 3 (won and lost deals alike).
DEAL_CYCLE = [0.3, 0.4, 0.2, 0.1]
# Amounts are log-normal: median 9,000, sigma 0.8 (p90 about 25,000).
DEAL_MEDIAN, DEAL_SIGMA = 9000, 0.8
# Last stage reached, by outcome (a won deal closes from negotiation or proposal).
DEAL_LAST_STAGE = {
    "won": [("negotiation", 0.7), ("proposal", 0.3)],
    "lost": [("discovery", 0.5), ("proposal", 0.35), ("negotiation", 0.15)],
    "open": [("discovery", 0.45), ("proposal", 0.35), ("negotiation", 0.2)],
}
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def pick(rng, weighted):
    """A draw from [(value, probability), ...] (probabilities sum to 1)."""
    draw = rng.random()
    for value, share in weighted:
        if draw < share:
            return value
        draw -= share
    return weighted[-1][0]


def days_in(year, month):
    leap = month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return DAYS_IN_MONTH[month - 1] + (1 if leap else 0)


def deals(rng, monthly):
    """One row per opportunity of `monthly` from DEAL_FIRST_MONTH on, split across channels
    in proportion to their leads; outcome, cycle, amount and last stage drawn from the truth
    above. Deals whose close month falls after DEAL_AS_OF are still open (censored)."""
    channels = list(DEAL_WIN_RATE)
    rows = []
    for row in monthly:
        if row["month"] < DEAL_FIRST_MONTH:
            continue
        year, month = map(int, row["month"].split("-"))
        leads = [row[f"leads_{name}"] for name in channels]
        total = sum(leads)
        weights = [(name, count / total) for name, count in zip(channels, leads)]
        for _ in range(row["opportunities"]):
            source = pick(rng, weights)
            created_day = 1 + int(rng.random() * days_in(year, month))
            lag = pick(rng, list(enumerate(DEAL_CYCLE)))
            close_year, close_month = year + (month - 1 + lag) // 12, (month - 1 + lag) % 12 + 1
            amount = int(round(rng.lognormvariate(math.log(DEAL_MEDIAN), DEAL_SIGMA), -1))
            won = rng.random() < DEAL_WIN_RATE[source]
            first_day = created_day if lag == 0 else 1
            close_day = first_day + int(rng.random() * (days_in(close_year, close_month) - first_day + 1))
            if (close_year, close_month) > DEAL_AS_OF:
                outcome, closed = "open", ""
            else:
                outcome = "won" if won else "lost"
                closed = f"{close_year:04d}-{close_month:02d}-{close_day:02d}"
            rows.append({
                "id": f"D{len(rows) + 1:05d}",
                "created": f"{year:04d}-{month:02d}-{created_day:02d}",
                "closed": closed,
                "outcome": outcome,
                "amount": amount,
                "source": source,
                "stage": pick(rng, DEAL_LAST_STAGE[outcome]),
            })
    return rows


# Expected close dates: a quarter of won (and lost) deals close in a later month than the CRM
# expected. A deal created and closed in the same month cannot be late, so deals with a lag
# of a month or more slip with the probability that makes the overall share DEAL_SLIP.
DEAL_SLIP = 0.25
SLIP_IF_POSSIBLE = DEAL_SLIP / (1 - DEAL_CYCLE[0])
# How many months late a slipped deal is.
SLIP_MONTHS = [(1, 0.8), (2, 0.2)]
STAGES = ["discovery", "proposal", "negotiation"]


def add_months(year, month, count):
    index = year * 12 + month - 1 + count
    return index // 12, index % 12 + 1


def months_between(start, end):
    return (end[0] - start[0]) * 12 + end[1] - start[1]


def parse_day(text):
    return tuple(int(part) for part in text.split("-"))


def day_between(rng, first, last):
    """A uniform day from `first` to `last` (both (year, month, day), first <= last)."""
    span = (last[0] * 12 + last[1]) - (first[0] * 12 + first[1])
    year, month = add_months(first[0], first[1], int(rng.random() * (span + 1)))
    low = first[2] if (year, month) == first[:2] else 1
    high = last[2] if (year, month) == last[:2] else days_in(year, month)
    return year, month, low + int(rng.random() * (high - low + 1))


def crm_details(rng, rows):
    """Adds `expected_close` to each deal row (in place) and returns the stage history: every
    deal enters discovery when created and each later stage up to its last one on a day
    between its creation and its close (or the export date), then its outcome on the close
    day. Drawn from its own stream, so the deal export's other columns stay as they were."""
    as_of = (DEAL_AS_OF[0], DEAL_AS_OF[1], days_in(*DEAL_AS_OF))
    history = []
    for row in rows:
        created = parse_day(row["created"])
        if row["closed"]:
            closed = parse_day(row["closed"])
            lag = months_between(created[:2], closed[:2])
            late = pick(rng, SLIP_MONTHS) if lag >= 1 and rng.random() < SLIP_IF_POSSIBLE else 0
            expected = add_months(closed[0], closed[1], -min(late, lag))
        else:
            closed = None
            expected = add_months(created[0], created[1], pick(rng, list(enumerate(DEAL_CYCLE))))
        row["expected_close"] = f"{expected[0]:04d}-{expected[1]:02d}-{1 + int(rng.random() * days_in(*expected)):02d}"
        path = STAGES[: STAGES.index(row["stage"]) + 1]
        days = sorted(day_between(rng, created, closed or as_of) for _ in path[1:])
        for stage, day in zip(path, [created] + days):
            history.append({"deal_id": row["id"], "stage": stage, "entered": "%04d-%02d-%02d" % day})
        if closed:
            history.append({"deal_id": row["id"], "stage": row["outcome"], "entered": row["closed"]})
    return history


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
    monthly = history(rng)
    write("Data/example/monthly.csv", monthly)
    write("Data/example/open_pipeline.csv", open_pipeline(rng))
    write("Scenarios/bench/bench-pipeline.csv", bench_pipeline())
    # A stream of its own, so the files above stay as they were before the deal export existed.
    deal_rows = deals(random.Random(SEED + 1), monthly)
    # Its own stream again, so adding these columns changed no value already in deals.csv.
    stage_history = crm_details(random.Random(SEED + 2), deal_rows)
    write("Data/example/deals.csv", deal_rows)
    write("Data/example/stage_history.csv", stage_history)


if __name__ == "__main__":
    main()
