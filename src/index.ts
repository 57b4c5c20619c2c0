// The action's entry. Its first line says what runs, before anything else loads: @actions/core (whose OIDC
// client brings an HTTP stack with it), the request schema and, for a run that gets past its setup, the
// engine, git and Octokit come in the chunks action.ts pulls in.
import { toolInfo } from './tool.js';

const { name, version } = toolInfo();
process.stdout.write(`${name} ${version}\n`);
const { run } = await import('./action.js');
await run();
