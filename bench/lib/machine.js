'use strict';
// What the figures were measured on: printed with the results, since they depend on it.
const os = require('node:os');
const { execFileSync } = require('node:child_process');

const { root, N8N_VERSION } = require('../../harness/paths');

function gitCommit() {
	try {
		const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
		const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
		return dirty ? `${commit} (with uncommitted changes)` : commit;
	} catch {
		return 'unknown';
	}
}

function describeMachine(node24Version) {
	const cpus = os.cpus();
	return {
		cores: cpus.length,
		cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
		memoryGb: (os.totalmem() / 2 ** 30).toFixed(1),
		loadAverage: os.loadavg().map((value) => value.toFixed(1)).join(', '),
		platform: `${os.type()} ${os.release()} ${os.arch()}`,
		orchestratorNode: process.version,
		engineNode: node24Version,
		n8nVersion: N8N_VERSION,
		packageVersion: require('../../package.json').version,
		commit: gitCommit(),
		autocannon: require('autocannon/package.json').version,
	};
}

module.exports = { describeMachine };
