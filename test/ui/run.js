'use strict';
/**
 * The editor experience in a real browser (`npm run test:ui`): the same n8n + package + sandboxes
 * + credentials + example workflows as `npm start`, on ports and a data folder of its own, driven
 * through Debian's Chromium with playwright-core. Screenshots of every step: test-results/ui/.
 *
 * Env: UI_N8N_PORT (5690 when free), UI_SANDBOX_BASE_PORT (4201 when free), UI_KEEP=true keeps the data folder,
 * UI_TIME_LIMIT_MINUTES (20) stops a hung run,
 * UI_ONLY=<word> runs only the steps whose name contains it (the start is always run),
 * UI_UPDATE_DOCS=true copies the curated screenshots into docs/images/ after a green run.
 */
const fs = require('node:fs');
const path = require('node:path');

const { readWorkflows, isWebhookWorkflow } = require('../../harness/n8n/examples');
const { startInstance } = require('../../harness/n8n/instance');
const { log } = require('../../harness/log');
const { loadedNodeTypes } = require('../../harness/n8n/nodeTypes');
const { packageName } = require('../../harness/install/packageInstall');
const { cacheDir, N8N_VERSION } = require('../../harness/paths');
const { freePortRange, isFree } = require('../../harness/services/ports');
const { startSandboxes } = require('../../harness/services/sandboxProcess');
const { Steps } = require('../../harness/runner/expect');
const { ensureChromium, launchChromium } = require('./chromium');
const { updateDocsImages } = require('./docsImages');
const { Editor, screenshotDir } = require('./editor');
const { uiSteps } = require('./steps');

// The whole suite takes ~4 minutes (~6 when n8n's first start is slow); a hang must not eat CI's hour.
const SUITE_LIMIT_MS = Number(process.env.UI_TIME_LIMIT_MINUTES || 20) * 60000;
const PREFERRED = { n8n: 5690, sandboxes: 4201 };

async function packageTypes(api) {
	// n8n adds a "<name>Tool" variant of every usableAsTool node for AI agents; those live in the
	// agent's tool panel, not in the node panel.
	const allNodeTypes = await loadedNodeTypes(api);
	const loaded = allNodeTypes.filter((type) => type.name.startsWith(`${packageName}.`));
	const names = new Set(loaded.map((type) => type.name));
	const nodeTypes = loaded.filter((type) => !(type.name.endsWith('Tool') && names.has(type.name.slice(0, -4))));
	const { body: credentialTypes } = await api.request('GET', '/types/credentials.json');
	const ours = new Set(nodeTypes.flatMap((type) => (type.credentials ?? []).map((credential) => credential.name)));
	return { allNodeTypes, nodeTypes, credentialTypes: credentialTypes.filter((type) => ours.has(type.name)) };
}

/**
 * The ports asked for, else the usual ones (they keep the screenshots alike from run to run) when
 * free, else any free ones: another n8n on the machine must not make the suite fail.
 */
async function choosePorts() {
	const allFree = async (first, count) => (await Promise.all([...Array(count).keys()].map((i) => isFree(first + i)))).every(Boolean);
	const n8n = process.env.UI_N8N_PORT
		? Number(process.env.UI_N8N_PORT)
		: (await allFree(PREFERRED.n8n, 2)) ? PREFERRED.n8n : await freePortRange(2);
	const sandboxes = process.env.UI_SANDBOX_BASE_PORT
		? Number(process.env.UI_SANDBOX_BASE_PORT)
		: (await allFree(PREFERRED.sandboxes, 4)) ? PREFERRED.sandboxes : 0;
	return { n8n, sandboxes };
}

function printSummary(steps, seconds) {
	const lines = [
		'',
		'════════ editor (browser) summary ════════',
		`checks: ${steps.results.filter((r) => r.ok && !r.skipped).length} passed, ${steps.failed.length} failed, ` +
			`${steps.results.filter((r) => r.skipped).length} skipped (${seconds} s); screenshots in ${path.relative(process.cwd(), screenshotDir)}/`,
		...steps.results.map((r) => `  ${r.skipped ? '-' : r.ok ? '✔' : '✘'} ${r.name}${r.skipped ? ` — skipped: ${r.skipped}` : ''}`),
	];
	process.stdout.write(`${lines.join('\n')}\n`);
}

async function main() {
	const started = Date.now();
	const steps = new Steps();
	const cleanups = [];
	const cleanup = async () => {
		for (const step of cleanups.reverse()) await step().catch((error) => log(`cleanup: ${error.message}`));
		cleanups.length = 0;
	};
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void cleanup().then(() => process.exit(130)));
	const watchdog = setTimeout(() => {
		log(`The browser suite ran longer than ${SUITE_LIMIT_MS / 60000} minutes: stopping everything`);
		void cleanup().then(() => process.exit(1));
	}, SUITE_LIMIT_MS);
	watchdog.unref();

	// One folder per run: CI may share the cache folder between checkouts.
	const userFolder = path.join(cacheDir, `ui-n8n-${process.pid}`);
	try {
		fs.rmSync(userFolder, { recursive: true, force: true });
		fs.rmSync(screenshotDir, { recursive: true, force: true });
		// Before n8n: a missing browser fails in seconds, not after the long start.
		await ensureChromium();
		const ports = await choosePorts();
		const sandboxes = await startSandboxes({ basePort: ports.sandboxes, seedDemo: true, echo: false });
		cleanups.push(() => sandboxes.stop());
		const workflows = readWorkflows();
		let instance;
		await steps.run(
			`start n8n ${N8N_VERSION} as npm start does (package, sandboxes, credentials, ${workflows.length} examples) on port ${ports.n8n}`,
			async () => {
				instance = await startInstance({
					userFolder,
					port: ports.n8n,
					services: sandboxes.services,
					workflows,
					activate: workflows.filter(isWebhookWorkflow).map((workflow) => workflow.id),
				});
				cleanups.push(() => instance.server.stop());
			},
			{ required: true },
		);
		const browser = await launchChromium();
		cleanups.push(() => browser.close());
		const page = await browser.context.newPage();
		const editor = new Editor(page, instance.baseUrl);
		await editor.signIn(instance.state.owner);
		const context = {
			editor,
			api: instance.api,
			baseUrl: instance.baseUrl,
			services: sandboxes.services,
			workflows,
			...(await packageTypes(instance.api)),
		};
		const only = process.env.UI_ONLY;
		for (const step of uiSteps(context)) {
			if (only && !step.name.includes(only)) continue;
			if (step.skip) steps.skip(step.name, step.skip);
			else {
				const ok = await steps.run(step.name, () => step.run(context));
				if (!ok) await editor.screenshot(`failed-${steps.results.length}`).catch(() => undefined);
			}
		}
	} catch (error) {
		if (!/^Required step failed/.test(error.message)) steps.results.push({ name: 'ui runner', ok: false, error: error.message });
		log(error.stack ?? error.message);
	} finally {
		await cleanup();
		if (process.env.UI_KEEP !== 'true') fs.rmSync(userFolder, { recursive: true, force: true });
	}
	printSummary(steps, Math.round((Date.now() - started) / 1000));
	if (process.env.UI_UPDATE_DOCS === 'true' && steps.failed.length === 0) updateDocsImages();
	process.exit(steps.failed.length === 0 ? 0 : 1);
}

main();
