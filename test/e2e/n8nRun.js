'use strict';
// Running workflows in the real n8n and reading what happened.
const { n8nBin } = require('../../harness/install/n8nInstall');
const { run } = require('../../harness/run');
const { expect } = require('../../harness/runner/expect');

/**
 * The JSON document starting at `start`, up to its matching closing brace: n8n may log more lines
 * after it (the task runner shutting down), which JSON.parse of the rest would choke on.
 */
function jsonDocumentAt(text, start) {
	let depth = 0;
	let inString = false;
	for (let index = start; index < text.length; index++) {
		const char = text[index];
		if (inString) {
			if (char === '\\') index++;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') depth++;
		else if ((char === '}' || char === ']') && --depth === 0) return JSON.parse(text.slice(start, index + 1));
	}
	throw new Error(`n8n execute printed an unfinished JSON document: ${text.slice(start, start + 200)}`);
}

/**
 * `n8n execute --id` in its own process against the instance's database (n8n's documented way to
 * run a manual workflow from a shell). Returns n8n's run data (`data.resultData.runData`).
 */
async function executeWorkflow(instance, workflowId) {
	// The CLI process starts its own task broker: keep it off the server's port.
	const env = { ...instance.env, N8N_RUNNERS_BROKER_PORT: String(Number(instance.env.N8N_PORT) + 2) };
	let output;
	try {
		output = await run(instance.node24.nodeBin, [n8nBin, 'execute', `--id=${workflowId}`, '--rawOutput'], {
			env,
			capture: true,
			cwd: env.N8N_USER_FOLDER,
		});
	} catch (error) {
		throw new Error(`n8n execute --id=${workflowId} failed: ${error.message}`);
	}
	// Log lines come first; the run is the JSON document that follows.
	const start = output.stdout.search(/^\{/m);
	expect(start >= 0, `n8n execute printed no run data`, output.stdout.slice(-2000));
	const result = jsonDocumentAt(output.stdout, start);
	expect(!result.data.resultData.error, `workflow ${workflowId} failed`, result.data.resultData.error);
	return result;
}

/** The JSON items a node put out in a run (first output, first run). */
function nodeOutput(run, nodeName) {
	const runs = run.data.resultData.runData[nodeName];
	expect(runs?.length > 0, `node "${nodeName}" did not run`, Object.keys(run.data.resultData.runData));
	expect(!runs[0].error, `node "${nodeName}" failed`, runs[0].error);
	return (runs[0].data?.main?.[0] ?? []).map((item) => item.json);
}

module.exports = { executeWorkflow, nodeOutput };
