#!/usr/bin/env bash
# The project's one test command (`npm test`), also the very first command on a fresh clone: it
# installs what is missing (dev toolchain from the lockfile, Node 24 and n8n into the cache), then
# builds and runs the unit and engine tests, then the real-n8n suites when the project has them.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs (once, under locks shared with `npm start`), builds dist/ and packs the package.
node scripts/prepare.js --build
npm run -s typecheck
npx jest --ci

has_script() { node -e "process.exit(require('./package.json').scripts['$1'] ? 0 : 1)"; }
if has_script test:e2e; then npm run -s test:e2e; fi
if has_script test:queue; then npm run -s test:queue; fi
if has_script test:ui; then npm run -s test:ui; fi
