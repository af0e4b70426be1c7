'use strict';
// The API sandboxes (sandboxes/cli.ts) as a child process of `npm start` and the e2e tests.
const path = require('node:path');
const { spawn } = require('node:child_process');

const { root } = require('../paths');

/**
 * Starts the four sandboxes and resolves with `{ services, stop }` once they print their
 * `SANDBOXES {json}` line. `basePort` 0 picks free ports.
 */
function startSandboxes({ basePort, seedDemo = false, echo = true }) {
	const args = ['-r', require.resolve('ts-node/register/transpile-only', { paths: [root] }), path.join(root, 'sandboxes', 'cli.ts')];
	args.push('--base-port', String(basePort));
	if (seedDemo) args.push('--seed-demo');
	const child = spawn(process.execPath, args, {
		cwd: root,
		// Our stdin pipe closes if we die without cleaning up: the sandboxes then exit too.
		env: { ...process.env, SANDBOX_EXIT_WITH_PARENT: 'true', TS_NODE_PROJECT: path.join(root, 'tsconfig.json') },
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	const exited = new Promise((resolve) => child.on('exit', resolve));
	return new Promise((resolve, reject) => {
		let buffer = '';
		let errors = '';
		child.stderr.on('data', (chunk) => (errors += chunk));
		child.stdout.on('data', (chunk) => {
			buffer += chunk;
			const line = buffer.split('\n').find((candidate) => candidate.startsWith('SANDBOXES '));
			if (!line) return;
			if (echo) process.stdout.write(buffer.split('\n').filter((l) => !l.startsWith('SANDBOXES ')).join('\n'));
			buffer = '';
			resolve({
				services: JSON.parse(line.slice('SANDBOXES '.length)),
				async stop() {
					if (child.exitCode !== null) return;
					child.kill('SIGTERM');
					await exited;
				},
			});
		});
		child.on('exit', (code) => reject(new Error(`The sandboxes exited (${code}) before they were up:\n${errors}`)));
	});
}

/** The control API of one sandbox (`/__sandbox/...`), from its base URL. */
function controlUrl(baseUrl, action) {
	return `${new URL(baseUrl).origin}/__sandbox/${action}`;
}

async function control(baseUrl, action, input) {
	const response = await fetch(controlUrl(baseUrl, action), {
		method: input === undefined && action === 'journal' ? 'GET' : 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: input === undefined && action === 'journal' ? undefined : JSON.stringify(input ?? {}),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`sandbox ${action} answered ${response.status}: ${text}`);
	return text ? JSON.parse(text) : undefined;
}

module.exports = { startSandboxes, control };
