'use strict';
// n8n in queue mode, as production runs it (docs/production.md): PostgreSQL and Redis of our own, a
// main process (editor, API), two `n8n webhook` processes receiving the production webhooks behind
// nginx (each delivery routed by its repeat key) and `n8n worker` processes running the executions —
// all sharing one database, one Redis, one encryption key and one user folder with our package
// installed as Community Nodes would.
const fs = require('node:fs');
const path = require('node:path');

const { forgetDatabaseState, startInstance } = require('./instance');
const { log } = require('../log');
const { startN8n, waitUntilReady } = require('./n8nProcess');
const { startNginx } = require('../services/nginx');
const { assertPortsFree, freeStablePortRange } = require('../services/ports');
const { startPostgres } = require('../services/postgres');
const { startRedis } = require('../services/redis');

const WORKER_CONCURRENCY = 10;
/** Two, so that the suite tests what one process cannot show: copies of a delivery at two doors. */
const WEBHOOK_PROCESSES = 2;

/**
 * How many consecutive ports a queue instance takes from its `port`: main (and its task broker, and
 * one for `n8n execute`), each webhook process (and broker), each worker's health check (and
 * broker), and nginx in front of the webhook processes.
 */
const portSpan = (workers, webhooks = WEBHOOK_PROCESSES) => 3 + 2 * webhooks + 2 * workers + 1;

/** Ports of each process, laid out from the main port. */
function portPlan(port, workers, webhooks = WEBHOOK_PROCESSES) {
	const firstWorker = port + 3 + 2 * webhooks;
	return {
		main: port,
		webhooks: Array.from({ length: webhooks }, (_, index) => port + 3 + 2 * index),
		workers: Array.from({ length: workers }, (_, index) => firstWorker + 2 * index),
		nginx: firstWorker + 2 * workers,
	};
}

/** A server process of the topology: how to start it, where it logs, how to see it is ready. */
function processSpec(role, ports, index, name = `worker-${index + 1}`) {
	if (role === 'webhook') {
		const port = ports.webhooks[index];
		return {
			name: `webhook-${index + 1}`,
			command: ['webhook'],
			env: { N8N_PORT: String(port), N8N_RUNNERS_BROKER_PORT: String(port + 1) },
			readyUrl: `http://localhost:${port}`,
			upstream: `127.0.0.1:${port}`,
		};
	}
	const health = ports.workers[index];
	return {
		name,
		command: ['worker', `--concurrency=${WORKER_CONCURRENCY}`],
		env: {
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			QUEUE_HEALTH_CHECK_PORT: String(health),
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			N8N_RUNNERS_BROKER_PORT: String(health + 1),
		},
		readyUrl: `http://127.0.0.1:${health}`,
	};
}

/**
 * Starts the whole topology. Same options as startInstance (`port` is the main process's; the
 * following `portSpan(workers) - 1` ports are taken too). Resolves with the main instance's fields
 * (`api`, `baseUrl`, `env`, ...) plus `webhookBaseUrl` (nginx, where production webhooks go),
 * `webhookProcessUrls` (each webhook process directly, bypassing nginx), `nginx` (`routes()`: which
 * process took each request), `processes` (webhook processes and workers: `name`, `logFile`),
 * `restart(name)`, `restartWebhookProcesses()`, `executionsByWorker()`,
 * `webhookProcessOf(upstream)`, `addWorkers(count)`, `stopWorker(name)` and `stop()`.
 */
