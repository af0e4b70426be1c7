import { sampleBotobotOrder } from '../../sandboxes/botobot/samples';
import { restartedNodeType } from '../../harness/engine/restart';
import { SavedStaticData } from '../../harness/engine/savedStaticData';
import { callback, credentials } from './callbackRequests';

// Each request as n8n runs it: its own copy of the last saved static data, saved whole afterwards.
const parameters = { protection: 'urlSecret', ignoreRepeats: true, options: {} };
const call = (id: number, status?: number) => ({
	type: 'botobotTrigger',
	parameters,
	credentials,
	request: callback('POST', 'form', { payload: sampleBotobotOrder({ id, ...(status === undefined ? {} : { status }) }) }),
});
const started = (outcomes: Array<{ workflowData?: unknown }>) => outcomes.filter((outcome) => outcome.workflowData).length;

describe('Botobot Trigger under concurrent deliveries', () => {
	it('starts exactly one execution for 8 copies of one order arriving at the same instant', async () => {
		const store = new SavedStaticData();
		const outcomes = await store.deliverAtOnce(Array.from({ length: 8 }, () => call(2001)));
		expect(started(outcomes)).toBe(1);
		expect(outcomes.filter((outcome) => (outcome.response.body as { started?: boolean } | undefined)?.started === false)).toHaveLength(7);
	});

	it('starts all of 40 distinct orders at once and remembers every one of them', async () => {
		const store = new SavedStaticData();
		const ids = Array.from({ length: 40 }, (_, index) => 3000 + index);
		expect(started(await store.deliverAtOnce(ids.map((id) => call(id))))).toBe(40);
		// Every save overwrote the others; the saved memory still holds all 40 (the union is repaired on each write).
		expect(started(await store.deliverAtOnce(ids.map((id) => call(id))))).toBe(0);
		for (const id of ids) expect(started([await store.deliver(call(id))])).toBe(0);
		// A status change of one of them is a new delivery.
		expect(started([await store.deliver(call(3005, 40))])).toBe(1);
	});

	it('recognises an order seen before a restart, through the persisted static data alone', async () => {
		const store = new SavedStaticData();
		expect(started(await store.deliverAtOnce([call(4001), call(4002)]))).toBe(2);
		const restarted = restartedNodeType('botobotTrigger');
		expect(started(await store.deliverAtOnce([{ ...call(4001), nodeType: restarted }, { ...call(4002), nodeType: restarted }]))).toBe(0);
		expect(started([await store.deliver({ ...call(4003), nodeType: restarted })])).toBe(1);
		// A restart with the memory lost (fresh static data) would start again: the test can fail.
		expect(started([await new SavedStaticData().deliver({ ...call(4001), nodeType: restartedNodeType('botobotTrigger') })])).toBe(1);
	});
});
