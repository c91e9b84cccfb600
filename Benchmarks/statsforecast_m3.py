"""statsforecast's AutoETS and AutoTheta on the M3 series, scored like plancast-bench.

Usage: python statsforecast_m3.py M3_DIRECTORY [monthly] [quarterly] [yearly] [other]
Prints one row per model and set: sMAPE (M3 definition), MASE (in-sample seasonal naive
scale), 80/95% coverage, MSIS of the 80% and 95% intervals (M4's mean scaled interval score, same
scale as MASE) and the wall time of fit + forecast with all cores (n_jobs=-1).
"""
import os
import sys
import time

import numpy as np
import pandas as pd
from statsforecast import StatsForecast, __version__
from statsforecast.models import AutoETS, AutoTheta

# Horizon and season length of each set, as in the competition ("other" has no stated season).
SETS = {"monthly": (18, 12), "quarterly": (8, 4), "yearly": (6, 1), "other": (8, 1)}


def load(directory, name):
    frame = pd.read_csv(os.path.join(directory, f"m3_{name}.csv"))
    frame = frame.rename(columns={"series_id": "unique_id", "value": "y"})
    frame["ds"] = frame["t"]
    train = frame[frame["split"] == "train"][["unique_id", "ds", "y"]]
    test = frame[frame["split"] == "test"][["unique_id", "ds", "y"]]
    return train, test


def score(train, test, forecast, column, m):
    smapes, mases, inside80, inside95 = [], [], [], []
    msis = {80: [], 95: []}
    merged = test.merge(forecast, on=["unique_id", "ds"])
    for uid, group in merged.groupby("unique_id"):
        y = group["y"].to_numpy()
        f = group[column].to_numpy()
        history = train[train["unique_id"] == uid]["y"].to_numpy()
        denominator = np.abs(y) + np.abs(f)
        smapes.append(np.mean(np.where(denominator == 0, 0, 200 * np.abs(y - f) / np.where(denominator == 0, 1, denominator))))
        scale = np.mean(np.abs(history[m:] - history[:-m]))
        if scale > 0:
            mases.append(np.mean(np.abs(y - f)) / scale)
            for level, scores in msis.items():
                lower, upper = group[f"{column}-lo-{level}"].to_numpy(), group[f"{column}-hi-{level}"].to_numpy()
                penalty = 2 / (1 - level / 100)
                interval = (upper - lower) + penalty * (np.maximum(lower - y, 0) + np.maximum(y - upper, 0))
                scores.append(np.mean(interval) / scale)
        inside80.append(np.mean((group[f"{column}-lo-80"] <= y) & (y <= group[f"{column}-hi-80"])))
        inside95.append(np.mean((group[f"{column}-lo-95"] <= y) & (y <= group[f"{column}-hi-95"])))
    return (np.mean(smapes), np.mean(mases), 100 * np.mean(inside80), 100 * np.mean(inside95),
            np.mean(msis[80]), np.mean(msis[95]))


def main():
    directory = sys.argv[1]
    print(f"statsforecast {__version__} (n_jobs=-1, {os.cpu_count()} cores)")
    for name in sys.argv[2:] or SETS:
        horizon, m = SETS[name]
        train, test = load(directory, name)
        for model in (AutoETS(season_length=m), AutoTheta(season_length=m)):
            start = time.time()
            engine = StatsForecast(models=[model], freq=1, n_jobs=-1)
            forecast = engine.forecast(df=train, h=horizon, level=[80, 95]).reset_index()
            seconds = time.time() - start
            column = repr(model)
            smape, mase, c80, c95, msis80, msis95 = score(train, test, forecast, column, m)
            print(f"{name:10s} {column:12s} sMAPE {smape:6.2f}  MASE {mase:6.3f}  cov80 {c80:5.1f}  cov95 {c95:5.1f}  "
                  f"MSIS80 {msis80:6.2f}  MSIS95 {msis95:6.2f}  {seconds:7.2f} s")


if __name__ == "__main__":
    main()
