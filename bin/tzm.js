#!/usr/bin/env node
// The installed `tzm` command: the compiled CLI (built by `npm ci` through `prepare`).
import '../dist/pipeline/cli.js';
