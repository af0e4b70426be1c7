'use strict';
// Child processes with inherited or captured output, and readable failures.
const { spawn } = require('node:child_process');

/** Children still running, so an interrupted start can end them too (an n8n CLI would linger). */
const running = new Set();

/**
 * Runs a command to completion. `capture` collects stdout/stderr instead of showing them.
 * Rejects with the command line and the tail of its output when it exits non-zero.
 */
function run(command, args, { cwd, env, capture = false, quiet = false } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd,
			env: env ?? process.env,
			stdio: capture || quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
		});
		running.add(child);
		child.on('exit', () => running.delete(child));
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (chunk) => (stdout += chunk));
		child.stderr?.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code, signal) => {
			if (code === 0) return resolve({ stdout, stderr });
			const tail = (stderr || stdout).split('\n').slice(-30).join('\n');
			reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})\n${tail}`));
		});
	});
}

/**
 * Our environment without the npm_config_* (and other npm_*) variables npm hands to the scripts it
 * runs: under `npm start` they carry the project's settings (`ignore-scripts=true`, its prefix) into
 * every nested npm command, which must instead be set on their own command lines.
 */
function withoutNpmSettings(env = process.env) {
	const clean = { ...env };
	for (const key of Object.keys(clean)) {
		if (/^npm_(config|lifecycle|package|command)_|^npm_execpath$|^npm_node_execpath$|^INIT_CWD$/i.test(key)) delete clean[key];
	}
	return clean;
}

/** Ends the commands `run` started that are still running (on Ctrl-C or a failure elsewhere). */
function stopRunning(signal = 'SIGTERM') {
	for (const child of running) child.kill(signal);
}

module.exports = { run, withoutNpmSettings, stopRunning };
