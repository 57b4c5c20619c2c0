// Workspaces with .scaffold records for the workflow scripts, without generating real projects.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempWorkspace } from '../helpers.js';

export type ApiFixture = readonly [projectName: string, className: string, auth: string];

export function workspaceWithApis(apis: readonly ApiFixture[]): string {
  const workspace = tempWorkspace();
  mkdirSync(join(workspace, '.scaffold'));
  for (const [projectName, className, auth] of apis) {
    mkdirSync(join(workspace, 'packages', projectName), { recursive: true });
    writeFileSync(join(workspace, 'packages', projectName, 'pyproject.toml'), '[project]\n');
    writeFileSync(
      join(workspace, '.scaffold', `${projectName}.json`),
      JSON.stringify({
        schema: 1,
        tool: { name: 'fastapi-scaffold', version: '0.0.0-test' },
        templates: { digest: 'test' },
        files: {},
        project: {
          projectName,
          moduleName: projectName,
          className,
          projectRoot: `packages/${projectName}`,
        },
        request: {
          name: projectName,
          directory: 'packages',
          apiType: 'http-api',
          auth,
          architecture: 'arm64',
        },
      }),
    );
  }
  return workspace;
}
