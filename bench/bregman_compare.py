"""Tacit's certified entropy projection against a numpy dual Newton (double) on the same instances.

Instances (seeded, generated once): integer A in [-5, 5] (N x d), y = A x* with x* >= 0 sparse
(N / 4 nonzero entries in 1..9). Per instance one JVM runs `tacit bench bregman --in` (warm-up, then
REPEAT timed runs at each alpha: the projection alone and the whole `tacit bregman` path); the numpy
peer runs here on the same file. At 40 x 120 the accuracy line: worst relative error per component
against Tacit's 80-digit reference, for Tacit (with its certified bound) and for numpy.
Usage: python3 bench/bregman_compare.py CLASSPATH DIR SIZES REPEAT WARMUP
"""
import json
import os
import subprocess
import sys
import time

# One BLAS thread: Tacit's projection is single-threaded, and the machine is shared.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import numpy as np  # noqa: E402
import scipy.linalg  # noqa: E402

ALPHAS = [1e-2, 1e-6, 1e-12]
SEED = 20261208


def instance(n, d, seed):
    rng = np.random.default_rng([seed, n, d])
    a = rng.integers(-5, 6, size=(n, d))
    x = np.zeros(d, dtype=np.int64)
    support = rng.choice(d, size=max(1, n // 4), replace=False)
    x[support] = rng.integers(1, 10, size=support.size)
    return a, a @ x


@np.errstate(over="ignore")
def newton(a, y, alpha, max_iter=500):
    """Damped Newton on g(l) = alpha sum exp(A^T l) - y^T l in the log domain; returns log x.

    Stops at a max-norm residual of 1e-13 (max |y| + 1), a Newton decrement below 1e-30, or after
    max_iter steps; Cholesky with a least-squares fallback; Armijo backtracking on g.
    """
    log_alpha = np.log(alpha)
    lam = np.zeros(a.shape[0])
    scale = np.abs(y).max() + 1.0
    for _ in range(max_iter):
        z = log_alpha + a.T @ lam
        x = np.exp(z)
        grad = a @ x - y
        if np.abs(grad).max() <= 1e-13 * scale:
            break
        h = (a * x) @ a.T
        try:
            step = scipy.linalg.cho_solve(scipy.linalg.cho_factor(h), grad)
        except (np.linalg.LinAlgError, ValueError):
            step = np.linalg.lstsq(h, grad, rcond=None)[0]
        decrement = grad @ step
        if decrement <= 1e-30:
            break
        f0 = x.sum() - y @ lam
        t = 1.0
        while t > 1e-14:
            trial = lam - t * step
            if np.exp(log_alpha + a.T @ trial).sum() - y @ trial <= f0 - 0.25 * t * decrement:
                break
            t /= 2
        lam = lam - t * step
    return log_alpha + a.T @ lam


def median(values):
    return float(np.median(values))


def main():
    classpath, directory, sizes = sys.argv[1], sys.argv[2], sys.argv[3]
    repeat, warmup = int(sys.argv[4]), int(sys.argv[5])
    rows = []
    accuracy = None
    for size in sizes.split(","):
        n, d = (int(s) for s in size.split("x"))
        a, y = instance(n, d, SEED)
        path = f"{directory}/bregman_{n}x{d}.json"
        with open(path, "w") as f:
            json.dump({"A": a.tolist(), "y": y.tolist()}, f)
        command = ["java", "-cp", classpath, "org.tacit.cli.TacitMain", "bench", "bregman",
                   "--in", path, "--alpha", ",".join(str(x) for x in ALPHAS),
                   "--warmup", str(warmup), "--repeat", str(repeat)]
        with_accuracy = (n, d) == (40, 120)
        if with_accuracy:
            command.append("--accuracy")
        started = time.time()
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        wall = time.time() - started
        tacit = json.loads(out)
        af = a.astype(float)
        yf = y.astype(float)
        for run in tacit["runs"]:
            alpha = run["alpha"]
            times = []
            logx = newton(af, yf, alpha)
            for _ in range(repeat):
                t0 = time.perf_counter()
                logx = newton(af, yf, alpha)
                times.append((time.perf_counter() - t0) * 1e3)
            rows.append((f"{n} x {d}", alpha, run, median(times)))
            if with_accuracy:
                ref = np.array(run["referenceLogX"])
                numpy_error = float(np.abs(np.expm1(logx - ref)).max())
                accuracy = accuracy or []
                accuracy.append((alpha, run["worstRelativeError"], run["relativeErrorBound"],
                                 numpy_error))
        print(f"[{n} x {d}] one JVM, {wall:.1f} s wall", file=sys.stderr)
    print("| N x d | alpha | tacit bregman path, warm (ms) | of which support + projection / deviation (ms)"
          " | projection alone, warm (ms) | phases | numpy dual Newton (ms) | projection / numpy |")
    print("|---|---|---|---|---|---|---|---|")
    for size, alpha, run, numpy_ms in rows:
        print(f"| {size} | {alpha:g} | {run['cliMillis']:.1f} | {run.get('cliSupportMillis', 0) + run['cliProjectionMillis']:.1f} /"
              f" {run['cliDeviationMillis']:.1f} | {run['projectionMillis']:.1f} | {run['phases']}"
              f" | {numpy_ms:.2f} | {run['projectionMillis'] / numpy_ms:.0f} |")
    if accuracy:
        print()
        print("| 40 x 120, alpha | tacit worst relative error | tacit certified bound"
              " | numpy worst relative error |")
        print("|---|---|---|---|")
        for alpha, error, bound, numpy_error in accuracy:
            print(f"| {alpha:g} | {error:.1e} | {bound:.1e} | {numpy_error:.1e} |")


if __name__ == "__main__":
    main()
