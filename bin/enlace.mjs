#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npm install` is the only build step the CLI needs.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
