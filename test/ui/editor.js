'use strict';
// The n8n editor as the steps use it: sign-in, theme, node panel, node details view (NDV),
// dropdowns, screenshots. Selectors are n8n's own `data-test-id` attributes wherever it has them.
const fs = require('node:fs');
const path = require('node:path');

const { root } = require('../../harness/paths');

const screenshotDir = path.join(root, 'test-results', 'ui');
// Bounded waits: generous for a 2-core CI machine, short enough that a hang fails within minutes.
const WAIT = { short: 10000, long: 45000 };

class Editor {
	constructor(page, baseUrl) {
		this.page = page;
		this.baseUrl = baseUrl;
		this.shots = [];
		page.setDefaultTimeout(WAIT.short * 2);
	}

	byId(id) {
		return this.page.getByTestId(id);
	}

	async signIn({ email, password }) {
		await this.page.goto(`${this.baseUrl}/signin`, { waitUntil: 'domcontentloaded' });
		await this.byId('emailOrLdapLoginId').locator('input').fill(email);
		await this.byId('password').locator('input').fill(password);
		await this.byId('form-submit-button').click();
		await this.page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: WAIT.long });
	}

	/** n8n keeps the theme choice in localStorage; a reload applies it. */
	async setTheme(theme) {
		await this.page.evaluate((value) => localStorage.setItem('N8N_THEME', value), theme);
		await this.page.emulateMedia({ colorScheme: theme });
		await this.page.reload({ waitUntil: 'domcontentloaded' });
		await this.page.waitForFunction(
			(value) => (document.body.getAttribute('data-theme') ?? 'light') === value,
			theme,
			{ timeout: WAIT.short },
		);
	}

	async screenshot(name, locator) {
		fs.mkdirSync(screenshotDir, { recursive: true });
		const file = path.join(screenshotDir, `${name}.png`);
		await (locator ?? this.page).screenshot({ path: file });
		this.shots.push(file);
		return file;
	}

	async newWorkflow() {
		await this.page.goto(`${this.baseUrl}/workflow/new`, { waitUntil: 'domcontentloaded' });
		await this.byId('canvas-add-button').waitFor({ timeout: WAIT.long });
	}

	async openWorkflow(id) {
		await this.page.goto(`${this.baseUrl}/workflow/${id}`, { waitUntil: 'domcontentloaded' });
		await this.byId('canvas-node').first().waitFor({ timeout: WAIT.long });
	}

	/** Opens the node panel of an empty workflow and types `text` into its search bar. */
	async searchNodePanel(text) {
		await this.byId('canvas-add-button').click();
		await this.byId('node-creator-search-bar').fill(text);
	}

	nodePanelItems() {
		return this.byId('node-creator').getByTestId('item-iterator-item');
	}

	/** The panel entry whose name is exactly `name` (search results update after a short debounce). */
	nodePanelEntry(name) {
		return this.nodePanelItems().filter({ has: this.byId('node-creator-item-name').getByText(name, { exact: true }) });
	}

	/** Items of the open action list that add a node of `type` (n8n names them `<type>-<uuid>`). */
	actionsOf(type) {
		return this.byId('node-creator').locator(`[data-test-id="item-iterator-item"][data-keyboard-nav-id^="${type}-"]`);
	}

	canvasNode(type) {
		return this.byId('canvas-node').and(this.page.locator(`[data-node-type="${type}"]`));
	}

	ndv() {
		return this.byId('ndv');
	}

	async openNode(name) {
		await this.page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`).dblclick();
		await this.ndv().waitFor({ timeout: WAIT.short });
	}

	async closeNdv() {
		await this.byId('ndv-close-button').click();
		await this.ndv().waitFor({ state: 'hidden', timeout: WAIT.short });
	}

	/**
	 * Opens the dropdown of parameter `name` in the NDV and returns its option titles once they
	 * are on screen and stop changing (it fades in, and a dropdown of loadOptions loads first).
	 */
	async dropdownOptions(name, { minimum = 1, testId = `parameter-input-${name}` } = {}) {
		const input = this.ndv().getByTestId(testId);
		await input.click();
		const deadline = Date.now() + WAIT.long;
		let previous;
		let lastClick = Date.now();
		while (Date.now() < deadline) {
			const titles = await this.page.evaluate(() =>
				[...document.querySelectorAll('.el-popper[aria-hidden="false"] .el-select-dropdown__item')]
					.filter((item) => item.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
					.map((item) => (item.querySelector('.option-headline') ?? item).innerText.split('\n')[0].trim())
					.filter(Boolean),
			);
			if (titles.length >= minimum && JSON.stringify(titles) === JSON.stringify(previous)) return titles;
			const placeholder = await input.locator('input').first().getAttribute('placeholder').catch(() => null);
			if (placeholder && /error/i.test(placeholder)) throw new Error(`The ${name} dropdown says: ${placeholder}`);
			// A click during a layout shift (a field added above) can miss: open it again.
			if (titles.length === 0 && Date.now() - lastClick > 3000) {
				await input.click();
				lastClick = Date.now();
			}
			previous = titles;
			await this.page.waitForTimeout(300);
		}
		throw new Error(`The ${name} dropdown showed no stable options within ${WAIT.long / 1000} s (last: ${JSON.stringify(previous)})`);
	}

	/** Opens the dropdown of parameter `name` and picks the option whose title is exactly `text`. */
	async choose(name, text, options) {
		const titles = await this.dropdownOptions(name, options);
		if (!titles.includes(text)) throw new Error(`${name} has no option "${text}" (options: ${titles.join(', ')})`);
		await this.page.locator('.el-popper[aria-hidden="false"] .el-select-dropdown__item:visible').filter({ has: this.page.getByText(text, { exact: true }) }).first().click();
		await this.page.waitForFunction(
			() => !document.querySelector('.el-popper[aria-hidden="false"] .el-select-dropdown__item'),
			undefined,
			{ timeout: WAIT.short },
		);
	}
}

/**
 * What the browser made of an <img>: its source, whether it decoded, and the share of opaque
 * pixels when drawn on a canvas (0 for a broken or empty image; n8n's fallback is text, not an img).
 */
async function imageReport(img) {
	return await img.evaluate(async (element) => {
		if (!element.complete) await new Promise((resolve) => element.addEventListener('load', resolve, { once: true }));
		const size = 32;
		const canvas = document.createElement('canvas');
		canvas.width = size;
		canvas.height = size;
		const context = canvas.getContext('2d');
		let opaque = 0;
		let firstColor;
		if (element.naturalWidth > 0) {
			context.drawImage(element, 0, 0, size, size);
			const pixels = context.getImageData(0, 0, size, size).data;
			for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 200) opaque++;
			const middle = (size * (size / 2) + 4) * 4;
			firstColor = [pixels[middle], pixels[middle + 1], pixels[middle + 2]];
		}
		return {
			src: new URL(element.currentSrc || element.src, location.href).pathname,
			naturalWidth: element.naturalWidth,
			opaqueShare: opaque / (size * size),
			edgeColor: firstColor,
		};
	});
}

module.exports = { Editor, imageReport, screenshotDir, WAIT };
