'use strict';
/**
 * Preloaded (`node -r`) into every engine benchmark process. n8n's HTTP Request node (from the
 * cached n8n install) and our built nodes must run in ONE WorkflowExecute and share ONE copy of
 * n8n-workflow / n8n-core / @n8n/di: n8n-core checks errors with `instanceof` (NodeApiError,
 * NodeOperationError), keeps services in @n8n/di's container and our dist `require`s n8n-workflow
 * from the project's node_modules. So every request for those packages, from anywhere (our dist,
 * the bench, the test harness, n8n-nodes-base), is resolved inside the cached n8n install instead —
 * the same files a real n8n 2.41.1 runs with. Needs Node 24 (the cached n8n requires it).
 */
const Module = require('node:module');
const path = require('node:path');

const { cacheDir, N8N_VERSION } = require('../../harness/paths');

const n8nRoot = path.join(cacheDir, `n8n-${N8N_VERSION}`);
const SHARED = /^(n8n-workflow|n8n-core|@n8n\/di)(\/|$)/;

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveShared(request, parent, isMain, options) {
	if (SHARED.test(request)) return resolve.call(this, request, parent, isMain, { paths: [n8nRoot] });
	return resolve.call(this, request, parent, isMain, options);
};

module.exports = { n8nRoot, nodesBaseDir: path.join(n8nRoot, 'node_modules', 'n8n-nodes-base') };
