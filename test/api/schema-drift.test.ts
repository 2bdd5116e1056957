/**
 * The committed contract matches the code: schema/schema.graphql is what the resolvers
 * build, and test/generated/graphql.ts is what codegen.yml makes from it.
 * Fix a failure with `npm run schema:emit` and `npm run codegen`.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { createSchema, printSchemaSdl, SCHEMA_FILE } from '../../src/schema';

const root = path.join(__dirname, '..', '..');

test('schema/schema.graphql is the schema the code builds', async () => {
  const built = printSchemaSdl(await createSchema());
  expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(built);
});

test('every type, field, argument and enum value of the schema has a description', async () => {
  const schema = await createSchema();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (!type.description) missing.push(type.name);
    if ('getFields' in type) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if ('getValues' in type) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  expect(missing).toEqual([]);
});

test('test/generated/graphql.ts is what codegen.yml generates', () => {
  // Run the real codegen CLI with the committed config, writing into a temp folder.
  const generated = 'test/generated/graphql.ts';
  const config = fs.readFileSync(path.join(root, 'codegen.yml'), 'utf8');
  expect(config).toContain(`${generated}:`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicgraph-codegen-'));
  const tmpConfig = path.join(tmp, 'codegen.yml');
  fs.writeFileSync(tmpConfig, config.replace(`${generated}:`, `${path.join(tmp, 'graphql.ts')}:`));
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', tmpConfig, '--silent'],
    { cwd: root },
  );
  expect(fs.readFileSync(path.join(root, generated), 'utf8')).toBe(fs.readFileSync(path.join(tmp, 'graphql.ts'), 'utf8'));
  fs.rmSync(tmp, { recursive: true, force: true });
}, 60000);
