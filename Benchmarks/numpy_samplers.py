#!/usr/bin/env python3
"""Draws per second of NumPy's Generator (PCG64) for the samplers that Plancast benchmarks.

Usage: python3 Benchmarks/numpy_samplers.py [--seconds S]

Prints one tab-separated line per case, `<case>\t<draws per second>`, with the same case
names as `plancast-bench samplers`. NumPy draws in vectorised batches of 1e6 (its fastest
mode); the best of three timings of at least S seconds of thread CPU time each is reported
(CPU time, so other load on the machine does not count). PERT has no NumPy
sampler and is timed as the scaled beta it is.
"""
import sys
import time

import numpy as np

BATCH = 1_000_000
REPEATS = 3

EMPIRICAL_DATA = np.arange(1000, dtype=float) * 1.5
DISCRETE_VALUES = np.arange(10, dtype=float)
DISCRETE_PROBABILITIES = np.array([0.05, 0.1, 0.15, 0.2, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05])


def pert(rng, low, mode, high, size):
    width = high - low
    return low + width * rng.beta(1 + 4 * (mode - low) / width, 1 + 4 * (high - mode) / width, size)


CASES = [
    ("uniform(0,1)", lambda rng, n: rng.uniform(0, 1, n)),
    ("normal(0,1)", lambda rng, n: rng.normal(0, 1, n)),
    ("lognormal(0,1)", lambda rng, n: rng.lognormal(0, 1, n)),
    ("gamma(0.01)", lambda rng, n: rng.gamma(0.01, 1, n)),
    ("gamma(0.5)", lambda rng, n: rng.gamma(0.5, 1, n)),
    ("gamma(2.5)", lambda rng, n: rng.gamma(2.5, 1, n)),
    ("gamma(30)", lambda rng, n: rng.gamma(30, 1, n)),
    ("beta(0.3,0.3)", lambda rng, n: rng.beta(0.3, 0.3, n)),
    ("beta(2,5)", lambda rng, n: rng.beta(2, 5, n)),
    ("triangular(0,1,3)", lambda rng, n: rng.triangular(0, 1, 3, n)),
    ("pert(0,1,3)", lambda rng, n: pert(rng, 0, 1, 3, n)),
    ("empirical(1000)", lambda rng, n: rng.choice(EMPIRICAL_DATA, n)),
    ("discrete(10)", lambda rng, n: rng.choice(DISCRETE_VALUES, n, p=DISCRETE_PROBABILITIES)),
    ("poisson(1e-6)", lambda rng, n: rng.poisson(1e-6, n)),
    ("poisson(0.5)", lambda rng, n: rng.poisson(0.5, n)),
    ("poisson(5)", lambda rng, n: rng.poisson(5, n)),
    ("poisson(30)", lambda rng, n: rng.poisson(30, n)),
    ("poisson(1e7)", lambda rng, n: rng.poisson(1e7, n)),
    ("binomial(1e9,1e-8)", lambda rng, n: rng.binomial(1_000_000_000, 1e-8, n)),
    ("binomial(50,0.999)", lambda rng, n: rng.binomial(50, 0.999, n)),
    ("binomial(100,0.3)", lambda rng, n: rng.binomial(100, 0.3, n)),
    ("binomial(1e6,0.3)", lambda rng, n: rng.binomial(1_000_000, 0.3, n)),
    ("negbinomial(2.5,0.3)", lambda rng, n: rng.negative_binomial(2.5, 0.3, n)),
    ("negbinomial(1000,0.5)", lambda rng, n: rng.negative_binomial(1000, 0.5, n)),
]


def rate(draw, rng, seconds):
    best = 0.0
    for _ in range(REPEATS):
        count = 0
        start = time.thread_time()
        while True:
            draw(rng, BATCH)
            count += BATCH
            elapsed = time.thread_time() - start
            if elapsed >= seconds:
                break
        best = max(best, count / elapsed)
    return best


def main():
    seconds = 0.3
    if "--seconds" in sys.argv:
        seconds = float(sys.argv[sys.argv.index("--seconds") + 1])
    rng = np.random.Generator(np.random.PCG64(20261121))
    print(f"# numpy {np.__version__}, Generator(PCG64), batches of {BATCH}")
    for name, draw in CASES:
        print(f"{name}\t{rate(draw, rng, seconds):.0f}", flush=True)


if __name__ == "__main__":
    main()
