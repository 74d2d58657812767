#!/usr/bin/env node
// The `nianbao` command: runs the TypeScript CLI through tsx so no build step is needed.
import { register } from 'tsx/esm/api';

register();
// A closed pipe (`nianbao formats | head`) is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../main/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
