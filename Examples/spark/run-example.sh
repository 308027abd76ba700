#!/usr/bin/env bash
# Runs pipe_chain.py under PySpark in local mode over Samples/ and compares with a local run.
#
# Usage: Examples/spark/run-example.sh [--check] [BINARY]
#   BINARY   toolkit-cli to ship (default: .build/debug/toolkit-cli, built if missing)
#   --check  only say whether Java and pyspark are available (exit 0) or not (exit 77)
#
# Python: $PYSPARK_PYTHON, else Examples/spark/.venv (python3 -m venv Examples/spark/.venv &&
# Examples/spark/.venv/bin/pip install pyspark), else python3. Exit 77 when Java or pyspark is
# missing, so callers can report the example as skipped.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi

python=${PYSPARK_PYTHON:-}
if [ -z "$python" ]; then
  if [ -x "$here/.venv/bin/python" ]; then python="$here/.venv/bin/python"; else python=python3; fi
fi
if ! command -v java >/dev/null 2>&1; then
  echo "skipped: Java is not installed (Spark needs Java 17 or later)" >&2; exit 77
fi
if ! "$python" -c 'import pyspark' >/dev/null 2>&1; then
  echo "skipped: $python cannot import pyspark (python3 -m venv Examples/spark/.venv && Examples/spark/.venv/bin/pip install pyspark)" >&2
  exit 77
fi
[ "$check" = 1 ] && exit 0

binary=${1:-$root/.build/debug/toolkit-cli}
[ -x "$binary" ] || (cd "$root" && swift build --product toolkit-cli >&2)
# Spark's Python workers must use the same interpreter as the driver.
export PYSPARK_PYTHON="$python" PYSPARK_DRIVER_PYTHON="$python"
exec "$python" "$here/pipe_chain.py" --binary "$binary" --samples "$root/Samples"
