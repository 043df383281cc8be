// Validates CACAO documents against the official CS01 JSON schemas with ajv, as a test oracle for Argus.
//
// Usage: node cs01-validate.mjs <schemas-dir> [file.json ...]
//   With files: validates each file. Without files: reads JSON documents from stdin, one per line.
// Output: one JSON line per document: {"name", "valid", "errors": [{instancePath, keyword, schemaPath, message, params}]}
// or {"name", "parseError"} when the input is not JSON. One process validates any number of documents.
//
// Schema loading (draft-07 class, as the schemas declare) lives in cs01-schemas.mjs.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { loadPlaybookValidator } from "./cs01-schemas.mjs";

const [schemaDir, ...files] = process.argv.slice(2);
if (!schemaDir) {
  process.stderr.write("usage: node cs01-validate.mjs <schemas-dir> [file.json ...]\n");
  process.exit(2);
}

let validate;
try {
  validate = loadPlaybookValidator(schemaDir);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}

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
