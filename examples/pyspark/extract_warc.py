#!/usr/bin/env python3
"""Extract articles from WARC files with Spark, running `extract` as a pipe stage.

Each WARC file is one shard: Spark reads its bytes (from any file system Hadoop reaches:
local, HDFS, S3), streams them into `extract --warc -` on the executor, and collects the
JSON Lines it prints. `extract` does the parsing on every core of the executor; Spark
only moves bytes and lines, so the cluster scales out what one machine does.

    python3 examples/pyspark/extract_warc.py --extract .build/release/extract \
        --output articles/ crawl-00.warc.gz crawl-01.warc.gz

  --master local[*]   Spark master (default: local, all cores; use yarn, spark://… on a cluster)
  --output DIR        write JSON Lines part files there (Spark's saveAsTextFile);
                      without it, the lines are printed to standard output
  --jobs N            threads each `extract` uses (default 1: Spark already runs one
                      task per core)

`extract` must be on every executor at the same path (ship it with --files or install
it on the image). Each record's `source.path` is set to the WARC file it came from.
"""
import argparse
import json
import subprocess


def extract_shard(binary, jobs):
    """A function for mapPartitions: (path, bytes) pairs in, JSON Lines out."""

    def run(pairs):
        for path, payload in pairs:
            # One `extract` per WARC file: concatenated plain and gzipped files would not
            # form one valid stream.
            process = subprocess.run(
                [binary, "--warc", "-", "--quiet", "--jobs", str(jobs)],
                input=bytes(payload), stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
            # Exit code 65 means some records failed; they are error records in the output.
            if process.returncode not in (0, 65):
                raise RuntimeError(f"extract failed on {path}: {process.stderr.decode(errors='replace')}")
            for line in process.stdout.decode("utf-8").splitlines():
                record = json.loads(line)
                record["source"]["path"] = path
                yield json.dumps(record, ensure_ascii=False, separators=(",", ":"))

    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("warcs", nargs="+", help="WARC files (.warc, .warc.gz), local paths or Hadoop URIs")
    parser.add_argument("--extract", required=True, help="path of the extract binary on the executors")
    parser.add_argument("--output", help="output folder for JSON Lines part files")
    parser.add_argument("--master", default="local[*]")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()

    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(args.master).appName("extract-warc")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        files = spark.sparkContext.binaryFiles(",".join(args.warcs), minPartitions=len(args.warcs))
        lines = files.mapPartitions(extract_shard(args.extract, args.jobs))
        if args.output:
            lines.saveAsTextFile(args.output)
        else:
            for line in lines.toLocalIterator():
                print(line)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
