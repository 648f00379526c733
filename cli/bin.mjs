#!/usr/bin/env node
// `thidua` command line: runs the TypeScript sources directly through tsx (no build step to forget).
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
