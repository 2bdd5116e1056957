/** The server log never holds SQL text or statement parameters (tenants' data), only a summary of database errors. */
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { formatError } from '../../src/server-errors';

const SECRET = 'allergic-to-lidocaine';

function databaseFailure(): GraphQLError {
  const driverError = Object.assign(new Error(`invalid input syntax for type uuid: "${SECRET}"`), {
    code: '22P02',
    severity: 'ERROR',
    detail: `Key (note)=(${SECRET})`,
  });
  const failure = new QueryFailedError('SELECT * FROM patients WHERE note = $1', [SECRET], driverError);
  return new GraphQLError('failed', { originalError: failure, path: ['patient', 'note'] });
}

test('a failed statement is logged as its class, SQLSTATE and path, without the SQL or its parameters', () => {
  const logged: unknown[] = [];
  const formatted = formatError({ message: 'failed', path: ['patient', 'note'] }, databaseFailure(), (message, cause) =>
    logged.push({ message, cause }),
  );

  expect(formatted).toEqual({ message: 'Internal server error', path: ['patient', 'note'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  expect(logged).toEqual([
    { message: expect.any(String), cause: { error: 'QueryFailedError', sqlState: '22P02', path: ['patient', 'note'] } },
  ]);
  const text = JSON.stringify(logged);
  expect(text).not.toContain(SECRET);
  expect(text).not.toMatch(/SELECT|patients/);
});

test("the pg driver's own error is summarized the same way", () => {
  const driverError = Object.assign(new Error(`value "${SECRET}" is out of range`), { code: '22003', severity: 'ERROR' });
  const logged: unknown[] = [];
  formatError({ message: 'x' }, new GraphQLError('x', { originalError: driverError }), (_m, cause) => logged.push(cause));
  expect(JSON.stringify(logged)).not.toContain(SECRET);
  expect(logged).toEqual([expect.objectContaining({ sqlState: '22003' })]);
});

test('other unexpected errors are logged as they are, for their stack', () => {
  const bug = new TypeError('cannot read properties of undefined');
  const logged: unknown[] = [];
  formatError({ message: 'x' }, new GraphQLError('x', { originalError: bug }), (_m, cause) => logged.push(cause));
  expect(logged).toEqual([bug]);
});
