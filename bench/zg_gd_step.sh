#!/bin/bash
# One GD step of the ZG learner at d = 1e5, n = 948: Java fused kernel (1 and 2 threads) against the
# measured read bandwidth and against numpy on the same data. Usage: bench/zg_gd_step.sh CLASSES [d] [steps]
set -e
CLASSES=$1; D=${2:-100000}; STEPS=${3:-10}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
cd "$(dirname "$0")/.."
java -Xmx3g -cp "$CLASSES" bench/ZgGdStepBench.java "$D" "$STEPS" "$DIR"
python3 bench/zg_gd_step.py "$DIR" "$STEPS"
