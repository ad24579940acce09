"""The min-l1 interpolator min ||b||_1 s.t. X b = y by scipy.optimize.linprog(method='highs') on the
data bench/ZgMinL1Bench.java wrote (b = p - q, p, q >= 0), for comparison with the Java ADMM
certificate: wall time, optimal value and its relative difference to the Java l1 norm.

Usage: python3 bench/zg_min_l1.py DIR
"""
import os
import sys
import time

import numpy as np
from scipy.optimize import linprog


def main():
    directory = sys.argv[1]
    tail = np.fromfile(os.path.join(directory, "y.f64"), dtype="<f8")
    y, java_l1 = tail[:-1], tail[-1]
    n = y.size
    columns = np.fromfile(os.path.join(directory, "X.f32"), dtype="<f4")
    d = columns.size // n
    x = columns.reshape(d, n).T.astype(np.float64)
    start = time.perf_counter()
    result = linprog(np.ones(2 * d), A_eq=np.hstack([x, -x]), b_eq=y, bounds=(0, None),
                     method="highs")
    elapsed = time.perf_counter() - start
    beta = result.x[:d] - result.x[d:]
    print(f"scipy linprog highs d={d} n={n}: {elapsed:.1f} s, status {result.status}, "
          f"value {result.fun:.12f}, ||X b - y|| {np.linalg.norm(x @ beta - y):.2e}, "
          f"(value - java l1) / value = {(result.fun - java_l1) / result.fun:.2e}")


if __name__ == "__main__":
    main()
