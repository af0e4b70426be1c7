/**
 * One engine benchmark run in a fresh process (so its peak RSS is its own):
 *   node24 -r bench/engine/sharedN8n.js -r ts-node/register/transpile-only bench/engine/worker.ts spec.json
 * Prints one line `RESULT {json}`. What to run comes from the spec file the orchestrator wrote.
 */
import fs from 'node:fs';

import type { IDataObject } from 'n8n-workflow';
import { Expression } from 'n8n-workflow';

import { HarnessCredentialsHelper } from '../../harness/engine/credentials';
import { runWorkflow, type CredentialsMap, type NodeSpec } from '../../harness/engine/engine';
import { HTTP_REQUEST, benchNodeTypes } from './nodeTypes';
import { profiled } from './profile';
import { countReturnAllRequests, type ReturnAllCase } from './returnAll';

export interface ItemsRunSpec {
	kind: 'items';
	node: NodeSpec;
	credentials: CredentialsMap;
	/** Input items: `count` items `{id, n}` with ids cycling through `ids`. */
	count: number;
	ids: number[];
	/** Items run once before the measured run, to warm up the JIT (not measured). */
	warmup?: number;
}

export interface ReturnAllSpec {
	kind: 'returnAll';
	cases: ReturnAllCase[];
}

/**
 * Counts credential reads (n8n's CredentialsHelper.getDecrypted). Cheap in this harness, but in a
 * real n8n 2.x each one queries the database, decrypts and takes an expression isolate (section 4).
 */
let credentialReads = 0;
const getDecrypted = HarnessCredentialsHelper.prototype.getDecrypted;
HarnessCredentialsHelper.prototype.getDecrypted = async function countedGetDecrypted(...args) {
	credentialReads++;
	return await getDecrypted.apply(this, args);
};

/** Counts expression evaluations ({{ }} in parameters): each builds a data proxy and a global context. */
let expressionEvaluations = 0;
const resolveExpression = Expression.prototype.resolveSimpleParameterValue;
Expression.prototype.resolveSimpleParameterValue = function countedResolve(...args) {
	expressionEvaluations++;
	return resolveExpression.apply(this, args);
};

const inputs = (count: number, ids: number[]): IDataObject[] =>
	Array.from({ length: count }, (_, n) => ({ id: ids[n % ids.length], n, name: `Buyer ${n}` }));

/** The profile's file name: the contender and its parallel requests (HTTP Request: all at once). */
function profileLabel(node: NodeSpec): string {
	const options = node.parameters.requestOptions as { parallelRequests?: number } | undefined;
	return `${node.name ?? node.type}-parallel-${options?.parallelRequests ?? 'all'}`;
}

async function runItems(spec: ItemsRunSpec) {
	const { nodeTypes, httpRequestVersion } = await benchNodeTypes();
	const node: NodeSpec = {
		...spec.node,
		typeVersion: spec.node.type === HTTP_REQUEST ? httpRequestVersion : spec.node.typeVersion,
		continueOnFail: true,
	};
	const run = async (count: number) =>
		await runWorkflow({ nodes: [node], nodeTypes, credentials: spec.credentials, items: inputs(count, spec.ids) });
	if (spec.warmup) await run(spec.warmup);
	global.gc?.();
	const rssBefore = process.memoryUsage().rss;
	credentialReads = 0;
	expressionEvaluations = 0;
	const cpuBefore = process.cpuUsage();
	const started = performance.now();
	const result = await profiled(async () => await run(spec.count), profileLabel(node));
	const wallMs = performance.now() - started;
	const cpu = process.cpuUsage(cpuBefore);
	const output = result.outputs[node.name ?? node.type] ?? [];
	const failed = output.filter((item) => item.json.error !== undefined);
	return {
		wallMs,
		cpuMs: (cpu.user + cpu.system) / 1000,
		items: output.length,
		failed: failed.length,
		credentialReadsPerItem: credentialReads / spec.count,
		expressionsPerItem: expressionEvaluations / spec.count,
		failureSample: failed[0] ? String(failed[0].json.error).slice(0, 200) : undefined,
		runError: result.error?.message,
		rssBeforeMb: rssBefore / 2 ** 20,
		peakRssMb: process.resourceUsage().maxRSS / 1024,
		httpRequestVersion,
	};
}

async function main() {
	const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as ItemsRunSpec | ReturnAllSpec;
	const result = spec.kind === 'items' ? await runItems(spec) : await countReturnAllRequests(spec.cases);
	process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

main().then(
	() => process.exit(0),
	(error: Error) => {
		process.stderr.write(`${error.stack ?? error.message}\n`);
		process.exit(1);
	},
);
