'use strict';
/**
 * `npm run bench`: our nodes against n8n's HTTP Request and Webhook nodes and against the services'
 * rate limits, every figure a ratio measured side by side in this run. Rewrites bench/RESULTS.md.
 *
 *   npm run bench                     full run (~10-15 min), writes bench/RESULTS.md
 *   npm run bench -- --quick          small sizes for development, writes bench/out/RESULTS.quick.md
 *   npm run bench -- --only=overhead  some sections (atLimit, overhead, returnAll, triggers, memory, burst)
 *   npm run bench -- --only=burst --burst-modes=regular   some of section 6's modes (regular, queue-2, queue-4)
 *
 * Not part of `npm test`: these are measurements, not checks. Loopback (127.0.0.1) only.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { log } = require('../harness/log');
const { ensureNode24 } = require('../harness/install/node24');
const { ensureN8n } = require('../harness/install/n8nInstall');
const { packPackage } = require('../harness/install/packageInstall');
const { root, N8N_VERSION } = require('../harness/paths');
const { run } = require('../harness/run');
const { cleanupAll, cleanUpOnSignals, onCleanup } = require('../harness/runner/cleanup');
const { availableOperations } = require('./lib/available');
const { findings, pendingWork } = require('./lib/findings');
const { describeMachine } = require('./lib/machine');
const { render } = require('./lib/report');
const { startBenchSandboxes } = require('./lib/sandboxes');
const { runAtLimit } = require('./sections/atLimit');
const { runBurst } = require('./sections/burst');
const { runMemory } = require('./sections/memory');
const { runOverhead } = require('./sections/overhead');
const { runReturnAll } = require('./sections/returnAll');
const { runTriggers } = require('./sections/triggers');

const FULL = {
	atLimit: { limit: 30, windowMs: 5000, repetitions: 3 },
	overhead: { count: 2000, repetitions: 3, parallel: 20, diagnosticParallel: 100, warmup: 100 },
	returnAll: [
		{ service: 'keyCrm', records: [1, 50, 120, 1000] },
		{ service: 'broniboy', records: [1, 100, 250, 1000] },
		{ service: 'aplaut', records: [1, 100, 250] },
	],
	triggers: { amount: 400, connections: 8, repetitions: 3, controlRepetitions: 2, maxSeconds: 12, warmup: 50 },
	memory: { count: 10000, repetitions: 2, parallel: 20 },
	burst: { count: 100, limit: 20, windowMs: 10000 },
};

const QUICK = {
	atLimit: { limit: 10, windowMs: 2000, repetitions: 1 },
	overhead: { count: 200, repetitions: 1, parallel: 20, diagnosticParallel: 100, warmup: 20 },
	returnAll: [
		{ service: 'keyCrm', records: [120] },
		{ service: 'broniboy', records: [200] },
		{ service: 'aplaut', records: [150] },
	],
	triggers: { amount: 100, connections: 5, repetitions: 1, controlRepetitions: 1, maxSeconds: 8, warmup: 10 },
	memory: { count: 500, repetitions: 1, parallel: 20 },
	burst: { count: 20, limit: 10, windowMs: 5000 },
};

const SECTIONS = { atLimit: runAtLimit, overhead: runOverhead, returnAll: runReturnAll, triggers: runTriggers, memory: runMemory, burst: runBurst };

function parseArgs(argv) {
	const quick = argv.includes('--quick');
	const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
	for (const name of only ?? []) if (!SECTIONS[name]) throw new Error(`Unknown section "${name}" (${Object.keys(SECTIONS).join(', ')})`);
	const burstModes = argv.find((arg) => arg.startsWith('--burst-modes='))?.slice('--burst-modes='.length).split(',');
	return { quick, only, burstModes };
}

async function main() {
	const { quick, only, burstModes } = parseArgs(process.argv.slice(2));
	const startedAt = new Date();
	const node24 = await ensureNode24();
	await ensureN8n(node24);
	// dist/ is what the engine runs load; the packed copy is what n8n installs (cached by source hash).
	log('Building the package');
	await run('npm', ['run', 'build', '--silent'], { cwd: root, quiet: true });
	await packPackage();
	const { stdout: node24Version } = await run(node24.nodeBin, ['--version'], { capture: true });
	const machine = describeMachine(node24Version.trim());
	const available = availableOperations();
	const base = quick ? QUICK : FULL;
	const config = { ...base, burst: { ...base.burst, modes: burstModes }, n8nVersion: N8N_VERSION };
	log(`Benchmarks (${quick ? 'quick' : 'full'}) on ${machine.cores} cores, load ${machine.loadAverage}`);

	cleanUpOnSignals();
	const sandboxes = await startBenchSandboxes();
	onCleanup(() => sandboxes.stop());
	const sections = [];
	try {
		for (const [name, section] of Object.entries(SECTIONS)) {
			if (only && !only.includes(name)) continue;
			log(`Section ${name}`);
			sections.push({ name, ...(await section({ node24, sandboxes, config, available, log })) });
		}
	} finally {
		await cleanupAll();
	}

	const seconds = (Date.now() - startedAt.getTime()) / 1000;
	const markdown = render({
		machine,
		startedAt,
		seconds,
		sections,
		notes: findings(sections, config),
		pending: pendingWork(available),
		loadAtEnd: os.loadavg().map((value) => value.toFixed(1)).join(', '),
	});
	const target = quick || only || burstModes ? path.join(root, 'bench', 'out', 'RESULTS.partial.md') : path.join(root, 'bench', 'RESULTS.md');
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.writeFileSync(target, markdown);
	log(`Done in ${Math.round(seconds)} s: ${path.relative(root, target)}`);
}

main().catch(async (error) => {
	log(`Benchmarks failed: ${error.stack ?? error.message}`);
	await cleanupAll();
	process.exit(1);
});
