'use strict';
// Child processes with inherited or captured output, and readable failures.
const { spawn } = require('node:child_process');

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

module.exports = { run };
