// Validates CACAO documents against the official CS01 JSON schemas with ajv, as a test oracle for Argus.
//
// Usage: node cs01-validate.mjs <schemas-dir> [file.json ...]
//   With files: validates each file. Without files: reads JSON documents from stdin, one per line.
// Output: one JSON line per document: {"name", "valid", "errors": [{instancePath, keyword, schemaPath, message, params}]}
// or {"name", "parseError"} when the input is not JSON. One process validates any number of documents.
//
// The schemas declare draft-07, so they run under ajv's draft-07 class, as declared (spec-notes §3.1): keywords
// draft-07 lacks, such as unevaluatedProperties, are ignored.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, basename } from "node:path";
import { createInterface } from "node:readline";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const [schemaDir, ...files] = process.argv.slice(2);
if (!schemaDir) {
  process.stderr.write("usage: node cs01-validate.mjs <schemas-dir> [file.json ...]\n");
  process.exit(2);
}

function schemaFiles(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? schemaFiles(path) : entry.endsWith(".json") ? [path] : [];
  });
}

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
let rootId;
for (const path of schemaFiles(schemaDir)) {
  const schema = JSON.parse(readFileSync(path, "utf8"));
  ajv.addSchema(schema); // registered under its $id, so relative $refs resolve as published
  if (path === join(schemaDir, "playbook.json")) rootId = schema.$id;
}
if (!rootId) {
  process.stderr.write(`no playbook.json in ${schemaDir}\n`);
  process.exit(2);
}
const validate = ajv.getSchema(rootId);

function report(name, text) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { name, parseError: String(error.message) };
  }
  const valid = validate(document);
  const errors = (validate.errors ?? []).map((e) => ({
    instancePath: e.instancePath,
    keyword: e.keyword,
    schemaPath: e.schemaPath,
    message: e.message,
    params: e.params,
  }));
  return { name, valid, errors };
}

if (files.length > 0) {
  for (const file of files) {
    process.stdout.write(JSON.stringify(report(basename(file), readFileSync(file, "utf8"))) + "\n");
  }
} else {
  let index = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    process.stdout.write(JSON.stringify(report(String(index++), line)) + "\n");
  }
}
