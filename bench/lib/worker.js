'use strict';
// Starts one engine benchmark process (bench/engine/worker.ts) on the cached Node 24 and returns its
// RESULT. A fresh process per run keeps peak RSS per run and JIT state equal between contenders.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const { root } = require('../../harness/paths');

const outDir = path.join(root, 'bench', 'out');
let specCount = 0;

function runWorker(node24, spec, { timeoutMs = 180_000 } = {}) {
	fs.mkdirSync(outDir, { recursive: true });
	const specFile = path.join(outDir, `spec-${process.pid}-${++specCount}.json`);
	fs.writeFileSync(specFile, JSON.stringify(spec));
	const args = [
		'--expose-gc',
		'-r',
		path.join(root, 'bench', 'engine', 'sharedN8n.js'),
		'-r',
		require.resolve('ts-node/register/transpile-only', { paths: [root] }),
		path.join(root, 'bench', 'engine', 'worker.ts'),
		specFile,
	];
	return new Promise((resolve, reject) => {
		const child = spawn(node24.nodeBin, args, {
			cwd: root,
			env: { ...process.env, TS_NODE_PROJECT: path.join(root, 'tsconfig.json'), N8N_LOG_LEVEL: 'silent' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			fs.rmSync(specFile, { force: true });
			const line = stdout.split('\n').find((candidate) => candidate.startsWith('RESULT '));
			if (code === 0 && line) return resolve(JSON.parse(line.slice('RESULT '.length)));
			reject(new Error(`bench worker failed (${signal ?? `exit ${code}`}):\n${(stderr || stdout).split('\n').slice(-15).join('\n')}`));
		});
	});
}

module.exports = { runWorker };
