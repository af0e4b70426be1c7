'use strict';
// The screenshots the README and docs/editor.md show, copied from this run's test-results/ui/
// when UI_UPDATE_DOCS=true, so the committed images are what the suite saw.
const fs = require('node:fs');
const path = require('node:path');

const { log } = require('../../harness/log');
const { root } = require('../../harness/paths');
const { screenshotDir } = require('./editor');

const CURATED = {
	'editor-node-panel.png': '1-actions-broniboy.png',
	'editor-order-form.png': '3-keycrm-order-create-source.png',
	'editor-preset-from-botobot.png': '3-keycrm-preset-from-botobot.png',
	'editor-trigger.png': '5-trigger-botobotTrigger.png',
	'editor-run.png': '6-run-osExCrmToCourier-canvas.png',
	'editor-run-output.png': '6-run-osExCrmToCourier-output.png',
	'editor-credential-test.png': '4-credential-keyCrmApi-ok.png',
	'editor-icons-dark.png': '2-icons-credentials-dark.png',
};

function updateDocsImages() {
	const target = path.join(root, 'docs', 'images');
	fs.mkdirSync(target, { recursive: true });
	const missing = [];
	for (const [name, shot] of Object.entries(CURATED)) {
		const source = path.join(screenshotDir, shot);
		if (fs.existsSync(source)) fs.copyFileSync(source, path.join(target, name));
		else missing.push(shot);
	}
	log(`docs/images updated${missing.length ? `; not taken in this run: ${missing.join(', ')}` : ''}`);
}

module.exports = { updateDocsImages, CURATED };
