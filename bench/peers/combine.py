"""Joins the BenchmarkDotNet JSON report and the two peer outputs into one table per corpus file.

Usage: python3 combine.py <bdn-report-full.json> <ajv.jsonl> <jsonschema.jsonl>
Ratios are the peer's time divided by Argus Validate's time (from bytes: parse + validate); above 1 means Argus is faster.
"""

import json
import math
import sys


def read_lines(path):
    with open(path, encoding="utf-8") as handle:
        return {record["name"]: record for record in map(json.loads, filter(str.strip, handle))}


def read_bdn(path, names):
    """BenchmarkDotNet's FileIndex parameter is the file's position among the corpus names in ordinal order."""
    with open(path, encoding="utf-8") as handle:
        report = json.load(handle)
    results = {}
    for benchmark in report["Benchmarks"]:
        name = names[int(benchmark["Parameters"].split("=", 1)[1])]
        results.setdefault(name, {})[benchmark["Method"]] = {
            "ns": benchmark["Statistics"]["Median"],
            "bytes": (benchmark.get("Memory") or {}).get("BytesAllocatedPerOperation"),
        }
    return results


def fmt_ns(ns):
    return f"{ns / 1000:,.1f} us" if ns is not None else "n/a"


def main():
    ajv, py = read_lines(sys.argv[2]), read_lines(sys.argv[3])
    bdn = read_bdn(sys.argv[1], sorted(ajv))  # Python's str order is ordinal, as CorpusFiles.Names uses
    ratios = {"parse": [], "ajv_v": [], "ajv_pv": [], "py_v": [], "py_pv": []}
    for name in sorted(bdn):
        argus = bdn[name].get("Validate", {}).get("ns")
        parse = bdn[name].get("Parse", {}).get("ns")
        a, p = ajv.get(name, {}), py.get(name, {})
        rows = [
            ("Argus Validate (bytes: parse + validate)", argus, None),
            ("JsonDocument.Parse (bytes)", parse, "parse"),
            ("ajv validate (pre-parsed object)", a.get("validateNs"), "ajv_v"),
            ("ajv JSON.parse + validate", a.get("parseValidateNs"), "ajv_pv"),
            ("python jsonschema validate (pre-parsed)", p.get("validateNs"), "py_v"),
            ("python json.loads + validate", p.get("parseValidateNs"), "py_pv"),
        ]
        allocated = bdn[name].get("Validate", {}).get("bytes")
        print(f"\n{name}  (CS01-valid per ajv: {a.get('valid')}, per python: {p.get('valid')}; "
              f"Argus Validate allocates {allocated:,} B/doc)")
        print(f"| {'measure':<42} | {'time/doc':>12} | {'÷ Argus Validate':>16} |")
        print(f"|{'-' * 44}|{'-' * 14}|{'-' * 18}|")
        for label, ns, key in rows:
            ratio = ns / argus if ns and argus else None
            if key and ratio:
                ratios[key].append(ratio)
            shown = "1.00" if key is None else (f"{ratio:,.2f}" if ratio else "n/a")
            print(f"| {label:<42} | {fmt_ns(ns):>12} | {shown:>16} |")
    print("\nGeometric mean over all files of (measure time ÷ Argus Validate time):")
    for key, label in [("parse", "JsonDocument.Parse"), ("ajv_v", "ajv validate only"),
                       ("ajv_pv", "ajv JSON.parse + validate"), ("py_v", "python jsonschema validate only"),
                       ("py_pv", "python json.loads + validate")]:
        values = ratios[key]
        mean = math.exp(sum(map(math.log, values)) / len(values)) if values else float("nan")
        print(f"  {label:<34} {mean:8.2f}  ({len(values)} files)")


if __name__ == "__main__":
    main()
