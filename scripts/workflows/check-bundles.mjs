#!/usr/bin/env node
// Checks that a synthesized cloud assembly holds a Lambda bundle for every API: an asset directory with the
// API's module (its main.py) and at least one installed dependency (fastapi). Prints one line per API and
// exits 1 when one is missing, before anything is deployed.
//
//   node scripts/workflows/check-bundles.mjs --assembly packages/infra/cdk.out [--workspace DIR]

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listApis } from './apis.mjs';

function size(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

const { values } = parseArgs({
  options: { assembly: { type: 'string' }, workspace: { type: 'string', default: '.' } },
});
if (!values.assembly) {
  console.error('usage: check-bundles.mjs --assembly <cdk.out>');
  process.exit(2);
}
const assets = readdirSync(values.assembly, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name.startsWith('asset.'))
  .map((entry) => join(values.assembly, entry.name));

let missing = 0;
for (const api of listApis(resolve(values.workspace))) {
  const bundle = assets.find(
    (dir) => existsSync(join(dir, api.moduleName, 'main.py')) && existsSync(join(dir, 'fastapi')),
  );
  if (bundle) {
    const mib = (size(bundle) / 1024 / 1024).toFixed(1);
    console.log(`ok   ${api.projectName}: ${bundle} (${mib} MiB, ${api.architecture})`);
  } else {
    missing += 1;
    console.log(
      `FAIL ${api.projectName}: no asset in ${values.assembly} holds ${api.moduleName}/main.py and its dependencies`,
    );
  }
}
if (missing) process.exit(1);
