import { KeyedLock } from '../../nodes/shared/execute/keyedLock';
import { matchingPayment } from '../../nodes/KeyCrm/helpers/paymentMatch';
import { uncertainWriteMessage } from '../../nodes/shared/http/resend';
import { mayResend, verdictOfNetworkCode, verdictOfStatus } from '../../nodes/shared/http/retryPolicy';

describe('what a failed attempt proves', () => {
	it.each([
		[429, {}, 'notProcessed'],
		[503, { 'Retry-After': '5' }, 'notProcessed'],
		[503, {}, 'uncertain'],
		[500, {}, 'uncertain'],
		[502, {}, 'uncertain'],
		[504, {}, 'uncertain'],
		[400, {}, 'final'],
		[422, {}, 'final'],
		[501, {}, 'final'],
	] as const)('HTTP %i %j is %s', (status, headers, verdict) => {
		expect(verdictOfStatus(status, headers)).toBe(verdict);
	});

	it.each([
		['ECONNREFUSED', 'notProcessed'],
		['ENOTFOUND', 'notProcessed'],
		['EAI_AGAIN', 'notProcessed'],
		['ECONNRESET', 'uncertain'],
		['ETIMEDOUT', 'uncertain'],
		['ECONNABORTED', 'uncertain'],
		['EPIPE', 'uncertain'],
		[undefined, 'final'],
		['ERR_SOMETHING', 'final'],
	] as const)('network code %s is %s', (code, verdict) => {
		expect(verdictOfNetworkCode(code)).toBe(verdict);
	});

	it('re-sends what surely was not processed for every operation, an uncertain failure (a 500 too) only for a safe one', () => {
		expect(mayResend('notProcessed', 'unsafe')).toBe(true);
		expect(mayResend('uncertain', 'safe')).toBe(true);
		expect(mayResend('uncertain', 'unsafe')).toBe(false);
		expect(mayResend('final', 'unsafe')).toBe(false);
		expect(mayResend('final', 'safe')).toBe(false);
	});
});

describe('the message of a write that may have happened', () => {
	it("uses the operation's words, or says plainly what to check", () => {
		expect(uncertainWriteMessage('Broniboy', { mayHave: 'Broniboy may have created this order', check: 'check B2B Order → Get Many' })).toBe(
			'Broniboy may have created this order: check B2B Order → Get Many before running it again',
		);
		expect(uncertainWriteMessage('Aplaut', undefined)).toBe(
			'Aplaut may have carried out this request: check in Aplaut whether it took effect before running it again',
		);
	});
});

describe('KeyedLock', () => {
	it('runs tasks of one key one after another and of different keys side by side', async () => {
		const lock = new KeyedLock();
		const events: string[] = [];
		let releaseFirst!: () => void;
		const first = lock.run('a', async () => {
			events.push('a1 start');
			await new Promise<void>((resolve) => (releaseFirst = resolve));
			events.push('a1 end');
		});
		const second = lock.run('a', async () => void events.push('a2'));
		const other = lock.run('b', async () => void events.push('b'));
		await other;
		expect(events).toEqual(['a1 start', 'b']);
		releaseFirst();
		await Promise.all([first, second]);
		expect(events).toEqual(['a1 start', 'b', 'a1 end', 'a2']);
		expect(lock.size).toBe(0);
	});

	it('a failed task hands the key on and keeps its error', async () => {
		const lock = new KeyedLock();
		const failed = lock.run('a', async () => {
			throw new Error('lookup failed');
		});
		const next = lock.run('a', async () => 'ran');
		await expect(failed).rejects.toThrow('lookup failed');
		await expect(next).resolves.toBe('ran');
		expect(lock.size).toBe(0);
	});
});

describe('matchingPayment', () => {
	const payments = [
		{ id: 1, amount: 100, payment_method_id: 1, payment_method: { id: 1, name: 'Cash' }, description: 'First half' },
		{ id: 2, amount: 100, payment_method_id: 3, payment_method: { id: 3, name: 'Apple Pay' }, description: 'Second half' },
		{ id: 3, amount: 50, payment_method_id: null, payment_method: { id: null, name: 'Gift card' }, description: null },
	];

	it('finds the payment with the same amount, method and description', () => {
		expect(matchingPayment(payments, { amount: 100, payment_method_id: 3, description: 'Second half' })?.id).toBe(2);
		expect(matchingPayment(payments, { amount: '100.00', payment_method: 'Cash', description: 'First half' })?.id).toBe(1);
		expect(matchingPayment(payments, { amount: 50, payment_method: 'Gift card' })?.id).toBe(3);
	});

	it('finds none when any of them differs', () => {
		expect(matchingPayment(payments, { amount: 100, payment_method_id: 3, description: 'First half' })).toBeUndefined();
		expect(matchingPayment(payments, { amount: 99, payment_method_id: 1, description: 'First half' })).toBeUndefined();
		expect(matchingPayment(payments, { amount: 100, payment_method: 'Apple Pay', description: 'First half' })).toBeUndefined();
		expect(matchingPayment(undefined, { amount: 100 })).toBeUndefined();
	});
});
