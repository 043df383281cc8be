#!/usr/bin/env bash
# Validation throughput per corpus file, in one run: Argus PlaybookValidator.Validate (from bytes) and a bare
# JsonDocument.Parse (BenchmarkDotNet, in-process, 10 warm-up iterations so that the first file is not timed while
# the JIT is still tiering up), ajv with the compiled CS01 schemas (validate only, JSON.parse + validate of the
# file's text, and the same from the file's bytes with UTF-8 decoding, as Argus gets its input), and Debian's
# python3-jsonschema Draft7Validator (validate only and json.loads + validate), on the same files.
# Prints one table per file with every figure divided by Argus Validate's time.
#
# On a shared machine a slow spell can slow one file's figures for a few seconds; with ROUNDS=n the Argus and ajv
# measurements run n times, alternating, and each figure is the fastest of its rounds (noise only ever adds time).
#
# Usage: bench/run-validation-comparison.sh [--no-build]
# Needs: .NET 10 SDK, node with tests/oracle/node_modules (npm ci there), apt-get install -y python3-jsonschema.
# Env: BATCH_MS (peer batch length, default 20), PYTHON (default /usr/bin/python3, Debian's, which has the package),
#      ROUNDS (default 1).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$repo/../shared/cacao"
schemas="$shared/schemas-cs01/schemas"
corpus="$shared/corpus"
batch_ms="${BATCH_MS:-20}"
rounds="${ROUNDS:-1}"
python="${PYTHON:-/usr/bin/python3}"
out="$(mktemp -d "${TMPDIR:-/tmp}/argus-validation-comparison.XXXXXX")"

[[ -d "$schemas" && -d "$corpus" ]] || { echo "missing $schemas or $corpus" >&2; exit 2; }
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "ROUNDS must be a positive whole number" >&2; exit 2; }
[[ -d "$repo/tests/oracle/node_modules/ajv" ]] || { echo "run npm ci in tests/oracle first" >&2; exit 2; }
"$python" -c "import jsonschema" 2>/dev/null || { echo "$python lacks jsonschema: apt-get install -y python3-jsonschema" >&2; exit 2; }

mapfile -t files < <(find "$corpus" -maxdepth 1 -name '*.json' | LC_ALL=C sort)
echo "Started $(date -u +%FT%TZ) on $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg); ${#files[@]} corpus files; work dir $out"

project="$repo/bench/Argus.Benchmarks/Argus.Benchmarks.csproj"
if [[ "${1:-}" != "--no-build" ]]; then
  dotnet build -c Release "$project" -v quiet -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
fi

reports=()
for round in $(seq 1 "$rounds"); do
  echo "== round $round of $rounds: BenchmarkDotNet (ValidateBenchmark, short in-process job, 10 warm-up and 5 measured iterations of 100 ms) $(date -u +%T)"
  dotnet "$repo/bench/Argus.Benchmarks/bin/Release/net10.0/Argus.Benchmarks.dll" \
    --filter '*ValidateBenchmark*' --job short --inProcess --iterationTime 100 --warmupCount 10 --iterationCount 5 \
    --exporters json --artifacts "$out/bdn-$round" >"$out/bdn-$round.log" 2>&1 || { tail -40 "$out/bdn-$round.log"; exit 1; }
  report="$(find "$out/bdn-$round/results" -name '*ValidateBenchmark-report-full*.json' | head -n 1)"
  reports+=(--bdn "$report")

  echo "== round $round of $rounds: ajv $(node -p 'require("'"$repo"'/tests/oracle/node_modules/ajv/package.json").version') on node $(node --version) $(date -u +%T)"
  node "$repo/bench/peers/ajv-bench.mjs" "$schemas" "$batch_ms" "${files[@]}" >"$out/ajv-$round.jsonl"
  reports+=(--ajv "$out/ajv-$round.jsonl")
done

echo "== python3-jsonschema $("$python" -c 'import importlib.metadata as m; print(m.version("jsonschema"))') on $("$python" --version) $(date -u +%T)"
"$python" -W ignore::DeprecationWarning "$repo/bench/peers/jsonschema-bench.py" "$schemas" "$batch_ms" "${files[@]}" >"$out/jsonschema.jsonl"

echo "Finished $(date -u +%FT%TZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$python" "$repo/bench/peers/combine.py" "${reports[@]}" --jsonschema "$out/jsonschema.jsonl"
