'use strict';
// Running n8n: its environment, one-shot CLI commands (import, publish, execute) and the server.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const { log } = require('../log');
const { node24Env, n8nBin } = require('../install/n8nInstall');
const { run } = require('../run');

/**
 * The environment n8n runs with. Everything it writes stays in `userFolder` (its data, SQLite
 * database, our installed package, temp files). The settings turn off calls home and banners.
 */
function n8nEnv({ node24, userFolder, port, encryptionKey }) {
	const tmp = path.join(userFolder, 'tmp');
	fs.mkdirSync(tmp, { recursive: true });
	return node24Env(node24, {
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: encryptionKey,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: 'localhost',
		N8N_WEBHOOK_URL: `http://localhost:${port}/`,
		N8N_EDITOR_BASE_URL: `http://localhost:${port}/`,
		N8N_RUNNERS_BROKER_PORT: String(port + 1),
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PUBLIC_API_SWAGGERUI_DISABLED: 'true',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_RUNNERS_TASK_TIMEOUT: '300',
		// Our package is placed by hand; n8n must not try to reinstall it from the registry.
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		DB_TYPE: 'sqlite',
		DB_SQLITE_POOL_SIZE: '2',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'info',
		N8N_LOG_OUTPUT: 'console',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true',
		TMPDIR: tmp,
		TMP: tmp,
		TEMP: tmp,
		NODE_ENV: 'production',
		CI: process.env.CI ?? '',
	});
}

/** Runs one n8n CLI command (it boots n8n against the same database) and returns its output. */
async function n8nCli(node24, env, args, { capture = true } = {}) {
	return await run(node24.nodeBin, [n8nBin, ...args], { env, capture, cwd: env.N8N_USER_FOLDER });
}

/**
 * Starts `n8n start` (or another server command: `['webhook']`, `['worker', '--concurrency=10']`) in
 * its own process group (n8n starts a task-runner child; stopping the group stops both). Output goes
 * to `logFile`, and to our stdout too when `echo` is set.
 */
function startN8n(node24, env, { logFile, echo = false, command = ['start'] }) {
	const out = fs.openSync(logFile, 'a');
	const child = spawn(node24.nodeBin, [n8nBin, ...command], {
		env,
		cwd: env.N8N_USER_FOLDER,
		detached: true,
		stdio: ['ignore', echo ? 'pipe' : out, echo ? 'pipe' : out],
	});
	if (echo) {
		for (const stream of [child.stdout, child.stderr]) {
			stream.on('data', (chunk) => {
				fs.writeSync(out, chunk);
				process.stdout.write(chunk);
			});
		}
	}
	const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
	return {
		child,
		exited,
		logFile,
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			signalGroup(child.pid, 'SIGTERM');
			const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 20000));
			if ((await Promise.race([exited, timeout])) === 'timeout') {
				log(`n8n ${command[0]} did not stop within 20 s: killing it`);
				signalGroup(child.pid, 'SIGKILL');
				await exited;
			}
		},
	};
}

function signalGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch {
		try {
			process.kill(pid, signal);
		} catch {
			// already gone
		}
	}
}

/** Polls n8n's readiness endpoint (a worker's: its health-check server); fails early if the process exits. */
async function waitUntilReady(baseUrl, server, timeoutMs = 180000) {
	const deadline = Date.now() + timeoutMs;
	let gone;
	server.exited.then((result) => (gone = result));
	while (Date.now() < deadline) {
		if (gone) throw new Error(`n8n exited before it was ready (${gone.signal ?? `exit ${gone.code}`})`);
		try {
			const response = await fetch(`${baseUrl}/healthz/readiness`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`n8n was not ready after ${timeoutMs / 1000} s`);
}

module.exports = { n8nEnv, n8nCli, startN8n, waitUntilReady };
