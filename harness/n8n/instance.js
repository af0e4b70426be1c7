'use strict';
// One n8n instance with our package, used by `npm start` and the end-to-end tests: install what is
// missing, put the package in place, import credentials and workflows, start, log in.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { sandboxCredentials, shippedCredentialTypes } = require('./credentials');
const { log } = require('../log');
const { N8nApi } = require('./n8nApi');
const { ensureN8n } = require('../install/n8nInstall');
const { n8nCli, n8nEnv, startN8n, waitUntilReady } = require('./n8nProcess');
const { ensureNode24 } = require('../install/node24');
const { loadedNodeTypes, missingOperations } = require('./nodeTypes');
const { installPackage, packPackage } = require('../install/packageInstall');
const { assertPortsFree } = require('../services/ports');

const DEFAULT_OWNER = {
	email: process.env.ORDER_SYNC_OWNER_EMAIL || 'owner@example.com',
	password: process.env.ORDER_SYNC_OWNER_PASSWORD || 'OrderSync-2026',
	firstName: 'Shop',
	lastName: 'Owner',
};

const digest = (value) => crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** What we remember about an instance folder between starts (never committed: it is data). */
function loadState(userFolder) {
	const file = path.join(userFolder, 'order-sync-state.json');
	const state = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
	state.encryptionKey ??= crypto.randomBytes(24).toString('hex');
	state.owner ??= DEFAULT_OWNER;
	const save = () => fs.writeFileSync(file, `${JSON.stringify(state, null, '\t')}\n`, { mode: 0o600 });
	save();
	return { state, save };
}

/**
 * Forgets what was imported into the instance's database (for a database that starts empty, as the
 * throwaway PostgreSQL of queue mode does); keeps the encryption key and the owner's login.
 */
function forgetDatabaseState(userFolder) {
	const { state, save } = loadState(userFolder);
	for (const key of ['credentialsDigest', 'workflowsDigest', 'activated', 'apiKey']) delete state[key];
	save();
}

/** n8n's CLI logs its own failures and may still exit 0: trust only its success line. */
async function importWith(cli, kind, file) {
	const { stdout, stderr } = await cli([`import:${kind}`, `--input=${file}`]);
	const output = `${stdout}\n${stderr}`;
	if (!/Successfully imported/.test(output) || /Skipped workflow/.test(output)) {
		throw new Error(`n8n import:${kind} failed:\n${output.split('\n').slice(-20).join('\n')}`);
	}
}

/**
 * Activates (publishes) the webhook workflows once each: importing deactivates workflows, so after an
 * import all of them again. One needing a node or operation this build lacks waits for a later start.
 */
async function activateWorkflows(api, workflows, activate, state, save) {
	state.activated ??= [];
	const pending = workflows.filter((workflow) => activate.includes(workflow.id) && !state.activated.includes(workflow.id));
	if (pending.length === 0) return;
	const nodeTypes = await loadedNodeTypes(api);
	for (const workflow of pending) {
		const missing = missingOperations(workflow, nodeTypes);
		if (missing.length > 0) {
			log(`Not activating "${workflow.name}" yet: n8n has no ${missing.join(', ')}`);
			continue;
		}
		await api.publicApi('POST', `/workflows/${workflow.id}/activate`);
		state.activated.push(workflow.id);
	}
	save();
}

/**
 * Everything up to a started, logged-in n8n. `workflows` is a list of workflow objects to import
 * (when they differ from the last import into this folder); `activate` lists the ids of
 * workflows to publish (once; again after a re-import). `extraEnv` is added to n8n's environment
 * (queue mode: its database and Redis). Returns `{ api, server, baseUrl, env, node24, ..., stop }`.
 */
async function startInstance({ userFolder, port, services, workflows = [], activate = [], echoLog = false, extraEnv = {} }) {
	const node24 = await ensureNode24();
	const { n8nBin } = await ensureN8n(node24);
	const tarball = await packPackage();
	fs.mkdirSync(userFolder, { recursive: true });
	const packageDir = await installPackage(userFolder, tarball);
	const { state, save } = loadState(userFolder);
	const env = { ...n8nEnv({ node24, userFolder, port, encryptionKey: state.encryptionKey }), ...extraEnv };
	const cli = (args) => n8nCli(node24, env, args);
	const scratch = fs.mkdtempSync(path.join(env.TMPDIR, 'import-'));

	const credentials = sandboxCredentials(services, shippedCredentialTypes(packageDir));
	if (state.credentialsDigest !== digest(credentials)) {
		log(`Importing ${credentials.length} credentials pointing at the sandboxes`);
		fs.writeFileSync(path.join(scratch, 'credentials.json'), JSON.stringify(credentials));
		await importWith(cli, 'credentials', path.join(scratch, 'credentials.json'));
		state.credentialsDigest = digest(credentials);
		save();
	}
	if (workflows.length > 0 && state.workflowsDigest !== digest(workflows)) {
		log(`Importing ${workflows.length} example workflows`);
		fs.writeFileSync(path.join(scratch, 'workflows.json'), JSON.stringify(workflows));
		await importWith(cli, 'workflow', path.join(scratch, 'workflows.json'));
		state.workflowsDigest = digest(workflows);
		state.activated = [];
		save();
	}
	fs.rmSync(scratch, { recursive: true, force: true });

	await assertPortsFree([port, port + 1], 'Choose another with --port (n8n also takes the port after it).');
	log(`Starting n8n on http://localhost:${port} (log: ${path.join(userFolder, 'n8n.log')})`);
	const server = startN8n(node24, env, { logFile: path.join(userFolder, 'n8n.log'), echo: echoLog });
	const baseUrl = `http://localhost:${port}`;
	try {
		await waitUntilReady(baseUrl, server);
		const api = new N8nApi(baseUrl);
		if (await api.setupOwner(state.owner)) log(`Created the owner account ${state.owner.email}`);
		await api.login(state.owner);
		api.apiKey = state.apiKey;
		if (!state.apiKey || !(await api.apiKeyWorks())) {
			if (state.apiKey) log('The saved public-API key is no longer accepted: creating a new one');
			state.apiKey = await api.createApiKey(`order-sync scripts ${new Date().toISOString()}`);
			save();
		}
		await activateWorkflows(api, workflows, activate, state, save);
		return { api, server, baseUrl, env, node24, n8nBin, state, packageDir, cli, stop: () => server.stop() };
	} catch (error) {
		await server.stop();
		throw error;
	}
}

module.exports = { startInstance, forgetDatabaseState };
