import { compareIds, maxId, newAboveKey } from '../../nodes/shared/trigger/poll/orderedIds';
import { PollGate } from '../../nodes/shared/trigger/poll/pollGate';

describe('orderedIds', () => {
	it('orders numeric ids by value, beyond what a JavaScript number holds', () => {
		expect(compareIds('9', '10')).toBeLessThan(0);
		expect(compareIds('90071992547409930', '90071992547409931')).toBeLessThan(0);
		expect(compareIds('42', '42')).toBe(0);
	});

	it('orders hex object ids as fixed-width text', () => {
		expect(compareIds('00000000000000000000000a', '000000000000000000000010')).toBeLessThan(0);
		expect(compareIds('5f1e0c', '5f1e0b')).toBeGreaterThan(0);
		expect(maxId(['000000000000000000000009', '00000000000000000000000f', '00000000000000000000000a'])).toBe('00000000000000000000000f');
		expect(maxId([], 'kept')).toBe('kept');
	});

	it('newAboveKey: records above the last id, once each, oldest first', () => {
		const records = [{ id: '0c' }, { id: '0a' }, { id: '0d' }, { id: '0c' }, { id: '09' }, {}];
		const { fresh, lastId } = newAboveKey(records, '0a', (record) => record.id);
		expect(fresh.map((record) => record.id)).toEqual(['0c', '0d']);
		expect(lastId).toBe('0d');
		expect(newAboveKey([], '0a', (record: { id: string }) => record.id)).toEqual({ fresh: [], lastId: '0a' });
		expect(newAboveKey([{ id: '01' }], undefined, (record) => record.id).fresh).toHaveLength(1);
	});
});

describe('PollGate', () => {
	it('lets one poll per key run; a second one at the same time gets the busy answer', async () => {
		const gate = new PollGate();
		let release!: () => void;
		const slow = gate.exclusive('node-a', async () => await new Promise<string>((resolve) => (release = () => resolve('ran'))), 'busy');
		expect(await gate.exclusive('node-a', async () => 'ran', 'busy')).toBe('busy');
		expect(await gate.exclusive('node-b', async () => 'ran', 'busy')).toBe('ran');
		release();
		expect(await slow).toBe('ran');
		expect(await gate.exclusive('node-a', async () => 'ran again', 'busy')).toBe('ran again');
	});

	it('frees the key when the poll throws', async () => {
		const gate = new PollGate();
		await expect(gate.exclusive('k', async () => Promise.reject(new Error('boom')), 'busy')).rejects.toThrow('boom');
		expect(gate.tryEnter('k')).toBe(true);
	});
});
