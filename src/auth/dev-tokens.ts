/**
 * Development identities: makes sure a membership exists for a development subject and
 * signs a token for it with the local secret. Used by `npm run token` and printed by
 * `npm start`; never available in production.
 */
import { SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { AuthConfig } from '../config';
import { CLINIC_SCOPED_ROLES, Role } from './roles';

export interface DevIdentity {
  role: Role;
  /** Organization slug (ignored for PLATFORM_ADMIN). */
  organization: string;
  clinics: string[];
  patientId?: string;
  practitioner?: string;
}

export class DevTokenError extends Error {}

/** A stable subject per identity, so the same command gives the same person. */
export function devSubject(identity: DevIdentity): string {
  if (identity.role === Role.PLATFORM_ADMIN) return 'dev|platform-admin';
  const clinics = identity.clinics.length ? `|${[...identity.clinics].sort().join(',')}` : '';
  return `dev|${identity.organization}|${identity.role.toLowerCase()}${clinics}${identity.patientId ? `|${identity.patientId}` : ''}`;
}

/** A row of `SELECT id` or `RETURNING id`. */
interface IdRow {
  id: string;
}

/** Creates the membership (or platform admin) of the identity unless it exists; returns its subject. */
export async function ensureDevMembership(owner: DataSource, identity: DevIdentity): Promise<string> {
  const subject = devSubject(identity);
  await owner.transaction(async (m) => {
    if (identity.role === Role.PLATFORM_ADMIN) {
      await m.query('INSERT INTO platform_admins (subject) VALUES ($1) ON CONFLICT DO NOTHING', [subject]);
      return;
    }
    const [org] = await m.query<IdRow[]>('SELECT id FROM organizations WHERE slug = $1', [identity.organization]);
    if (!org) throw new DevTokenError(`No organization with slug "${identity.organization}"`);
    await m.query(`SELECT set_config('app.organization_id', $1, true)`, [org.id]);
    const clinics: Array<{ id: string; slug: string }> = identity.clinics.length
      ? await m.query<Array<{ id: string; slug: string }>>('SELECT id, slug FROM clinics WHERE organization_id = $1 AND slug = ANY($2)', [
          org.id,
          identity.clinics,
        ])
      : [];
    const missing = identity.clinics.filter((slug) => !clinics.some((c) => c.slug === slug));
    if (missing.length) throw new DevTokenError(`No clinic ${missing.map((s) => `"${s}"`).join(', ')} in ${identity.organization}`);
    if (CLINIC_SCOPED_ROLES.has(identity.role) && clinics.length === 0) {
      throw new DevTokenError(`${identity.role} is clinic-scoped: give at least one --clinic`);
    }
    if (identity.patientId !== undefined) {
      if (identity.role !== Role.PATIENT) throw new DevTokenError(`--patient is for --role PATIENT only`);
      const [patient] = await m.query<IdRow[]>('SELECT id FROM patients WHERE organization_id = $1 AND id = $2', [
        org.id,
        identity.patientId,
      ]);
      if (!patient) throw new DevTokenError(`No patient ${identity.patientId} in ${identity.organization}`);
    }
    const [existing] = await m.query<IdRow[]>(
      'SELECT id FROM memberships WHERE organization_id = $1 AND subject = $2 AND revoked_at IS NULL',
      [org.id, subject],
    );
    if (existing) return;
    const [membership] = await m.query<IdRow[]>(
      'INSERT INTO memberships (organization_id, subject, role, patient_id) VALUES ($1, $2, $3, $4) RETURNING id',
      [org.id, subject, identity.role, identity.patientId ?? null],
    );
    for (const clinic of clinics) {
      await m.query('INSERT INTO membership_clinics (organization_id, membership_id, clinic_id) VALUES ($1, $2, $3)', [
        org.id,
        membership.id,
        clinic.id,
      ]);
    }
    // The database takes an audit row's actor from app.subject.
    await m.query(`SELECT set_config('app.subject', 'dev-token-command', true)`);
    await m.query(
      `INSERT INTO audit_events (organization_id, action, target_type, target_id, after)
       VALUES ($1, 'membership.create', 'Membership', $2, $3)`,
      [org.id, membership.id, JSON.stringify({ subject, role: identity.role, clinics: identity.clinics })],
    );
  });
  return subject;
}

/** Signs an HS256 token for `subject` valid for `ttlSeconds`. */
export function signDevToken(auth: AuthConfig, secret: string, subject: string, ttlSeconds: number): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(new TextEncoder().encode(secret));
}

/** "90s", "30m", "1h", "2d" -> seconds. */
export function parseTtl(text: string): number {
  const match = /^(\d+)([smhd])$/.exec(text);
  if (!match) throw new DevTokenError(`--ttl must look like 30m, 1h or 2d, got "${text}"`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[match[2] as 's' | 'm' | 'h' | 'd'];
}
