// Runs the PDF worker from its TypeScript sources (tests, dev) through tsx; the CLI build bundles entry.ts instead.
import { register } from 'tsx/esm/api';

register();
await import('./entry.ts');
