/**
 * npm run demo:generate -- [--sessions 200000] [--slug generated-large] [--seed 42]
 * Generates a large organization (scripts/demo-generator.ts) into the database the app
 * uses: DATABASE_URL, or the embedded PostgreSQL under .data/ as `npm start` runs it
 * (migrations and the treatment library are applied first, as at start). Refuses a slug
 * that already exists. Prints what it created and how long it took.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { loadDemoData } from '../src/db/demo-data/load-demo-data';
import { openDatabase } from '../src/db/open-database';
import { generateOrganization, OrganizationExistsError, shapeFor } from './demo-generator';

const USAGE = 'usage: npm run demo:generate -- [--sessions 200000] [--slug generated-large] [--seed 42] [--practitioners-per-clinic 4]';

function parseArgs(argv: string[]) {
  const args = { sessions: 200_000, slug: 'generated-large', seed: 42, practitionersPerClinic: 4 };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${argv[i]} needs a value\n${USAGE}`);
    const whole = (name: string, min: number, max: number) => {
      const n = Number(value.replace(/_/g, ''));
      if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}`);
      return n;
    };
    switch (argv[i]) {
      case '--sessions':
        args.sessions = whole('--sessions', 100, 20_000_000);
        break;
      case '--slug':
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) throw new Error('--slug: lowercase letters, digits and single hyphens');
        args.slug = value;
        break;
      case '--seed':
        args.seed = whole('--seed', 0, 999);
        break;
      case '--practitioners-per-clinic':
        args.practitionersPerClinic = whole('--practitioners-per-clinic', 1, 50);
        break;
      default:
        throw new Error(`unknown option ${argv[i]}\n${USAGE}`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  let exitCode = 0;
  try {
    console.log(database.embedded ? `embedded PostgreSQL (data in ${config.dataDir})` : 'DATABASE_URL');
    // The library (and, as at start, the demo organizations): the generated courses use its protocols.
    if (config.loadDemoData) await loadDemoData(database.owner);
    const shape = shapeFor(args.sessions, args.practitionersPerClinic);
    console.log(
      `generating "${args.slug}": ${args.sessions} sessions, ${shape.clinics} clinics, ${shape.practitioners} practitioners, ` +
        `about ${shape.patients} patients (seed ${args.seed})`,
    );
    const result = await generateOrganization(database.owner, { ...args, log: (line) => console.log(`  ${line}`) });
    console.log(`created organization ${result.slug} (${result.id}) in ${result.seconds.toFixed(1)} s:`);
    for (const [table, n] of Object.entries(result.rows)) console.log(`  ${table.padEnd(28)} ${n}`);
    console.log(
      `  sessions by status: ${Object.entries(result.sessionStatuses)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}`,
    );
    console.log(`an ANALYST token: npm run token -- --org ${result.slug} --role ANALYST`);
  } catch (error) {
    if (error instanceof OrganizationExistsError) console.error(error.message);
    else console.error('demo:generate failed:', error);
    exitCode = 1;
  } finally {
    await database.close();
  }
  process.exit(exitCode);
}

void main();
