// Times ajv (compiled CS01 playbook schema, draft-07 class, allErrors) on each given corpus file.
//
// Usage: node ajv-bench.mjs <schemas-dir> <batch-ms> file.json [...]
// Output: one JSON line per file:
//   {"name", "valid", "validateNs", "parseValidateNs", "bytesParseValidateNs"}
// validateNs: ns per validation of the already-parsed object; parseValidateNs: ns per JSON.parse + validation of
// the file's text (a string decoded once, before timing); bytesParseValidateNs: the same from the file's bytes, as
// Argus gets them (UTF-8 decoding included). Each figure is the median over several timed batches, each batch
// running at least <batch-ms>.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { loadPlaybookValidator } from "../../tests/oracle/cs01-schemas.mjs";

const [schemaDir, batchMsText, ...files] = process.argv.slice(2);
const batchMs = Number(batchMsText);
if (!schemaDir || !(batchMs > 0) || files.length === 0) {
  process.stderr.write("usage: node ajv-bench.mjs <schemas-dir> <batch-ms> file.json [...]\n");
  process.exit(2);
}

const validate = loadPlaybookValidator(schemaDir);
const batches = 7;
let sink = 0;

// Runs `action` in growing loops until one loop takes at least batchMs, then times `batches` loops of that size.
function nsPerCall(action) {
  let count = 1;
  for (let round = 0; round < 40; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i++) sink ^= action() ? 1 : 0;
    const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (elapsedMs >= batchMs) break;
    count = elapsedMs < 1 ? count * 10 : Math.ceil((count * batchMs * 1.1) / elapsedMs);
  }
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i++) sink ^= action() ? 1 : 0;
    samples.push(Number(process.hrtime.bigint() - start) / count);
  }
  samples.sort((x, y) => x - y);
  return samples[Math.floor(batches / 2)];
}

// Warm-up: let V8 optimise the validator and JSON.parse on every file before anything is timed.
const texts = files.map((file) => readFileSync(file, "utf8"));
const warmUntil = process.hrtime.bigint() + 1_000_000_000n;
while (process.hrtime.bigint() < warmUntil) for (const text of texts) sink ^= validate(JSON.parse(text)) ? 1 : 0;

for (const file of files) {
  const bytes = readFileSync(file);
  const text = bytes.toString("utf8");
  const parsed = JSON.parse(text);
  const valid = validate(parsed);
  const validateNs = nsPerCall(() => validate(parsed));
  const parseValidateNs = nsPerCall(() => validate(JSON.parse(text)));
  const bytesParseValidateNs = nsPerCall(() => validate(JSON.parse(bytes.toString("utf8"))));
  process.stdout.write(JSON.stringify({ name: basename(file), valid, validateNs, parseValidateNs, bytesParseValidateNs }) + "\n");
}
if (sink === 2) process.stderr.write("\n"); // keeps the results observable
