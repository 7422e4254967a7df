#!/usr/bin/python3
"""Renders the same N plans with coregroup and with its peers, REPS times each, and prints the
median time per document and peak memory (max RSS from /usr/bin/time -v) with the goal ratios.
Usage: measure.py [--count N] [--reps N] [--keep]"""
import argparse
import json
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from workload import BENCH, Workload

GOAL_DOCX_SPEEDUP = 3.0
GOAL_PDF_SPEEDUP = 50.0
GOAL_PEAK_MB = 50.0


def timed(command, out_dir, expected, extension):
    """Runs one batch under /usr/bin/time -v; returns (seconds, peak MB)."""
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    report = result.stderr.decode(errors="replace")
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {command[0]} ...\n{report[-2000:]}")
    written = len(list(out_dir.glob("*." + extension)))
    if written != expected:
        raise SystemExit(f"{command[0]} wrote {written} .{extension} files, expected {expected}")
    kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report).group(1))
    return seconds, kb / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="coregroup-bench-"))
    try:
        run(work, args)
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def run(work, args):
    load = Workload(work, args.count)
    n = load.count
    out = work / "out"
    profile = work / "lo-profile"
    soffice = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf"]
    # LibreOffice builds its user profile on first start; do that once, untimed.
    subprocess.run(soffice + ["--outdir", str(work / "lo-warm"), load.template("docxtemplater")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def coregroup(fmt, jobs, cases=None):
        def command(o):
            extra = ["-j", str(jobs)] if jobs else []
            return [str(load.coregroup), "render", *(cases or load.cases), "--document", "plan",
                    "--format", fmt, "--out", str(o)] + extra
        return command

    jobs_runs = [1, None] if load.has_jobs_option() else [None]
    runs = []  # (label, format, command builder, output folder, extension)
    for fmt in ("docx", "pdf"):
        for jobs in jobs_runs:
            label = "coregroup " + (f"-j {jobs}" if jobs else "default -j" if len(jobs_runs) > 1 else "")
            runs.append((label.strip(), fmt, coregroup(fmt, jobs), out / f"cg-{fmt}-{jobs}", fmt))
    # Issue 9: the same plans with Polish, Urdu and Chinese names must stay within the PDF goal;
    # issue 13: on one core too, where every family has Polish names of its own.
    for jobs in jobs_runs:
        runs.append((f"coregroup {'-j 1' if jobs else 'default -j'}, Polish/Urdu/Chinese names", "pdf",
                     coregroup("pdf", jobs, load.script_cases), out / f"cg-pdf-scripts-{jobs}", "pdf"))
    runs.append(("coregroup -j 1, Polish names", "pdf", coregroup("pdf", 1, load.polish_cases),
                 out / "cg-pdf-polish", "pdf"))
    # Both issues: a family of its own in each plan, in Polish, Urdu or Chinese.
    runs.append(("coregroup -j 1, Polish/Urdu/Chinese, a family per plan", "pdf",
                 coregroup("pdf", 1, load.family_cases), out / "cg-pdf-families", "pdf"))
    dt_out = out / "docxtemplater"
    runs.append(("docxtemplater", "docx", lambda o: ["node", str(BENCH / "fill_docxtemplater.js"),
                                                     load.template("docxtemplater"), str(o), *load.contexts],
                 dt_out, "docx"))
    # Converts the docxtemplater output of the same repetition, so it must come right after it.
    runs.append(("LibreOffice convert", "pdf", lambda o: soffice + ["--outdir", str(o)]
                 + sorted(str(p) for p in dt_out.glob("*.docx")), out / "soffice", "pdf"))
    runs.append(("docxtpl", "docx", lambda o: ["/usr/bin/python3", str(BENCH / "fill_docxtpl.py"),
                                               load.template("docxtpl"), str(o), *load.contexts],
                 out / "docxtpl", "docx"))

    load_before = os.getloadavg()[0]
    samples = {(label, fmt): [] for label, fmt, *_ in runs}
    for rep in range(args.reps):
        for label, fmt, command, out_dir, ext in runs:
            samples[(label, fmt)].append(timed(command(out_dir), out_dir, n, ext))
        print(f"repetition {rep + 1}/{args.reps} done", file=sys.stderr)

    # The LibreOffice route per repetition: docxtemplater fills, then soffice converts.
    samples[("docxtemplater + LibreOffice", "pdf")] = [
        (a[0] + b[0], max(a[1], b[1]))
        for a, b in zip(samples[("docxtemplater", "docx")], samples[("LibreOffice convert", "pdf")])]
    median = {key: (statistics.median(s for s, _ in v), statistics.median(m for _, m in v))
              for key, v in samples.items()}
    print_table(median, n, args.reps)
    print(f"\nmachine: {os.cpu_count()} cores, load average {load_before:.1f} before and "
          f"{os.getloadavg()[0]:.1f} after; {versions()}")


def versions():
    def out(command):
        try:
            return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  cwd=BENCH).stdout.decode().strip()
        except OSError:
            return "?"
    dirty = " with local changes" if out(["git", "status", "--porcelain", "--", "../src"]) else ""
    docxtemplater = json.loads((BENCH / "node_modules" / "docxtemplater" / "package.json").read_text())["version"]
    docxtpl = out(["dpkg-query", "-W", "-f=${Version}", "python3-docxtpl"])
    office = out(["soffice", "--version"]).split(" ")[:2]
    return (f"coregroup {out(['git', 'rev-parse', '--short', 'HEAD'])}{dirty}, docxtemplater {docxtemplater}, "
            f"docxtpl {docxtpl}, node {out(['node', '--version'])}, {' '.join(office)}")


def print_table(median, n, reps):
    """median: {(tool, format): (batch seconds, peak MB)}"""
    print(f"\n{n} plans (40 actions, 2 children, 8 members each), median of {reps} runs, one process per batch\n")
    print("| tool | format | ms per document | batch s | peak MB |")
    print("|---|---|---:|---:|---:|")
    for fmt in ("docx", "pdf"):
        for label, f in median:
            if f == fmt:
                seconds, mb = median[(label, f)]
                print(f"| {label} | {fmt} | {seconds / n * 1000:.1f} | {seconds:.2f} | {mb:.1f} |")

    print("\n| goal | measured | met |")
    print("|---|---:|---|")
    for fmt, peer, goal in (("docx", "docxtemplater", GOAL_DOCX_SPEEDUP),
                            ("docx", "docxtpl", None),
                            ("pdf", "docxtemplater + LibreOffice", GOAL_PDF_SPEEDUP)):
        for label in [l for l, f in median if l.startswith("coregroup") and f == fmt]:
            speedup = median[(peer, fmt)][0] / median[(label, fmt)][0]
            text = f"{fmt.upper()}: {label} vs {peer}" + (f", at least {goal:g}x faster" if goal else "")
            met = ("yes" if speedup >= goal else "no") if goal else "-"
            print(f"| {text} | {speedup:.1f}x | {met} |")
    peak = max(mb for (label, _), (_, mb) in median.items() if label.startswith("coregroup"))
    print(f"| peak memory of every coregroup batch under {GOAL_PEAK_MB:g} MB | {peak:.1f} MB | "
          f"{'yes' if peak < GOAL_PEAK_MB else 'no'} |")


if __name__ == "__main__":
    main()
