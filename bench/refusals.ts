/**
 * `node -r ts-node/register/transpile-only bench/refusals.ts`: what a Broniboy delivery costs the
 * trigger by body size, signed (accepted, one execution) against forged (refused with 401), in the
 * engine (n8n-core's WebhookContext, in-process; credential reads are in memory, so a real n8n adds
 * a database read to every refusal). Prints a markdown table for bench/RESULTS.md.
 *
 * Goal (issue 20): forged ≤ valid at every size, and a forged 16 MiB body refused in ≤ 0.2 s.
 */
import os from 'node:os';

import { callWebhook } from '../harness/engine/engine';
import { forgetWebhookSecrets } from '../nodes/shared/trigger/webhook/secretCache';
import { buildWebhookDelivery } from '../sandboxes/broniboy/webhooks';
import { SANDBOX_TOKENS } from '../sandboxes/tokens';

const KB = 1024;
const SIZES: Array<[string, number]> = [
	['1 KB', KB],
	['100 KB', 100 * KB],
	['1 MB', 1024 * KB],
	['6 MB', 6 * 1024 * KB],
	['16 MiB', 16 * 1024 * KB],
];
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 7);
const credentials = { broniboyWebhookApi: { secret: SANDBOX_TOKENS.broniboyWebhookSecret } };

function delivery(size: number, signature: 'valid' | 'wrong', run: number) {
	const data = { id: `bench-${run}`, state: 'ready', courier_state: 'courier-assigned', note: 'x'.repeat(Math.max(0, size - 200)) };
	const built = buildWebhookDelivery({ event: 'order.changed', data, signature, bodyFormat: 'compact', deliveryId: `bench-${signature}-${size}-${run}` });
	// As n8n hands it over: the bytes in a Buffer (encoding them is not the trigger's work).
	return { headers: built.headers, rawBody: Buffer.from(built.rawBody, 'utf8') };
}

interface Cost {
	wallMs: number;
	/** This process's CPU time: on a shared machine the steadier figure (waiting for a core is not counted). */
	cpuMs: number;
}

/** One request's cost; every valid run gets a workflow (so a delivery memory) of its own. */
async function timed(request: ReturnType<typeof delivery>, expectedStatus: number): Promise<Cost> {
	const cpu = process.cpuUsage();
	const started = process.hrtime.bigint();
	const outcome = await callWebhook({
		type: 'broniboyTrigger',
		parameters: { events: ['*'], options: {} },
		credentials,
		request: { method: 'POST', headers: request.headers, rawBody: request.rawBody, body: {} },
	});
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	const used = process.cpuUsage(cpu);
	if (outcome.response.status !== expectedStatus) throw new Error(`expected ${expectedStatus}, got ${outcome.response.status}`);
	return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values: number[]) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;

async function main(): Promise<void> {
	const rows: string[] = [];
	// Warm-up: the package loads and the JIT settles on small bodies.
	for (let run = 0; run < 20; run++) {
		await timed(delivery(KB, 'valid', -run - 1), 200);
		await timed(delivery(KB, 'wrong', -run - 1), 401);
	}
	let met = true;
	for (const [name, size] of SIZES) {
		const valid: Cost[] = [];
		const forged: Cost[] = [];
		for (let run = 0; run < REPETITIONS; run++) {
			// Built before the clock starts: only the trigger's own work is measured.
			const [good, bad] = [delivery(size, 'valid', run), delivery(size, 'wrong', run)];
			// Alternating, each forged one after the secret was kept (the common case under attack).
			valid.push(await timed(good, 200));
			forged.push(await timed(bad, 401));
		}
		const cpu = (costs: Cost[]) => costs.map((cost) => cost.cpuMs);
		const wall = (costs: Cost[]) => costs.map((cost) => cost.wallMs);
		const ratio = median(cpu(forged)) / median(cpu(valid));
		const sizeMet = ratio <= 1 && (size < 16 * 1024 * KB || median(cpu(forged)) <= 200);
		met &&= sizeMet;
		const cell = (values: number[]) => `${median(values).toFixed(1)} (${range(values)})`;
		rows.push(`| ${name} | ${cell(cpu(valid))} | ${cell(cpu(forged))} | ${ratio.toFixed(2)} | ${cell(wall(valid))} | ${cell(wall(forged))} | ${sizeMet ? 'met' : '**missed**'} |`);
		forgetWebhookSecrets();
	}
	const load = os.loadavg().map((value) => value.toFixed(1)).join(', ');
	process.stdout.write(
		[
			`Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), load ${load} at the end; ${REPETITIONS} runs per size, median (lowest–highest), ms per request (CPU: this process; wall: elapsed, includes waiting for a core).`,
			'',
			'| Body | Valid (accepted), CPU ms | Forged (401), CPU ms | Forged / valid (CPU) | Valid, wall ms | Forged, wall ms | Goal (CPU: forged ≤ valid; 16 MiB forged ≤ 200 ms) |',
			'| --- | --- | --- | --- | --- | --- | --- |',
			...rows,
			'',
			met ? 'Every goal met.' : 'Some goals missed.',
			'',
		].join('\n'),
	);
}

main().catch((error: unknown) => {
	process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
	process.exitCode = 1;
});
