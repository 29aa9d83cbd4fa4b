// Validates xAPI 1.0.3 statements with Learning Locker's validator (the one its LRS uses).
// Usage: node validate.js FILE  (a JSON array of statements). Prints one line per problem and
// exits 1 when any statement is invalid, 0 when all are valid.
'use strict';
const fs = require('fs');
const validate = require('xapi-validation').default;
const statements = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let bad = 0;
for (const statement of statements) {
  const warnings = validate(statement);
  for (const w of warnings)
    console.log(`${statement.id}: ${w.path ? w.path.join('.') : ''}: ${w.constructor.name} ${String(JSON.stringify(w.data)).slice(0, 120)}`);
  if (warnings.length > 0)
    bad += 1;
}
console.log(`${statements.length} statements, ${bad} invalid`);
process.exit(bad === 0 && statements.length > 0 ? 0 : 1);
