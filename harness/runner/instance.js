'use strict';
// n8n for a run of a suite or a benchmark, in either mode with the same options: a folder of its
// own, free ports, stopped on the way out (also when the start fails half-way), one restart for both.
const fs = require('node:fs');
const path = require('node:path');

const { startInstance } = require('../n8n/instance');
const { portSpan, startQueueInstance } = require('../n8n/queueInstance');
const { cacheDir } = require('../paths');
const { freePortRange, freeStablePortRange } = require('../services/ports');
const { onCleanup } = require('./cleanup');

/** An empty `<cache>/<kind>-<pid>`: two runs may share a cache (CI and a developer on one machine). */
function runFolder(kind) {
	const folder = path.join(cacheDir, `${kind}-${process.pid}`);
	fs.rmSync(folder, { recursive: true, force: true });
	return folder;
}

/**
 * Regular mode: n8n takes the port and the next; `n8n execute` puts its own task broker on the one
 * after. Queue mode: every process's ports, below the ephemeral range (queueInstance.js).
 */
const freePortsFor = (mode, workers) => (mode === 'queue' ? freeStablePortRange(portSpan(workers)) : freePortRange(3));

/**
 * Starts n8n with the package: startInstance's options plus `mode` ('regular' | 'queue') and
 * `workers`; `port` is chosen when not given. Resolves with the instance (queue mode: the main
 * process's fields and more, see queueInstance.js), which also has `stop()` and
 * `restartWebhookReceiver()`: a restart of the process that receives the production webhooks, so
 * its in-memory state is gone — n8n itself in regular mode (the same folder: its database and the
 * workflows' static data), every webhook process in queue mode. The instance object stays the same.
 */
async function startN8nInstance({ mode = 'regular', workers = 2, port, ...options }) {
	const queue = mode === 'queue';
	const chosenPort = port ?? (await freePortsFor(mode, workers));
	const start = () => (queue ? startQueueInstance({ ...options, port: chosenPort, workers }) : startInstance({ ...options, port: chosenPort }));
	let starting = start();
	onCleanup(async () => (await starting.catch(() => undefined))?.stop());
	const instance = await starting;
	instance.restartWebhookReceiver = queue
		? () => instance.restartWebhookProcesses()
		: async () => {
				await instance.stop();
				starting = start();
				Object.assign(instance, await starting);
			};
	return instance;
}

module.exports = { runFolder, startN8nInstance };
