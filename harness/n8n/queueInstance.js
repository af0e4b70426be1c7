'use strict';
// n8n in queue mode, as production runs it: PostgreSQL and Redis of our own, a main process (editor,
// API), one `n8n webhook` process receiving the production webhooks and `n8n worker` processes
// running the executions — all sharing one database, one Redis, one encryption key and one user
// folder with our package installed as Community Nodes would.
const fs = require('node:fs');
const path = require('node:path');

const { forgetDatabaseState, startInstance } = require('./instance');
const { log } = require('../log');
const { startN8n, waitUntilReady } = require('./n8nProcess');
const { assertPortsFree, freeStablePortRange } = require('../services/ports');
const { startPostgres } = require('../services/postgres');
const { startRedis } = require('../services/redis');

const WORKER_CONCURRENCY = 10;

/**
 * How many consecutive ports a queue instance takes from its `port`: main (and its task broker, and
 * one for `n8n execute`), the webhook process (and broker), each worker's health check (and broker).
 */
const portSpan = (workers) => 3 + 2 + 2 * workers;

/** Ports of each process, laid out from the main port. */
function portPlan(port, workers) {
	return {
		main: port,
		webhook: port + 3,
		workers: Array.from({ length: workers }, (_, index) => port + 5 + 2 * index),
	};
}

/** A server process of the topology: how to start it, where it logs, how to see it is ready. */
function processSpec(role, ports, index, name = `worker-${index + 1}`) {
	if (role === 'webhook') {
		return {
			name: 'webhook',
			command: ['webhook'],
			env: { N8N_PORT: String(ports.webhook), N8N_RUNNERS_BROKER_PORT: String(ports.webhook + 1) },
			readyUrl: `http://localhost:${ports.webhook}`,
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
 * (`api`, `baseUrl`, `env`, ...) plus `webhookBaseUrl`, `processes` (webhook and workers: `name`,
 * `logFile`), `restart(name)`, `addWorkers(count)`, `stopWorker(name)`, `executionsByWorker()` and `stop()`.
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
		const webhookBaseUrl = `http://localhost:${ports.webhook}`;
		const queueEnv = {
			EXECUTIONS_MODE: 'queue',
			...postgres.env,
			...redis.env,
			// Production URLs point at the webhook process; the main process serves only test webhooks.
			N8N_WEBHOOK_URL: `${webhookBaseUrl}/`,
			N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			QUEUE_HEALTH_CHECK_ACTIVE: 'false',
		};
		fs.mkdirSync(userFolder, { recursive: true });
		// The database is new on every start: import and publish again.
		forgetDatabaseState(userFolder);
		log(`Starting n8n in queue mode: main, webhook process and ${workers} workers`);
		const main = await startInstance({ userFolder, port, services, workflows, activate, echoLog, extraEnv: queueEnv });
		cleanups.push(() => main.server.stop());

		const specs = [processSpec('webhook', ports), ...ports.workers.map((_, index) => processSpec('worker', ports, index))];
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
		for (const proc of processes) cleanups.push(async () => proc.server?.stop());
		await Promise.all(processes.map(launch));
		log(`Queue mode ready: webhooks at ${webhookBaseUrl}, workers ${processes.filter((p) => p.name.startsWith('worker')).map((p) => p.readyUrl).join(', ')}`);

		return {
			...main,
			mode: 'queue',
			webhookBaseUrl,
			processes,
			postgres,
			redis,
			/** Stops one process (`webhook`, `worker-1`, ...) and starts it again with the same settings. */
			async restart(name) {
				const proc = processes.find((candidate) => candidate.name === name);
				if (!proc) throw new Error(`No process ${name}`);
				await proc.server.stop();
				await launch(proc);
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

module.exports = { startQueueInstance, portSpan, WORKER_CONCURRENCY };
