'use strict';
// Debian's Chromium, installed with apt-get when missing (CI runs as root with Debian's mirror),
// started through playwright-core, which must never download a browser of its own.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { log } = require('../../harness/log');
const { run } = require('../../harness/run');

const CHROMIUM = '/usr/bin/chromium';

async function ensureChromium() {
	if (fs.existsSync(CHROMIUM)) return CHROMIUM;
	if (typeof process.getuid === 'function' && process.getuid() !== 0) {
		throw new Error(`${CHROMIUM} is missing; install it with: sudo apt-get install -y chromium`);
	}
	log('Installing Debian\'s Chromium (apt-get install chromium, once)');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	await run('apt-get', ['update', '-qq'], { env, quiet: true });
	await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env, quiet: true });
	if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
	return CHROMIUM;
}

/**
 * A headless Chromium with a throwaway profile. The flags keep it off the network except for the
 * pages we open (the machine has no outside network; without them Chromium retries forever).
 */
async function launchChromium() {
	// Set before playwright-core loads: it must not look for or fetch its own browser builds.
	process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
	const { chromium, selectors } = require('playwright-core');
	// n8n marks its elements with data-test-id (Playwright's default is data-testid).
	selectors.setTestIdAttribute('data-test-id');
	const executablePath = await ensureChromium();
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'order-sync-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		viewport: { width: 1440, height: 900 },
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
		],
	});
	return {
		context,
		async close() {
			await context.close().catch(() => undefined);
			fs.rmSync(profile, { recursive: true, force: true });
		},
	};
}

module.exports = { ensureChromium, launchChromium, CHROMIUM };
