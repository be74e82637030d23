#!/usr/bin/env node
// The `delegate-desk` command. It runs the TypeScript core directly through tsx, so the CLI is
// always the code in src/ (no build step to forget after a change).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
