/**
 * The TypeORM DataSource: one definition for the server, the migration CLI and the tests.
 * Migrations only: `synchronize` stays off everywhere.
 */
import 'reflect-metadata';
import path from 'node:path';
import { types } from 'pg';
import { DataSource } from 'typeorm';
import { entities } from './entities';

// A DATE is a calendar day, not an instant: keep it as "YYYY-MM-DD" instead of a JS Date
// at local midnight, which would shift with the server's time zone.
types.setTypeParser(types.builtins.DATE, (value) => value);

export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: [path.join(__dirname, '..', '..', 'migrations', '*.{ts,js}')],
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: false,
    extra: { max: poolSize, application_name: 'clinicgraph' },
  });
}

/** For the TypeORM CLI: `typeorm -d src/db/data-source.ts migration:run` with DATABASE_URL set. */
export default createDataSource(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/clinicgraph');
