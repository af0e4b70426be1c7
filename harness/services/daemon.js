'use strict';
// One way to run a service the suites need (nginx, Redis) as a child of ours: its own process
// group (a Ctrl-C in the terminal must not end it before the n8n processes that use it), its output
// in a log file, up once `ready()` says so, and a stop that waits for it to be gone.
const fs = require('node:fs');
const { spawn } = require('node:child_process');

const STOP_TIMEOUT_MS = 10000;

/**
 * Spawns `bin args` with output into `logPath` (`onSpawn(child)` right after, e.g. to note its
 * pid); resolves with `{ child, stop() }` once `ready()` resolves true. If it exits first or is not
 * ready within `readyTimeoutMs`, it is stopped and the error names `what` and ends with
 * `failureDetail()` (the tail of its log). `stop()` also removes `folder`.
 */
async function startDaemon({ what, bin, args, folder, logPath, onSpawn, ready, readyTimeoutMs, pollMs, notReady, failureDetail }) {
	const logFile = fs.openSync(logPath, 'a');
	const child = spawn(bin, args, { stdio: ['ignore', logFile, logFile], detached: true });
	onSpawn?.(child);
	const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
	let gone;
	exited.then((result) => (gone = result));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS));
			if ((await Promise.race([exited, timeout])) === 'timeout') {
				child.kill('SIGKILL');
				await exited;
			}
		}
		fs.rmSync(folder, { recursive: true, force: true });
	};
	const deadline = Date.now() + readyTimeoutMs;
	while (!(await ready())) {
		if (gone || Date.now() > deadline) {
			const detail = failureDetail();
			await stop();
			throw new Error(`${what} did not start (${gone ? `exit ${gone.code ?? gone.signal}` : notReady}):\n${detail}`);
		}
		await new Promise((resolve) => setTimeout(resolve, pollMs));
	}
	return { child, stop };
}

/** The last lines of a file, or '' when there is none. */
const tailOf = (file, lines = 10) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '');

module.exports = { startDaemon, tailOf };
