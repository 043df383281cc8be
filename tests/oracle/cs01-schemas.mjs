// Loads the official CACAO v2.0 CS01 JSON schemas into ajv's draft-07 class and returns the compiled playbook
// validator. Shared by the oracle (cs01-validate.mjs) and the validation benchmark (bench/peers/ajv-bench.mjs),
// so both run exactly the same schema set with the same options.
//
// The schemas declare draft-07, so they run under ajv's draft-07 class, as declared (spec-notes §3.1): keywords
// draft-07 lacks, such as unevaluatedProperties, are ignored.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

function schemaFiles(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? schemaFiles(path) : entry.endsWith(".json") ? [path] : [];
  });
}

/**
 * Registers every schema under `schemaDir` by its $id and compiles `playbook.json`.
 * @param {string} schemaDir folder holding playbook.json and its referenced schemas
 * @returns {import("ajv").ValidateFunction} the playbook validator (allErrors: true)
 * @throws {Error} when the folder has no playbook.json
 */
export function loadPlaybookValidator(schemaDir) {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  let rootId;
  for (const path of schemaFiles(schemaDir)) {
    const schema = JSON.parse(readFileSync(path, "utf8"));
    ajv.addSchema(schema); // registered under its $id, so relative $refs resolve as published
    if (path === join(schemaDir, "playbook.json")) rootId = schema.$id;
  }
  if (!rootId) throw new Error(`no playbook.json in ${schemaDir}`);
  return ajv.getSchema(rootId);
}
