#!/usr/bin/env node
// Runs a TypeScript entry file (benchmarks, scripts) through tsx: node bin/run-ts.mjs <file.ts> [args…].
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

register();
const file = process.argv[2];
if (!file) {
  console.error('用法：node bin/run-ts.mjs <文件.ts>');
  process.exit(2);
}
process.argv.splice(2, 1);
await import(pathToFileURL(path.resolve(file)).href);
