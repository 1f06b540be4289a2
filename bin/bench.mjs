#!/usr/bin/env node
// Runs the TypeScript benchmarks directly, like bin/enlace.mjs runs the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../bench/run.ts');
