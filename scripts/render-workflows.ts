// Writes this repository's own workflows and issue form from templates-workspace/ (the files
// `fastapi-scaffold init` writes into a repository), with this checkout as the action (`uses: ./`):
// `npm run workflows` after a change to those templates. test/workflows/rendering.test.ts fails until it runs.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderLocalWorkflows, workspaceTemplateSet } from '../src/plan/init.js';
import { toolInfo, toolRepository, WORKSPACE_TEMPLATES_DIR } from '../src/tool.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const templates = workspaceTemplateSet(WORKSPACE_TEMPLATES_DIR);
for (const file of renderLocalWorkflows(templates, toolInfo(), toolRepository())) {
  writeFileSync(`${ROOT}${file.path}`, file.content);
  console.log(`wrote ${file.path}`);
}
