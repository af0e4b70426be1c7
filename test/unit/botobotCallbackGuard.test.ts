import { deliveryHash, ipAllowed, parseAllowList } from '../../nodes/Botobot/helpers/callbackGuard';

describe('callback protection', () => {
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

	it('keys an order by all of its content: the same order again is a repeat, a status change is not', () => {
		expect(deliveryHash({ id: 1, status: 20 })).toBe(deliveryHash({ id: 1, status: 20 }));
		expect(deliveryHash({ id: 1, status: 20 })).not.toBe(deliveryHash({ id: 1, status: 30 }));
		expect(deliveryHash({ id: 1 })).toMatch(/^[0-9a-f]{64}$/);
	});
});
