'use strict';
// The example workflows in examples/*.json, and which of them start from a webhook (those are
// published after import so their production URLs answer).
const fs = require('node:fs');
const path = require('node:path');

const { root } = require('../paths');

const examplesDir = path.join(root, 'examples');

function readWorkflows(dir = examplesDir) {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
}

/** A workflow starts from a webhook when one of its nodes is a trigger that is not manual, schedule or polling. */
function isWebhookWorkflow(workflow) {
	return workflow.nodes.some((node) => /Trigger$/.test(node.type) && !/manualTrigger|scheduleTrigger|PollTrigger$/.test(node.type));
}

/** A workflow started by n8n's poll scheduler (a `…PollTrigger` node): it polls once published. */
function isPollingWorkflow(workflow) {
	return workflow.nodes.some((node) => /PollTrigger$/.test(node.type));
}

module.exports = { readWorkflows, isWebhookWorkflow, isPollingWorkflow, examplesDir };
