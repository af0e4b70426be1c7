import fs from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';

/**
 * With BENCH_CPU_PROFILE=<file>, records a V8 CPU profile of `work` alone (not module loading or
 * warm-up): the tool used to find where per-item time goes. Open the file in Chrome DevTools.
 * A value ending in "/" is a folder: each run writes `<node name>-<pid>.cpuprofile` there, so the
 * contenders of one benchmark run can be compared.
 */
export async function profiled<T>(work: () => Promise<T>, label = 'run'): Promise<T> {
	const target = process.env.BENCH_CPU_PROFILE;
	if (!target) return await work();
	const file = target.endsWith('/') ? path.join(target, `${label.replace(/[^\w-]+/g, '_')}-${process.pid}.cpuprofile`) : target;
	fs.mkdirSync(path.dirname(file), { recursive: true });
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
