// Runs the import worker from its TypeScript sources (tests, CLI, dev) through tsx; the build bundles entry.ts instead.
import { register } from 'tsx/esm/api';

register();
await import('./entry.ts');
