"""Per-step time of LNHW Algorithm 1 in numpy, for comparison with the Java implementation.

The same algorithm as org.tacit.group.model.WeightNormalizedDescent (paper convention, scaled
v-step u_l^2 v_l + X_l^T r / n, normalisation, Gauss-Seidel u-step) on the Figure 2 size:
n = 150, p = 300, L = 100 contiguous groups of 3, Rademacher X, support 3 groups of entries 10,
sigma = 0.5, alpha = 1e-6, gamma = 1e-3, 2000 steps. Vectorised: X @ w, X.T @ r, and the group
sums by reshaping (contiguous groups of equal size). Prints the median over repetitions of the
time per step and the final error (numpy's own random draws: the data differ from the Java run,
the work per step is the same).

Usage: python3 bench/lnhw_algorithm_one.py [repetitions]
"""
import sys
import time

import numpy as np


def run(x, y, w_star, groups, size, alpha, gamma, steps):
    n, p = x.shape
    u = np.full(groups, alpha)
    v = np.full(p, 1.0 / np.sqrt(size))
    for _ in range(steps):
        u2 = np.repeat(u * u, size)
        w = u2 * v
        r = y - x @ w
        s = x.T @ r / n
        z = (w + s).reshape(groups, size)
        norms = np.linalg.norm(z, axis=1, keepdims=True)
        keep = norms[:, 0] == 0
        z = np.where(keep[:, None], v.reshape(groups, size), z / np.where(norms == 0, 1, norms))
        v = z.reshape(p)
        projections = (x * v).reshape(n, groups, size).sum(axis=2)
        r2 = y - projections @ (u * u)
        u = u * (1 + 2 * gamma * (projections.T @ r2) / n)
        if np.any(u <= 0):
            raise RuntimeError("u <= 0")
    w = np.repeat(u * u, size) * v
    return float(np.sum((w - w_star) ** 2))


def main():
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    n, groups, size, steps = 150, 100, 3, 2000
    p = groups * size
    rng = np.random.default_rng(6)
    x = rng.choice([-1.0, 1.0], size=(n, p))
    w_star = np.zeros(p)
    w_star[:9] = 10.0
    y = x @ w_star + 0.5 * rng.standard_normal(n)
    times = []
    error = float("nan")
    for _ in range(repetitions):
        start = time.perf_counter()
        error = run(x, y, w_star, groups, size, 1e-6, 1e-3, steps)
        times.append((time.perf_counter() - start) / steps)
    times.sort()
    print(f"numpy {np.__version__}: n={n} p={p} L={groups} steps={steps} "
          f"median {times[len(times) // 2] * 1e6:.1f} us/step "
          f"(min {times[0] * 1e6:.1f}, max {times[-1] * 1e6:.1f}), final error {error:.4g}")


if __name__ == "__main__":
    main()
