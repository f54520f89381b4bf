#!/usr/bin/env node
// The oobe-sim command: runs the TypeScript CLI through tsx, so it works right after `npm install`
// with no build step and no install script.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
