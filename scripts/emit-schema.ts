/** Writes schema/schema.graphql from the code (npm run schema:emit). */
import fs from 'node:fs';
import { createSchema, printSchemaSdl, SCHEMA_FILE } from '../src/schema';

createSchema()
  .then((schema) => {
    fs.writeFileSync(SCHEMA_FILE, printSchemaSdl(schema));
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
