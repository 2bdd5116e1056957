/** Clients for arbitrary token subjects (people whose membership the API itself created). */
import { GraphQLClient } from 'graphql-request';
import { signDevToken } from '../../src/auth/dev-tokens';
import { getSdk } from '../generated/graphql';
import { Api, TEST_AUTH, TestApp } from './harness';

export async function signJwtFor(app: TestApp, subject: string, headers: Record<string, string> = {}): Promise<Api> {
  const token = await signDevToken(TEST_AUTH, TEST_AUTH.secret!, subject, 600);
  return getSdk(new GraphQLClient(app.url, { headers: { authorization: `Bearer ${token}`, ...headers } }));
}
