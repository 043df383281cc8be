"""Joins BenchmarkDotNet JSON reports and the peers' outputs into one table per corpus file.

Usage: python3 combine.py --bdn <report-full.json> --ajv <ajv.jsonl> [--bdn ... --ajv ...] --jsonschema <jsonschema.jsonl>
Each option may be given once per measuring round; every figure is then the fastest of its rounds.
Ratios are the peer's time divided by Argus Validate's time (from bytes: parse + validate); above 1 means Argus is faster.
"""

import argparse
import json
import math


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


def fastest(rounds, keys):
    """Per file, each numeric field in keys as the minimum over the rounds; other fields from the first round."""
    merged = {}
    for records in rounds:
        for name, record in records.items():
            if name not in merged:
                merged[name] = dict(record)
                continue
            for key in keys:
                if record.get(key) is not None:
                    kept = merged[name].get(key)
                    merged[name][key] = record[key] if kept is None else min(kept, record[key])
    return merged


def fastest_bdn(rounds):
    merged = {}
    for results in rounds:
        for name, methods in results.items():
            for method, figures in methods.items():
                kept = merged.setdefault(name, {}).get(method)
                if kept is None or figures["ns"] < kept["ns"]:
                    merged[name][method] = figures
    return merged


def fmt_ns(ns):
    return f"{ns / 1000:,.1f} us" if ns is not None else "n/a"


def main():
    parser = argparse.ArgumentParser(description="Joins the validation benchmark outputs into one table per file.")
    parser.add_argument("--bdn", action="append", required=True, help="BenchmarkDotNet report-full JSON, once per round")
    parser.add_argument("--ajv", action="append", required=True, help="ajv-bench.mjs output, once per round")
    parser.add_argument("--jsonschema", action="append", required=True, help="jsonschema-bench.py output")
    args = parser.parse_args()
    timed = ["validateNs", "parseValidateNs", "bytesParseValidateNs"]
    ajv = fastest([read_lines(path) for path in args.ajv], timed)
    py = fastest([read_lines(path) for path in args.jsonschema], timed)
    # Python's str order is ordinal, as CorpusFiles.Names uses.
    bdn = fastest_bdn([read_bdn(path, sorted(ajv)) for path in args.bdn])
    rounds = len(args.bdn)
    if rounds > 1:
        print(f"Fastest of {rounds} rounds for Argus and ajv, of {len(args.jsonschema)} for python.")
    ratios = {"parse": [], "ajv_v": [], "ajv_pv": [], "ajv_bpv": [], "py_v": [], "py_pv": []}
    for name in sorted(bdn):
        argus = bdn[name].get("Validate", {}).get("ns")
        parse = bdn[name].get("Parse", {}).get("ns")
        a, p = ajv.get(name, {}), py.get(name, {})
        rows = [
            ("Argus Validate (bytes: parse + validate)", argus, None),
            ("JsonDocument.Parse (bytes)", parse, "parse"),
            ("ajv validate (pre-parsed object)", a.get("validateNs"), "ajv_v"),
            ("ajv JSON.parse + validate", a.get("parseValidateNs"), "ajv_pv"),
            ("ajv from bytes: decode, parse, validate", a.get("bytesParseValidateNs"), "ajv_bpv"),
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
    print()
    for key, label in [("ajv_pv", "ajv JSON.parse + validate"), ("ajv_bpv", "ajv from bytes")]:
        faster = sum(1 for ratio in ratios[key] if ratio > 1)
        print(f"Argus Validate is faster than {label} on {faster} of {len(ratios[key])} files.")
    print("\nGeometric mean over all files of (measure time ÷ Argus Validate time):")
    for key, label in [("parse", "JsonDocument.Parse"), ("ajv_v", "ajv validate only"),
                       ("ajv_pv", "ajv JSON.parse + validate"), ("ajv_bpv", "ajv from bytes: decode, parse, validate"),
                       ("py_v", "python jsonschema validate only"), ("py_pv", "python json.loads + validate")]:
        values = ratios[key]
        mean = math.exp(sum(map(math.log, values)) / len(values)) if values else float("nan")
        print(f"  {label:<40} {mean:8.2f}  ({len(values)} files)")


if __name__ == "__main__":
    main()
