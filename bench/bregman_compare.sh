#!/bin/bash
# The certified entropy projection (tacit bench bregman --in) against a numpy dual Newton in double
# on the same seeded instances, in the same run (issue #12). Usage:
#   bench/bregman_compare.sh CLASSPATH [SIZES] [REPEAT] [WARMUP]
# CLASSPATH: tacit's classes and dependencies (e.g. target/classes:$(cat cp.txt)); SIZES: a comma
# list of NxD (default 20x60,40x120,100x400,200x1000); REPEAT: timed runs (3) after WARMUP untimed ones (1).
set -e
CLASSES=$1; SIZES=${2:-20x60,40x120,100x400,200x1000}; REPEAT=${3:-3}; WARMUP=${4:-1}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
cd "$(dirname "$0")/.."
python3 bench/bregman_compare.py "$CLASSES" "$DIR" "$SIZES" "$REPEAT" "$WARMUP"
