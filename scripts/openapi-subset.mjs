// Extracts, from GitHub's published OpenAPI description (@octokit/openapi, ~385 MB installed), the operations
// fastapi-scaffold calls (the action, and the release script) and every schema they reference, into a small
// committed file the end-to-end test server validates requests (and its own answers) against.
//
//   node scripts/openapi-subset.mjs   # rewrites test/e2e/fixtures/github-openapi-subset.json

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import prettier from 'prettier';

export const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/repos/{owner}/{repo}/collaborators/{username}/permission'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['delete', '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}'],
  ['get', '/repos/{owner}/{repo}/pulls'],
  ['post', '/repos/{owner}/{repo}/pulls'],
  ['patch', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  // scripts/release/release.ts
  ['get', '/repos/{owner}/{repo}/releases/tags/{tag}'],
  ['post', '/repos/{owner}/{repo}/releases'],
];

const OUTPUT = new URL('../test/e2e/fixtures/github-openapi-subset.json', import.meta.url);

const require = createRequire(import.meta.url);
const source = require.resolve('@octokit/openapi/generated/api.github.com.json');
const spec = JSON.parse(readFileSync(source, 'utf8'));
const version = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi/package.json'), 'utf8'),
).version;

const subset = {
  openapi: spec.openapi,
  info: {
    title: spec.info.title,
    version: spec.info.version,
    'x-source': `@octokit/openapi ${version} (generated/api.github.com.json), subset by scripts/openapi-subset.mjs`,
  },
  paths: {},
  components: {},
};

const seen = new Set();
function resolve(node) {
  if (Array.isArray(node)) return node.forEach(resolve);
  if (!node || typeof node !== 'object') return;
  if (typeof node.$ref === 'string' && !seen.has(node.$ref)) {
    seen.add(node.$ref);
    const [, , kind, name] = node.$ref.split('/');
    const target = spec.components[kind][name];
    subset.components[kind] ??= {};
    subset.components[kind][name] = target;
    resolve(target);
  }
  for (const value of Object.values(node)) resolve(value);
}

for (const [method, path] of OPERATIONS) {
  const operation = spec.paths[path]?.[method];
  if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in ${source}`);
  const { operationId, parameters, requestBody, responses } = operation;
  subset.paths[path] ??= {};
  subset.paths[path][method] = { operationId, parameters, requestBody, responses };
  resolve(subset.paths[path][method]);
}
for (const kind of Object.keys(subset.components)) {
  subset.components[kind] = Object.fromEntries(
    Object.entries(subset.components[kind]).sort(([a], [b]) => a.localeCompare(b)),
  );
}

writeFileSync(
  OUTPUT,
  await prettier.format(JSON.stringify(subset), {
    ...(await prettier.resolveConfig(OUTPUT)),
    parser: 'json',
  }),
);
console.log(`${OPERATIONS.length} operations, ${seen.size} components → ${OUTPUT.pathname}`);
