/** The README's example answer is what the server really returns for its example query. */
import fs from 'node:fs';
import path from 'node:path';
import { startTestApp, TestApp } from '../support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test('the example query of the README returns the answer printed there', async () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const example = readme.slice(readme.indexOf('## Example'));
  const query = /```graphql\n([\s\S]*?)```/.exec(example)?.[1];
  const answer = /```json\n([\s\S]*?)```/.exec(example)?.[1];
  expect(query).toBeDefined();
  expect(answer).toBeDefined();
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  expect(await response.json()).toEqual(JSON.parse(answer!));
});