async function startQueueInstance({ userFolder, port, services, workflows = [], activate = [], echoLog = false, workers = 2 }) {
	const ports = portPlan(port, workers);
	await assertPortsFree(
		Array.from({ length: portSpan(workers) }, (_, offset) => port + offset),
		`Queue mode takes ${portSpan(workers)} ports from the main one: choose another with --port.`,
	);
	const cleanups = [];
	const stop = async () => {
		for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => log(`while stopping: ${error.message}`));
		cleanups.length = 0;
	};
	try {
		const postgres = await startPostgres();
		cleanups.push(() => postgres.stop());
		const redis = await startRedis();
		cleanups.push(() => redis.stop());
		const webhookBaseUrl = `http://localhost:${ports.nginx}`;
		const queueEnv = {
			EXECUTIONS_MODE: 'queue',
			...postgres.env,
			...redis.env,
			// Production URLs point at nginx before the webhook processes; the main process serves only test webhooks.
			N8N_WEBHOOK_URL: `${webhookBaseUrl}/`,
			N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			QUEUE_HEALTH_CHECK_ACTIVE: 'false',
		};
		fs.mkdirSync(userFolder, { recursive: true });
		// The database is new on every start: import and publish again.
		forgetDatabaseState(userFolder);
		log(`Starting n8n in queue mode: main, ${WEBHOOK_PROCESSES} webhook processes behind nginx and ${workers} workers`);
		const main = await startInstance({ userFolder, port, services, workflows, activate, echoLog, extraEnv: queueEnv });
		cleanups.push(() => main.server.stop());

		const specs = [
			...ports.webhooks.map((_, index) => processSpec('webhook', ports, index)),
			...ports.workers.map((_, index) => processSpec('worker', ports, index)),
		];
		const processes = specs.map((spec) => ({ ...spec, logFile: path.join(userFolder, `n8n-${spec.name}.log`), server: undefined }));
		const launch = async (proc) => {
			proc.server = startN8n(main.node24, { ...main.env, ...proc.env }, { logFile: proc.logFile, command: proc.command });
			try {
				await waitUntilReady(proc.readyUrl, proc.server);
			} catch (error) {
				const tail = fs.readFileSync(proc.logFile, 'utf8').trim().split('\n').slice(-8).join('\n');
				throw new Error(`n8n ${proc.name}: ${error.message}; its log (${proc.logFile}) ends:\n${tail}`);
			}
		};
		// Stopped in reverse: nginx, then the webhook processes (which wait for the executions they
		// queued), then the workers that finish those executions.
		for (const proc of [...processes].reverse()) cleanups.push(async () => proc.server?.stop());
		await Promise.all(processes.map(launch));
		const webhookProcesses = processes.filter((proc) => proc.name.startsWith('webhook'));
		const nginx = await startNginx({ port: ports.nginx, upstreams: webhookProcesses.map((proc) => proc.upstream) });
		cleanups.push(() => nginx.stop());
		log(
			`Queue mode ready: webhooks at ${webhookBaseUrl} (nginx before ${webhookProcesses.map((p) => p.readyUrl).join(', ')}), workers ${processes.filter((p) => p.name.startsWith('worker')).map((p) => p.readyUrl).join(', ')}`,
		);

		return {
			...main,
			mode: 'queue',
			webhookBaseUrl,
			webhookProcessUrls: webhookProcesses.map((proc) => proc.readyUrl),
			nginx,
			processes,
			postgres,
			redis,
			/** Stops one process (`webhook-1`, `worker-1`, ...) and starts it again with the same settings. */
			async restart(name) {
				const proc = processes.find((candidate) => candidate.name === name);
				if (!proc) throw new Error(`No process ${name}`);
				await proc.server.stop();
				await launch(proc);
			},
			/** Every webhook process stopped and started again: their in-memory state is gone. */
			async restartWebhookProcesses() {
				await Promise.all(webhookProcesses.map((proc) => proc.server.stop()));
				await Promise.all(webhookProcesses.map(launch));
			},
			/** The webhook process (`webhook-1`, ...) behind an nginx upstream address (`127.0.0.1:<port>`). */
			webhookProcessOf(upstream) {
				return webhookProcesses.find((proc) => proc.upstream === upstream)?.name;
			},
			/**
			 * Starts `count` more workers on the same database and Redis (ports of their own, found
			 * free now): a check that needs more workers than the suite's instance has adds them.
			 * Resolves with their names; stopWorker(name) stops one before the end.
			 */
			async addWorkers(count) {
				const base = await freeStablePortRange(2 * count);
				const first = processes.filter((candidate) => candidate.name.startsWith('worker')).length;
				const ports = { workers: Array.from({ length: count }, (_, index) => base + 2 * index) };
				const added = ports.workers.map((_, index) => {
					const spec = processSpec('worker', ports, index, `worker-${first + index + 1}`);
					return { ...spec, logFile: path.join(userFolder, `n8n-${spec.name}.log`), server: undefined };
				});
				processes.push(...added);
				for (const proc of added) cleanups.push(async () => proc.server?.stop());
				await Promise.all(added.map(launch));
				return added.map((proc) => proc.name);
			},
			async stopWorker(name) {
				const proc = processes.find((candidate) => candidate.name === name);
				await proc?.server?.stop();
				if (proc) proc.server = undefined;
			},
			/** Execution id → the worker that ran it, from the workers' own log lines. */
			executionsByWorker() {
				const byExecution = new Map();
				for (const proc of processes.filter((candidate) => candidate.name.startsWith('worker'))) {
					const text = fs.existsSync(proc.logFile) ? fs.readFileSync(proc.logFile, 'utf8') : '';
					for (const match of text.matchAll(/Worker finished execution (\d+)/g)) byExecution.set(match[1], proc.name);
				}
				return byExecution;
			},
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

module.exports = { startQueueInstance, portSpan, WORKER_CONCURRENCY, WEBHOOK_PROCESSES };
