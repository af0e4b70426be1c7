'use strict';
// Copies of examples 1 and 3 for the bursts: their own ids and webhook URLs (so their delivery
// memory and executions are theirs alone), and example 1's KeyCRM node paced at the sandbox's limit.
const path = require('node:path');

const { examplesDir, readWorkflows } = require('./examples');

const BURST_BOTOBOT_WORKFLOW = 'osBurstBotToCrm1';
const BURST_BRONIBOY_WORKFLOW = 'osBurstCourier01';

/** The KeyCRM limit the bursts run at: the sandbox enforces it, the node's Request Options follow it. */
const KEYCRM_BURST_LIMIT = { requests: 10, periodSeconds: 10 };

function example(id) {
	const workflow = readWorkflows(examplesDir).find((candidate) => candidate.id === id);
	if (!workflow) throw new Error(`example ${id} not found in ${path.relative(process.cwd(), examplesDir)}`);
	return JSON.parse(JSON.stringify(workflow));
}

function copyOf(id, { newId, name, webhookId }) {
	const workflow = example(id);
	workflow.id = newId;
	workflow.name = name;
	for (const node of workflow.nodes) if (node.webhookId) node.webhookId = webhookId;
	return workflow;
}

/** Example 1 with its KeyCRM node paced at `limit` (the benchmark runs it at other limits). */
function burstBotobotWorkflow(limit = KEYCRM_BURST_LIMIT) {
	const workflow = copyOf('osExBotobotToCrm', {
		newId: BURST_BOTOBOT_WORKFLOW,
		name: `Burst: Botobot order → KeyCRM order → confirmed (KeyCRM paced at ${limit.requests} per ${limit.periodSeconds} s)`,
		webhookId: '7e3a1c90-5b2d-4e8f-9a61-0c4d2b8e7a01',
	});
	const keyCrm = workflow.nodes.find((node) => node.type.endsWith('.keyCrm'));
	keyCrm.parameters.requestOptions = {
		...keyCrm.parameters.requestOptions,
		rateLimitRequests: limit.requests,
		rateLimitPeriod: limit.periodSeconds,
	};
	return workflow;
}

function burstBroniboyWorkflow() {
	return copyOf('osExCourierToBot', {
		newId: BURST_BRONIBOY_WORKFLOW,
		name: 'Burst: Broniboy delivery status → Botobot order status',
		webhookId: '7e3a1c90-5b2d-4e8f-9a61-0c4d2b8e7a03',
	});
}

const burstWorkflows = () => [burstBotobotWorkflow(), burstBroniboyWorkflow()];

module.exports = { burstWorkflows, burstBotobotWorkflow, BURST_BOTOBOT_WORKFLOW, BURST_BRONIBOY_WORKFLOW, KEYCRM_BURST_LIMIT };
