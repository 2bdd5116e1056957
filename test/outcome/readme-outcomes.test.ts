/** The README's outcome analytics example answers what is printed there, against the demo data, as an ANALYST. */
import fs from 'node:fs';
import path from 'node:path';
import { Role } from '../../src/auth/roles';
import { startTestApp, TestApp } from '../support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test('the outcome analytics example of the README returns the answer printed there', async () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const example = readme.slice(readme.indexOf('### Outcome analytics example'));
  const query = /```graphql\n([\s\S]*?)```/.exec(example)?.[1];
  const answer = /```json\n([\s\S]*?)```/.exec(example)?.[1];
  expect(query).toBeDefined();
  expect(answer).toBeDefined();
  const { client } = await app.as({ role: Role.ANALYST });
  const data = await client.request(query!);
  if (process.env.PRINT_README_ANSWER) console.log(JSON.stringify({ data }, null, 2));
  expect({ data }).toEqual(JSON.parse(answer!));
});
