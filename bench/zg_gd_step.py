"""One GD step of the ZG learner (1)-(2) in numpy, on the data bench/ZgGdStepBench.java wrote.

The same step as org.tacit.benign.model.FusedLearnerObjective (beta = v + lambda (w - u)(w + u),
r = X beta - y, g = X^T r / n, w <- w - 2 eta lambda g w, u <- u + 2 eta lambda g u,
v <- v - eta g) as the natural numpy loop: two BLAS passes over X per step (X @ beta, X.T @ r).
Variants: X widened to float64 (the same arithmetic as Java: double accumulation; 8 bytes per
entry per pass) and X kept in float32 (sgemv on float32 copies of beta and r: single-precision
accumulation, NOT the same arithmetic; 4 bytes per entry per pass). Reports the median time per
step, the bytes of X read per second (passes x bytes per entry x n d / time) and, for the float64
variant, the largest difference to the Java iterate after the same number of steps (theta.f64).
Also a STREAM-like read bandwidth: np.sum over a 512 MB float64 array.

Usage: python3 bench/zg_gd_step.py DIR [steps]
"""
import os
import sys
import time

import numpy as np


def step(x, xt, y, theta, lam, eta, dtype):
    d = x.shape[1]
    n = x.shape[0]
    w, u, v = theta[:d], theta[d:2 * d], theta[2 * d:]
    beta = v + lam * ((w - u) * (w + u))
    r = x @ beta.astype(dtype) - y
    g = (xt @ r.astype(dtype)).astype(np.float64) * (1.0 / n)
    scaled = eta * 2 * lam * g
    w -= scaled * w
    u += scaled * u
    v -= eta * g
    return float(np.dot(r, r) / (2 * n))


def main():
    directory = sys.argv[1]
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    y = np.fromfile(os.path.join(directory, "y.f64"), dtype="<f8")
    lam, eta, alpha = np.fromfile(os.path.join(directory, "params.f64"), dtype="<f8")
    java_theta = np.fromfile(os.path.join(directory, "theta.f64"), dtype="<f8")
    n = y.size
    columns = np.fromfile(os.path.join(directory, "X.f32"), dtype="<f4")
    d = columns.size // n
    x32 = columns.reshape(d, n).T  # column-major view of X (n x d)
    a = np.ones(1 << 26)
    best = 0.0
    for _ in range(5):
        start = time.perf_counter()
        a.sum()
        best = max(best, a.nbytes / (time.perf_counter() - start) / 1e9)
    del a
    print(f"numpy {np.__version__}: read bandwidth (np.sum over 512 MB) {best:.2f} GB/s")
    for name, dtype in (("float64", np.float64), ("float32", np.float32)):
        x = np.ascontiguousarray(x32, dtype=dtype)  # row-major n x d
        xt = x.T
        theta = np.concatenate([np.full(2 * d, alpha), np.zeros(d)])
        times = []
        for t in range(steps + 3):
            start = time.perf_counter()
            step(x, xt, y, theta, lam, eta, dtype)
            if t >= 3:
                times.append(time.perf_counter() - start)
        times.sort()
        median = times[len(times) // 2]
        rate = 2 * x.itemsize * n * d / median / 1e9
        line = (f"numpy {name} X: n={n} d={d} median {median * 1e3:.1f} ms/step "
                f"(min {times[0] * 1e3:.1f}, max {times[-1] * 1e3:.1f}), "
                f"X read {rate:.2f} GB/s (2 passes x {x.itemsize} B)")
        if dtype == np.float64 and java_theta.size == theta.size:
            scale = np.max(np.abs(java_theta))
            line += f", max |theta_numpy - theta_java| / max|theta| = {np.max(np.abs(theta - java_theta)) / scale:.2e}"
        print(line)
        del x, xt


if __name__ == "__main__":
    main()
