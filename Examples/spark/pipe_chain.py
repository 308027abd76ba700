#!/usr/bin/env python3
"""Runs the toolkit chain as a Spark mapper with RDD.pipe and checks the records against a
local run of the same binary.

Each partition's documents go to one `toolkit-cli run` process as JSON Lines on its standard
input; its standard output (one record per document, in input order) becomes the partition's
output. The binary is shipped to the executors with SparkContext.addFile (`--files` with
spark-submit).

    python pipe_chain.py --binary .build/release/toolkit-cli --samples Samples

Prints one JSON line: {"records": …, "partitions": …, "equal": true}; exits 1 when the records
differ from the local run.
"""
import argparse
import json
import os
import subprocess
import sys


def documents(samples):
    """The sample articles as JSONL lines, in the order `toolkit-cli run --input DIR` reads them."""
    lines = []
    for name in sorted(os.listdir(samples)):
        if name.endswith(".txt"):
            # newline="" keeps the text byte for byte (no CRLF translation).
            with open(os.path.join(samples, name), encoding="utf-8", newline="") as f:
                lines.append(json.dumps({"id": name[:-4], "text": f.read()}, ensure_ascii=False))
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True, help="the toolkit-cli executable")
    ap.add_argument("--samples", required=True, help="directory of .txt articles")
    ap.add_argument("--chain", default="normalize,tokenize,sentences")
    ap.add_argument("--partitions", type=int, default=3)
    ap.add_argument("--master", default="local[2]")
    args = ap.parse_args()

    from pyspark import SparkConf, SparkContext, SparkFiles

    docs = documents(args.samples)
    conf = SparkConf().setMaster(args.master).setAppName("toolkit-cli pipe").set("spark.ui.showConsoleProgress", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        sc.addFile(os.path.abspath(args.binary))
        name = os.path.basename(args.binary)
        # On a cluster the file lands in each executor's working directory; in local mode the
        # executors share the driver's directory of added files.
        binary = SparkFiles.get(name) if args.master.startswith("local") else "./" + name
        # One worker per mapper: Spark already runs one mapper per core. checkCode: a mapper
        # that fails fails the task (records with errors still exit 0, see docs/engine.md).
        command = f"{binary} run --chain {args.chain} --jobs 1 --quiet"
        records = sc.parallelize(docs, args.partitions).pipe(command, checkCode=True).collect()
    finally:
        sc.stop()

    local = subprocess.run([args.binary, "run", "--chain", args.chain, "--input", args.samples, "--quiet"],
                           check=True, capture_output=True).stdout.decode("utf-8").splitlines()
    equal = records == local
    print(json.dumps({"records": len(records), "partitions": args.partitions, "equal": equal}))
    if not equal:
        for i, (a, b) in enumerate(zip(records, local)):
            if a != b:
                print(f"first difference at record {i}:\n spark: {a[:200]}\n local: {b[:200]}", file=sys.stderr)
                break
        else:
            print(f"spark gave {len(records)} records, the local run {len(local)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
