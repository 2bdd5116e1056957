/**
 * Browser apps on other origins: an allowed origin gets its preflight answered and its
 * responses shared; any other origin gets no CORS headers, so the browser keeps the
 * response from it. Apollo's CSRF prevention still refuses requests a browser may send
 * without a preflight, unless they carry `apollo-require-preflight`.
 */
import { loadConfig } from '../../src/config';
import { startTestApp, TestApp } from '../support/harness';

const ALLOWED = 'https://app.lumiere-skin.example';
const REFUSED = 'https://evil.example';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ corsOrigins: [ALLOWED] });
});
afterAll(() => app.close());

/** What a browser sends before a cross-origin POST with a JSON body and a bearer token. */
function preflight(origin: string): Promise<Response> {
  return fetch(app.url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,authorization',
    },
  });
}

function postFrom(origin: string): Promise<Response> {
  return fetch(app.url, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ treatment(slug: "microneedling") { name } }' }),
  });
}

describe('an allowed origin', () => {
  test('its preflight is answered with the method and headers it asks for', async () => {
    const response = await preflight(ALLOWED);

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    const allowedHeaders = response.headers.get('access-control-allow-headers')?.split(',') ?? [];
    expect(allowedHeaders).toEqual(expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']));
  });

  test('its POST is answered and may be read by the page', async () => {
    const response = await postFrom(ALLOWED);

    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('vary')).toMatch(/origin/i);
    expect(((await response.json()) as { data: unknown }).data).toEqual({ treatment: { name: 'Microneedling' } });
  });

  test('its page may read the request id and the catalog cache status of an answer', async () => {
    const response = await postFrom(ALLOWED);

    const exposed = response.headers.get('access-control-expose-headers')?.split(',') ?? [];
    expect(exposed).toEqual(expect.arrayContaining(['x-request-id', 'x-cache']));
  });
});

describe('a refused origin', () => {
  test('its preflight carries no permission, so the browser never sends the request', async () => {
    const response = await preflight(REFUSED);

    // Browsers require Access-Control-Allow-Origin to name the page's origin; without it
    // the preflight fails whatever else the answer says.
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('its response carries no CORS header, so the page cannot read it', async () => {
    const response = await postFrom(REFUSED);

    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('GET queries and CSRF prevention', () => {
  const getUrl = () => `${app.url}?query=${encodeURIComponent('{ treatment(slug: "microneedling") { name } }')}`;

  test('a GET without apollo-require-preflight is refused as a possible CSRF', async () => {
    const response = await fetch(getUrl(), { headers: { origin: ALLOWED } });

    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/apollo-require-preflight/);
  });

  test('a GET with apollo-require-preflight is answered', async () => {
    const response = await fetch(getUrl(), { headers: { origin: ALLOWED, 'apollo-require-preflight': 'true' } });

    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(((await response.json()) as { data: unknown }).data).toEqual({ treatment: { name: 'Microneedling' } });
  });
});

describe('CORS_ORIGINS', () => {
  test('development allows localhost origins when unset; production allows none', () => {
    const development = loadConfig({});
    expect(matches(development.corsOrigins, 'http://localhost:5173')).toBe(true);
    expect(matches(development.corsOrigins, 'http://127.0.0.1:3000')).toBe(true);
    expect(matches(development.corsOrigins, 'http://localhost.evil.example')).toBe(false);

    const production = loadConfig({
      NODE_ENV: 'production',
      AUTH_SECRET: 'x'.repeat(32),
      DATABASE_URL: 'postgres://db/clinicgraph',
      DATABASE_APP_PASSWORD: 'a-real-one',
    });
    expect(production.corsOrigins).toEqual([]);
  });

  test('a list replaces the default; an entry that is not an origin is refused', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example:8443' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example:8443',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/app' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: 'a.example' })).toThrow(/CORS_ORIGINS/);
  });
});

function matches(origins: Array<string | RegExp>, origin: string): boolean {
  return origins.some((allowed) => (typeof allowed === 'string' ? allowed === origin : allowed.test(origin)));
}
