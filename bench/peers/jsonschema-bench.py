"""Times python3-jsonschema (Debian package, Draft7Validator over the CS01 schemas) on each given corpus file.

Usage: python3 jsonschema-bench.py <schemas-dir> <batch-ms> file.json [...]
Output: one JSON line per file: {"name", "valid", "validateNs", "parseValidateNs"}
validateNs: ns per validation (all errors collected) of the already-parsed object; parseValidateNs: ns per
json.loads + validation of the file's text. Each figure is the median of several timed batches of at least <batch-ms>.
The schemas are registered by $id in a local RefResolver store, so no reference leaves the machine.
"""

import json
import os
import statistics
import sys
import time

import jsonschema

BATCHES = 5


def load_validator(schema_dir):
    store = {}
    root = None
    for folder, _, names in os.walk(schema_dir):
        for name in names:
            if name.endswith(".json"):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as handle:
                    schema = json.load(handle)
                store[schema["$id"]] = schema
                if os.path.samefile(path, os.path.join(schema_dir, "playbook.json")):
                    root = schema
    if root is None:
        raise SystemExit(f"no playbook.json in {schema_dir}")
    resolver = jsonschema.RefResolver(base_uri=root["$id"], referrer=root, store=store)
    return jsonschema.Draft7Validator(
        root, resolver=resolver, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )


def ns_per_call(action, batch_ms):
    count = 1
    for _ in range(40):
        start = time.perf_counter_ns()
        for _ in range(count):
            action()
        elapsed_ms = (time.perf_counter_ns() - start) / 1e6
        if elapsed_ms >= batch_ms:
            break
        count = count * 10 if elapsed_ms < 1 else int(count * batch_ms * 1.1 / elapsed_ms) + 1
    samples = []
    for _ in range(BATCHES):
        start = time.perf_counter_ns()
        for _ in range(count):
            action()
        samples.append((time.perf_counter_ns() - start) / count)
    return statistics.median(samples)


def main():
    if len(sys.argv) < 4:
        raise SystemExit("usage: python3 jsonschema-bench.py <schemas-dir> <batch-ms> file.json [...]")
    schema_dir, batch_ms, files = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    validator = load_validator(schema_dir)
    for path in files:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        parsed = json.loads(text)
        valid = not any(True for _ in validator.iter_errors(parsed))
        validate_ns = ns_per_call(lambda: list(validator.iter_errors(parsed)), batch_ms)
        parse_validate_ns = ns_per_call(lambda: list(validator.iter_errors(json.loads(text))), batch_ms)
        record = {"name": os.path.basename(path), "valid": valid,
                  "validateNs": validate_ns, "parseValidateNs": parse_validate_ns}
        print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
