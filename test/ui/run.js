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

const { packageName } = require('../../harness/install/packageInstall');
const { readWorkflows } = require('../../harness/n8n/examples');
const { onCleanup } = require('../../harness/runner/cleanup');
const { runSuite } = require('../../harness/runner/suite');
const { freePortRange, isFree } = require('../../harness/services/ports');
const { ensureChromium, launchChromium } = require('./chromium');
const { updateDocsImages } = require('./docsImages');
const { Editor, screenshotDir } = require('./editor');
const { uiSteps } = require('./steps');

// The whole suite takes ~4 minutes (~6 when n8n's first start is slow); a hang must not eat CI's hour.
const SUITE_LIMIT_MS = Number(process.env.UI_TIME_LIMIT_MINUTES || 20) * 60000;
const PREFERRED = { n8n: 5690, sandboxes: 4201 };

async function packageTypes(api, allNodeTypes) {
	// n8n adds a "<name>Tool" variant of every usableAsTool node for AI agents; those live in the
	// agent's tool panel, not in the node panel.
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

/** The browser, signed in as the owner; the checks' node types are the package's own. */
async function browserContext({ api, baseUrl, instance, nodeTypes }) {
	const browser = await launchChromium();
	onCleanup(() => browser.close());
	const editor = new Editor(await browser.context.newPage(), baseUrl);
	await editor.signIn(instance.state.owner);
	return { editor, ...(await packageTypes(api, nodeTypes)) };
}

runSuite({
	name: 'ui',
	title: 'editor (browser)',
	folder: 'ui-n8n',
	keepEnv: 'UI_KEEP',
	timeLimit: { ms: SUITE_LIMIT_MS, what: 'The browser suite' },
	// Before n8n: a missing browser fails in seconds, not after the long start.
	prepare: async () => {
		fs.rmSync(screenshotDir, { recursive: true, force: true });
		await ensureChromium();
	},
	ports: choosePorts,
	seedDemo: true,
	workflows: () => readWorkflows(),
	startName: ({ version, workflows, port }) => `start n8n ${version} as npm start does (package, sandboxes, credentials, ${workflows.length} examples) on port ${port}`,
	context: browserContext,
	checks: uiSteps,
	only: { env: 'UI_ONLY', matches: (value, name) => name.includes(value), omit: true },
	onFailure: ({ editor }, steps) => editor.screenshot(`failed-${steps.results.length}`).catch(() => undefined),
	note: () => `; screenshots in ${path.relative(process.cwd(), screenshotDir)}/`,
	after: (steps) => {
		if (process.env.UI_UPDATE_DOCS === 'true' && steps.failed.length === 0) updateDocsImages();
	},
});
