/**
 * npm run token -- [--org <slug>] --role <ROLE> [--clinic <slug>...] [--patient <id>] [--ttl 1h]
 * Development only: makes sure a membership exists for a development subject and prints
 * a token for it signed with the local secret.
 */
import 'reflect-metadata';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, loadConfig } from '../src/config';
import { resolveAuthSecret } from '../src/auth/dev-secret';
import { DevTokenError, ensureDevMembership, parseTtl, signDevToken } from '../src/auth/dev-tokens';
import { Role } from '../src/auth/roles';
import demoOrganization from '../src/db/demo-data/demo-organization.json';
import { openDatabase } from '../src/db/open-database';

const USAGE =
  'usage: npm run token -- [--org <slug>] --role <ROLE> [--clinic <slug>...] [--patient <id>] [--ttl 1h]\n' +
  '  --ttl is at most AUTH_MAX_TOKEN_LIFETIME_SECONDS (24h by default): the API refuses longer-lived tokens.';

function parseArgs(argv: string[]) {
  const args = {
    org: demoOrganization.organization.slug,
    role: '',
    clinics: [] as string[],
    patient: undefined as string | undefined,
    ttl: '1h',
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new DevTokenError(`${argv[i]} needs a value\n${USAGE}`);
    switch (argv[i]) {
      case '--org':
        args.org = value;
        break;
      case '--role':
        args.role = value.toUpperCase();
        break;
      case '--clinic':
        args.clinics.push(value);
        break;
      case '--patient':
        args.patient = value;
        break;
      case '--ttl':
        args.ttl = value;
        break;
      default:
        throw new DevTokenError(`unknown option ${argv[i]}\n${USAGE}`);
    }
    i++;
  }
  if (args.patient !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(args.patient)) {
    throw new DevTokenError(`--patient must be the patient's uuid, got "${args.patient}"`);
  }
  if (!Object.values(Role).includes(args.role as Role)) {
    throw new DevTokenError(`--role must be one of ${Object.values(Role).join(', ')}\n${USAGE}`);
  }
  if (args.role === String(Role.PATIENT) && args.patient === undefined) {
    throw new DevTokenError(`--role PATIENT needs --patient <id>, the uuid of a patient of the organization\n${USAGE}`);
  }
  return args;
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.nodeEnv === 'production') throw new DevTokenError('npm run token is for development only');
  if (config.auth.jwksUrl) throw new DevTokenError('AUTH_JWKS_URL is set: tokens come from your identity provider');
  const args = parseArgs(process.argv.slice(2));
  const ttlSeconds = parseTtl(args.ttl);
  const maxTtl = config.auth.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  if (ttlSeconds > maxTtl) {
    throw new DevTokenError(
      `--ttl may be at most ${maxTtl} seconds (AUTH_MAX_TOKEN_LIFETIME_SECONDS): the API refuses tokens that live longer`,
    );
  }
  const secret = resolveAuthSecret(config)!;
  const database = await openDatabase(config);
  try {
    const subject = await ensureDevMembership(database.owner, {
      role: args.role as Role,
      organization: args.org,
      clinics: args.clinics,
      patientId: args.patient,
    });
    console.log(await signDevToken(config.auth, secret, subject, ttlSeconds));
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof DevTokenError ? error.message : error);
  process.exit(1);
});
