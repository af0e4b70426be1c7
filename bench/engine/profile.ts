import fs from 'node:fs';
import { Session } from 'node:inspector/promises';

/**
 * With BENCH_CPU_PROFILE=<file>, records a V8 CPU profile of `work` alone (not module loading or
 * warm-up): the tool used to find where per-item time goes. Open the file in Chrome DevTools.
 */
export async function profiled<T>(work: () => Promise<T>): Promise<T> {
	const file = process.env.BENCH_CPU_PROFILE;
	if (!file) return await work();
	const session = new Session();
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.start');
	try {
		return await work();
	} finally {
		const { profile } = await session.post('Profiler.stop');
		fs.writeFileSync(file, JSON.stringify(profile));
		session.disconnect();
	}
}
