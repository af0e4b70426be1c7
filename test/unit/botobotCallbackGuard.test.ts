import {
	DELIVERY_MEMORY,
	deliveryHash,
	ipAllowed,
	parseAllowList,
	secretMatches,
	seenBefore,
	type DeliveryMemory,
} from '../../nodes/Botobot/helpers/callbackGuard';

describe('callback protection', () => {
	it('compares secrets exactly', () => {
		expect(secretMatches('a-long-secret-123', 'a-long-secret-123')).toBe(true);
		expect(secretMatches('a-long-secret-124', 'a-long-secret-123')).toBe(false);
		expect(secretMatches('short', 'a-long-secret-123')).toBe(false);
		expect(secretMatches(undefined, 'a-long-secret-123')).toBe(false);
		expect(secretMatches('', '')).toBe(false);
	});

	it('checks addresses against exact entries and IPv4 ranges', () => {
		const list = '203.0.113.7, 198.51.100.0/24\n2001:db8::1';
		expect(ipAllowed('203.0.113.7', list)).toBe(true);
		expect(ipAllowed('::ffff:203.0.113.7', list)).toBe(true);
		expect(ipAllowed('198.51.100.250', list)).toBe(true);
		expect(ipAllowed('198.51.101.1', list)).toBe(false);
		expect(ipAllowed('2001:DB8::1', list)).toBe(true);
		expect(ipAllowed(undefined, list)).toBe(false);
		expect(ipAllowed('8.8.8.8', '')).toBe(true);
		expect(ipAllowed('10.1.2.3', '0.0.0.0/0')).toBe(true);
		expect(parseAllowList('1.2.3.4, 300.1.1.1, 10.0.0.0/33, example.com').invalid).toEqual(['300.1.1.1', '10.0.0.0/33', 'example.com']);
	});

	it('remembers deliveries within the window and stays bounded', () => {
		const memory: DeliveryMemory = {};
		const hash = deliveryHash({ id: 1 });
		expect(seenBefore(memory, hash, 1_000)).toBe(false);
		expect(seenBefore(memory, hash, 2_000)).toBe(true);
		expect(seenBefore(memory, hash, 1_000 + DELIVERY_MEMORY.windowMs + 1)).toBe(false);
		for (let index = 0; index < DELIVERY_MEMORY.maxEntries + 50; index++) seenBefore(memory, deliveryHash({ id: index }), 5_000);
		expect(memory.recent).toHaveLength(DELIVERY_MEMORY.maxEntries);
		expect(deliveryHash({ id: 1, status: 20 })).not.toBe(deliveryHash({ id: 1, status: 30 }));
	});
});
