#!/usr/bin/env bash
# The project's one test command (`npm test`): what CI runs after install, build and lint.
# Unit and engine tests always; the real-n8n suites when the project has them.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run -s build
npm run -s typecheck
npx jest --ci

has_script() { node -e "process.exit(require('./package.json').scripts['$1'] ? 0 : 1)"; }
if has_script test:e2e; then npm run -s test:e2e; fi
if has_script test:queue; then npm run -s test:queue; fi
if has_script test:ui; then npm run -s test:ui; fi
