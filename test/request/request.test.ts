import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseAsk, parseRequest, type RawRequest } from '../../src/request/request.js';

/** The UserError message parseRequest throws for `raw`. */
function error(raw: RawRequest): string {
  try {
    parseRequest(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error(`expected a rejection of ${JSON.stringify(raw)}`);
}

describe('parseRequest', () => {
  it('fills defaults from the schema', () => {
    const result = parseRequest({ name: 'Orders API' });
    expect(result).toEqual(
      expect.objectContaining({
        name: 'Orders API',
        projectName: 'orders-api',
        moduleName: 'orders_api',
        className: 'OrdersApi',
        directory: 'packages',
        projectRoot: 'packages/orders-api',
        apiType: 'http-api',
        auth: 'iam',
        architecture: 'arm64',
      }),
    );
  });

  it('accepts option values in any case and with spaces around them', () => {
    const result = parseRequest({
      name: 'a1',
      'api-type': ' Function-URL ',
      architecture: 'X86_64',
    });
    expect([result.apiType, result.architecture]).toEqual(['function-url', 'x86_64']);
  });

  it('accepts a nested directory and drops a trailing slash', () => {
    const result = parseRequest({ name: 'billing', directory: 'services/apis/' });
    expect(result.projectRoot).toBe('services/apis/billing');
  });

  it.each([
    [{}, 'name is required'],
    [{ name: '   ' }, 'name is required'],
    [{ name: '2fast' }, 'must start with a letter'],
    [{ name: 'my.api' }, 'must start with a letter'],
    [{ name: 'café' }, 'ASCII letters'],
    [{ name: 'x' }, 'too short'],
    [{ name: 'a'.repeat(65) }, 'too long'],
    [{ name: 'a'.repeat(41) }, 'longer than 40'],
    [{ name: '../../etc' }, 'must start with a letter'],
    [{ name: 'api; rm -rf /' }, 'must start with a letter'],
    [{ name: 'api$(whoami)' }, 'must start with a letter'],
    [{ name: '{{#apis}}x' }, 'must start with a letter'],
    [{ name: 'x{{className}}' }, 'must start with a letter'],
    [{ name: 'api\nname' }, 'must start with a letter'],
    [{ name: 'Lambda' }, 'Python keyword'],
    [{ name: 'import' }, 'Python keyword'],
    [{ name: 'json' }, 'shadow the Python standard library'],
    [{ name: 'Email' }, 'shadow the Python standard library'],
    [{ name: 'fastapi' }, 'shadow a package the generated project depends on'],
    [{ name: 'tests' }, 'shadow a package'],
    [{ name: 'common' }, 'collides with packages/common'],
    [{ name: 'infra' }, 'collides with packages/infra'],
    [{ name: 'constructs', directory: 'packages/common' }, 'collides with packages/common'],
    [{ name: 'orders', directory: 'packages/infra/src' }, 'collides with packages/infra'],
    [{ name: 'orders', directory: '/etc' }, 'relative path'],
    [{ name: 'orders', directory: '../outside' }, '".."'],
    [{ name: 'orders', directory: 'a/../../b' }, '".."'],
    [{ name: 'orders', directory: 'a//b' }, 'empty'],
    [{ name: 'orders', directory: '.github' }, 'must start with a letter or digit'],
    [{ name: 'orders', directory: 'C:\\temp' }, 'relative path'],
    [{ name: 'orders', directory: 'a/b/c/d/e' }, 'nested too deep'],
    [{ name: 'orders', directory: 'x/node_modules' }, 'node_modules'],
    [{ name: 'orders', directory: 'pkgs;touch x' }, 'only letters'],
    [
      { name: 'orders', 'api-type': 'rest' },
      'api-type must be one of http-api, function-url (got "rest")',
    ],
    [{ name: 'orders', auth: 'oauth' }, 'auth must be one of iam, cognito, none'],
    [{ name: 'orders', architecture: 'arm' }, 'architecture must be one of arm64, x86_64'],
    [
      { name: 'orders', 'api-type': 'function-url', auth: 'cognito' },
      'a Function URL accepts only iam or none',
    ],
  ] as Array<[RawRequest, string]>)('rejects %j', (raw, message) => {
    const text = error(raw);
    expect(text).toContain(message);
    expect(text).not.toContain('\n');
  });
});

describe('parseAsk', () => {
  it('is a generate with defaults when no operation is given', () => {
    const ask = parseAsk({ name: 'Orders API', operation: '' });
    expect(ask).toMatchObject({ operation: 'generate', projectName: 'orders-api' });
    expect(ask.operation === 'generate' && ask.request.apiType).toBe('http-api');
  });

  it('changes, for an update, only the options given: an empty one keeps its recorded value', () => {
    expect(
      parseAsk({
        operation: 'update',
        name: 'OrdersApi',
        directory: ' ',
        'api-type': 'Function-URL',
        auth: '',
      }),
    ).toEqual({
      operation: 'update',
      projectName: 'orders-api',
      name: 'OrdersApi',
      changes: { apiType: 'function-url' },
    });
  });

  it.each([
    [
      { operation: 'upgrade', name: 'orders' },
      'operation must be one of generate, update (got "upgrade")',
    ],
    [{ operation: 'update' }, 'name is required'],
    [
      { operation: 'update', name: 'orders', auth: 'oauth' },
      'auth must be one of iam, cognito, none',
    ],
    [{ operation: 'update', name: 'orders', directory: '../x' }, '".."'],
  ] as Array<[RawRequest, string]>)('rejects %j', (raw, message) => {
    expect(() => parseAsk(raw)).toThrow(UserError);
    expect(() => parseAsk(raw)).toThrow(message);
  });
});
