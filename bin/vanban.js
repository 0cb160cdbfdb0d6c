#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { launch } from '../dist/cli/launch.js';

const bundle = fileURLToPath(new URL('../dist/bundle/vanban.cjs', import.meta.url));
process.exitCode = await launch(bundle, process.argv.slice(2));
