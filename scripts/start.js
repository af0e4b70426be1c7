'use strict';
/**
 * `npm start`: n8n with this package, the API sandboxes, credentials pointing at them and the
 * example workflows, on http://localhost:5678. The first start installs Node 24 (when needed) and
 * n8n into `.cache/` (minutes); later starts reuse everything.
 *
 *   npm start -- [--port 5678] [--data-dir .n8n-local] [--sandbox-base-port 4101] [--queue]
 *   env: N8N_PORT, ORDER_SYNC_DATA_DIR, SANDBOX_BASE_PORT, ORDER_SYNC_CACHE, ORDER_SYNC_OWNER_EMAIL/PASSWORD
 *
 * --queue: n8n's queue mode as production runs it (docs/production.md): PostgreSQL, Redis and nginx
 * from Debian's packages (installed with apt-get when missing), the main process on --port, two
 * `n8n webhook` processes behind nginx (routing each delivery by its repeat key) and two
 * `n8n worker` processes on the ports after it (12 in all; production webhooks at nginx, the last).
 * Its database is new on every start (data dir .n8n-local-queue unless --data-dir: logs, settings,
 * the login).
 */
const path = require('node:path');

const { ensureInstalled } = require('./prepare');
const { isPollingWorkflow, isWebhookWorkflow, readWorkflows } = require('../harness/n8n/examples');
const { startInstance } = require('../harness/n8n/instance');
const { startQueueInstance } = require('../harness/n8n/queueInstance');
const { log } = require('../harness/log');
const { root } = require('../harness/paths');
const { stopRunning } = require('../harness/run');
const { startSandboxes } = require('../harness/services/sandboxProcess');

function parseOptions(argv) {
	const options = {
		port: Number(process.env.N8N_PORT || 5678),
		dataDir: undefined,
		queue: false,
		sandboxBasePort: Number(process.env.SANDBOX_BASE_PORT ?? 4101),
		showN8nLog: process.env.ORDER_SYNC_SHOW_N8N_LOG === 'true',
	};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const value = () => inline ?? argv[++i];
		if (flag === '--port') options.port = Number(value());
		else if (flag === '--data-dir') options.dataDir = path.resolve(root, value());
		else if (flag === '--sandbox-base-port') options.sandboxBasePort = Number(value());
		else if (flag === '--show-n8n-log') options.showN8nLog = true;
		else if (flag === '--queue') options.queue = true;
		else if (flag === '--help') {
			process.stdout.write(`${require('node:fs').readFileSync(__filename, 'utf8').split('*/')[0]}*/\n`);
			process.exit(0);
		} else throw new Error(`Unknown option ${argv[i]} (try --help)`);
	}
	// Queue mode's database lives and dies with the run: keep its folder apart from the regular one.
	options.dataDir ??= path.resolve(root, process.env.ORDER_SYNC_DATA_DIR || (options.queue ? '.n8n-local-queue' : '.n8n-local'));
	if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65534) throw new Error('--port must be a port number');
	return options;
}

async function main() {
	const options = parseOptions(process.argv.slice(2));
	const started = Date.now();
	const cleanups = [];
	let stopping = false;
	const stopAll = async (reason) => {
		if (stopping) return;
		stopping = true;
		log(`Stopping (${reason})...`);
		stopRunning();
		for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => log(`while stopping: ${error.message}`));
		log('Stopped.');
	};
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.on(signal, () => void stopAll(signal).then(() => process.exit(0)));
	}

	try {
		await ensureInstalled();
		const sandboxes = await startSandboxes({ basePort: options.sandboxBasePort, seedDemo: true, echo: false });
		cleanups.push(() => sandboxes.stop());
		const workflows = readWorkflows();
		const startOptions = {
			userFolder: options.dataDir,
			port: options.port,
			services: sandboxes.services,
			workflows,
			// Polling examples too: published, they check the sandboxes every minute, as a user's would.
			activate: workflows.filter((workflow) => isWebhookWorkflow(workflow) || isPollingWorkflow(workflow)).map((workflow) => workflow.id),
			echoLog: options.showN8nLog,
		};
		const starting = options.queue ? startQueueInstance(startOptions) : startInstance(startOptions);
		cleanups.push(async () => {
			const instance = await starting.catch(() => undefined);
			await instance?.stop();
		});
		const instance = await starting;
		const seconds = ((Date.now() - started) / 1000).toFixed(0);
		const owner = instance.state.owner;
		const { keyCrm, aplaut, broniboy, botobot } = sandboxes.services;
		process.stdout.write(
			[
				'',
				`n8n with n8n-nodes-order-sync is ready (${seconds} s):`,
				`  open      ${instance.baseUrl}`,
				`  log in    ${owner.email} / ${owner.password}`,
				`  examples  ${workflows.map((workflow) => workflow.name).join('; ') || 'none'}`,
				...(options.queue
					? [
							`  mode      queue: main ${instance.baseUrl}, production webhooks at nginx ${instance.webhookBaseUrl}`,
							`            before the webhook processes ${instance.webhookProcessUrls.join(', ')} (routed by repeat key),`,
							`            ${instance.processes.length - instance.webhookProcessUrls.length} workers; PostgreSQL :${instance.postgres.port}, Redis :${instance.redis.port} (both removed on stop)`,
							`  data      ${options.dataDir} (logs: n8n.log, n8n-webhook-*.log, n8n-worker-*.log there)`,
						]
					: [`  data      ${options.dataDir} (n8n log: n8n.log there)`]),
				`  sandboxes KeyCRM ${keyCrm.baseUrl}, Aplaut ${aplaut.baseUrl}, Broniboy ${broniboy.baseUrl}, Botobot ${botobot.baseUrl}`,
				'            (each: GET /__sandbox/journal shows what it received; see docs/examples.md)',
				`  stop      Ctrl-C (stops n8n${options.queue ? ', its database, Redis, nginx' : ''} and the sandboxes)`,
				'',
			].join('\n'),
		);
		// Any of the processes ending on its own ends the whole topology.
		const exit = await Promise.race([instance.server, ...(instance.processes ?? []).map((proc) => proc.server)].map((server) => server.exited));
		if (!stopping) {
			log(`n8n exited on its own (${exit.signal ?? `exit ${exit.code}`}); see ${path.join(options.dataDir, 'n8n.log')}`);
			await stopAll('n8n exited');
			process.exit(1);
		}
	} catch (error) {
		log(`Start failed: ${error.message}`);
		await stopAll('failure');
		process.exit(1);
	}
}

main();
