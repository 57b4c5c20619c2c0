// AWS Signature Version 4 for one HTTPS request, with node:crypto only, so the smoke test can call APIs
// that use IAM auth without installing an AWS SDK on the runner.

import { createHash, createHmac } from 'node:crypto';

const sha256 = (data) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key, data) => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
function encode(text) {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `service` and `region` of an API Gateway or Lambda Function URL endpoint. */
export function endpointScope(url) {
  const host = new URL(url).hostname;
  const apiGateway = /^[a-z0-9]+\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$/.exec(host);
  if (apiGateway) return { service: 'execute-api', region: apiGateway[1] };
  const functionUrl = /^[a-z0-9]+\.lambda-url\.([a-z0-9-]+)\.on\.aws$/.exec(host);
  if (functionUrl) return { service: 'lambda', region: functionUrl[1] };
  return undefined;
}

export function signingKey(secretAccessKey, date, region, service) {
  const kDate = hmac(`AWS4${secretAccessKey}`, date);
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, service);
  return hmac(kService, 'aws4_request');
}

/**
 * Headers that sign `method url` (with `body`, default empty) for `service` in `region`.
 * `headers` are extra headers to send and sign; `now` is for tests.
 */
export function signRequest({
  method,
  url,
  region,
  service,
  credentials,
  headers = {},
  body = '',
  now = new Date(),
}) {
  const target = new URL(url);
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const date = amzDate.slice(0, 8);
  const all = {
    ...Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v).trim()]),
    ),
    host: target.host,
    'x-amz-date': amzDate,
    ...(credentials.sessionToken ? { 'x-amz-security-token': credentials.sessionToken } : {}),
  };
  const names = Object.keys(all).sort();
  const canonicalHeaders = names
    .map((name) => `${name}:${all[name].replace(/\s+/g, ' ')}\n`)
    .join('');
  const signedHeaders = names.join(';');
  const canonicalPath =
    target.pathname
      .split('/')
      .map((segment) => encode(decodeURIComponent(segment)))
      .join('/') || '/';
  const canonicalQuery = [...target.searchParams.entries()]
    .map(([key, value]) => [encode(key), encode(value)])
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const canonicalRequest = [
    method.toUpperCase(),
    canonicalPath,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    sha256(body),
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const signature = createHmac(
    'sha256',
    signingKey(credentials.secretAccessKey, date, region, service),
  )
    .update(stringToSign, 'utf8')
    .digest('hex');
  const { host: _host, ...send } = all;
  return {
    ...send,
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}
