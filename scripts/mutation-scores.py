#!/usr/bin/env python3
"""Merges the PIT reports of a `mvn -B -ntp verify -Pmutation` run into one score per module.

A mutant of core's code is run by core's own tests and again by testkit's (crossModule); it counts
as killed when any run detected it, so a module's score counts every test that exercises it,
wherever that test lives (design §19). Prints a Markdown table for docs/quality.md.

Usage: mutation-scores.py [ROOT]        merges ROOT/*/target/pit-reports/mutations.xml
       mutation-scores.py FILE.xml...   merges the given reports (runs split by package)
"""
import glob
import sys
import xml.etree.ElementTree as ET

DETECTED = {"KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"}


def key(mutation):
    return tuple(
        (mutation.findtext(tag) or "")
        for tag in ("mutatedClass", "mutatedMethod", "methodDescription", "lineNumber", "mutator")
    ) + (tuple(i.text for i in mutation.iter("index")),)


def main(*args):
    merged = {}
    root = args[0] if len(args) == 1 and not args[0].endswith(".xml") else "."
    if args and all(a.endswith(".xml") for a in args):
        reports = list(args)  # reports kept from runs split by package (see docs/quality.md)
    else:
        reports = sorted(glob.glob(f"{root}/*/target/pit-reports/mutations.xml"))
    if not reports:
        sys.exit("no PIT report found: run mvn -B -ntp verify -Pmutation first")
    for report in reports:
        for mutation in ET.parse(report).getroot().iter("mutation"):
            k = key(mutation)
            status = mutation.get("status")
            best = merged.get(k)
            if best is None or (status in DETECTED and best not in DETECTED) or (
                best == "NO_COVERAGE" and status == "SURVIVED"
            ):
                merged[k] = status
    modules = {}
    for k, status in merged.items():
        parts = k[0].split(".")
        module = parts[2] if len(parts) > 2 and parts[:2] == ["org", "unsdcf"] else "?"
        counts = modules.setdefault(module, {"total": 0, "killed": 0, "no_coverage": 0})
        counts["total"] += 1
        counts["killed"] += status in DETECTED
        counts["no_coverage"] += status == "NO_COVERAGE"
    print("| module | mutants | killed | not covered | score |")
    print("|---|---:|---:|---:|---:|")
    for module in sorted(modules):
        c = modules[module]
        score = 100.0 * c["killed"] / c["total"] if c["total"] else 0.0
        print(f"| {module} | {c['total']} | {c['killed']} | {c['no_coverage']} | {score:.1f} % |")
    print()
    print("reports: " + ", ".join(reports))


if __name__ == "__main__":
    main(*sys.argv[1:])
