import { DateTime } from 'luxon';
import { runNode } from '../../harness/engine/engine';
import { useBotobotSandbox } from '../support/sandboxes';
import { botobotCredentials } from '../../sandboxes/credentials';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

const TOKEN = SANDBOX_TOKENS.botobotToken;
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('Botobot node: scheduled tasks', () => {
	const botobot = useBotobotSandbox();
	const run = (operation: string, parameters: Record<string, unknown>) =>
		runNode({
			type: 'botobot',
			parameters: { resource: 'task', operation, ...parameters },
			credentials: botobotCredentials(botobot.sandbox),
		});

	it('adds a task at a raw UNIX timestamp', async () => {
		const { items, error } = await run('add', { userId: 77, command: '/start', runAtMode: 'timestamp', timestamp: 1893553445 });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{ id: 1, userId: 77, command: '/start', timestamp: 1893553445, runAt: '2030-01-02T03:04:05.000Z' },
		]);
		expect(botobot.sandbox.journal.map(({ path, rawBody }) => ({ path, rawBody }))).toEqual([
			{ path: `/addTask/${TOKEN}`, rawBody: 'user_id=77&command=%2Fstart&timestamp=1893553445' },
		]);
		expect(botobot.store.tasks.get(1)).toMatchObject({ user_id: 77, command: '/start', timestamp: 1893553445 });
	});

	it('converts a picked date-time to a UNIX timestamp', async () => {
		const { items, error } = await run('add', { userId: 5, command: 'Your order is on its way', runAt: '2030-01-02T05:04:05+02:00' });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 1, timestamp: 1893553445 });
		expect(botobot.sandbox.journal[0].body).toEqual({ user_id: '5', command: 'Your order is on its way', timestamp: '1893553445' });
	});

	it("reads a date-time without an offset in the workflow's time zone", async () => {
		const { items, error } = await run('add', { userId: 5, command: 'hi', runAt: '2030-06-01T12:00:00' });
		expect(error).toBeUndefined();
		const candidates = ['America/New_York', 'UTC'].map((zone) => DateTime.fromISO('2030-06-01T12:00:00', { zone }).toSeconds());
		expect(candidates).toContain(items[0].json.timestamp);
	});

	it("reads Botobot's data also as a list holding one object, and says so when the task ID is missing", async () => {
		botobot.sandbox.injectFault({ fault: { kind: 'status', status: 200, body: { status: 'success', data: [{ id: 41 }] } } });
		const listed = await run('add', { userId: 5, command: 'hi', runAtMode: 'timestamp', timestamp: 1893553445 });
		expect(listed.items[0].json.id).toBe(41);

		botobot.sandbox.injectFault({ fault: { kind: 'status', status: 200, body: { status: 'success', data: [{ status: 1, status_text: 'Done', done_at: 1700000000 }] } } });
		const got = await run('get', { taskId: 41 });
		expect(got.items[0].json).toMatchObject({ id: 41, status: 1, statusText: 'Done', doneAt: '2023-11-14T22:13:20.000Z' });

		botobot.sandbox.injectFault({ fault: { kind: 'status', status: 200, body: { status: 'success' } } });
		const missing = await run('add', { userId: 5, command: 'hi', runAtMode: 'timestamp', timestamp: 1893553445 });
		expect(missing.error?.message).toBe('Botobot accepted the task but did not return its ID');
	});

	it('refuses a time that is not a date before sending anything', async () => {
		const { error } = await run('add', { userId: 5, command: 'hi', runAt: 'next tuesday' });
		expect(error?.message).toBe('"next tuesday" is not a valid time for the task');
		expect(botobot.sandbox.journal).toHaveLength(0);
	});

	it("gets a task's status, and its done time as a date once it has run", async () => {
		const waiting = botobot.store.addTask(7, '/menu', nowSeconds() + 3600);
		const done = botobot.store.addTask(7, '/menu', 1700000000);
		const first = await run('get', { taskId: waiting.id });
		expect(first.items[0].json).toEqual({ id: waiting.id, status: 0, statusText: 'Waiting', done: false, doneAt: null, doneAtTimestamp: 0 });
		const second = await run('get', { taskId: done.id });
		expect(second.items[0].json).toEqual({
			id: done.id,
			status: 1,
			statusText: 'Done',
			done: true,
			doneAt: '2023-11-14T22:13:20.000Z',
			doneAtTimestamp: 1700000000,
		});
		expect(botobot.sandbox.journal[1]).toMatchObject({ path: `/getTask/${TOKEN}`, rawBody: `id=${done.id}` });
	});

	it('sees a task become done once its time has passed', async () => {
		const added = await run('add', { userId: 9, command: '/ping', runAtMode: 'timestamp', timestamp: nowSeconds() + 1 });
		const id = added.items[0].json.id as number;
		expect((await run('get', { taskId: id })).items[0].json).toMatchObject({ done: false, statusText: 'Waiting' });
		await new Promise((resolve) => setTimeout(resolve, 2100));
		expect((await run('get', { taskId: id })).items[0].json).toMatchObject({ done: true, statusText: 'Done' });
	});

	it('removes a task that has not run, and relays the refusal for one that has', async () => {
		const future = botobot.store.addTask(7, '/later', nowSeconds() + 3600);
		const past = botobot.store.addTask(7, '/earlier', nowSeconds() - 60);
		const removed = await run('remove', { taskId: future.id });
		expect(removed.error).toBeUndefined();
		expect(removed.items[0].json).toEqual({ id: future.id, removed: true });
		expect(botobot.store.tasks.get(future.id)?.removed).toBe(true);
		expect(botobot.sandbox.journal[0]).toMatchObject({ path: `/removeTask/${TOKEN}`, rawBody: `id=${future.id}` });

		const refused = await run('remove', { taskId: past.id });
		expect(refused.error?.message).toBe('Task has already been executed and cannot be removed');
		const unknown = await run('get', { taskId: 999 });
		expect(unknown.error?.message).toBe('Task not found');
	});
});
