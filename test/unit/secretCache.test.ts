import type { ICredentialDataDecryptedObject, INode, IWebhookFunctions } from 'n8n-workflow';

import { forgetWebhookSecrets, SECRET_TTL_MS, withWebhookSecret } from '../../nodes/shared/trigger/webhook/secretCache';

type Context = Pick<IWebhookFunctions, 'getNode' | 'getCredentials'>;

/** A webhook context whose credential store can be rotated and counts its reads; reads can be held open. */
function store(secret: string, { credentialId = 'cred-1', type = 'broniboyWebhookApi' } = {}) {
	const state = { secret, reads: 0, hold: undefined as Promise<void> | undefined, fail: undefined as Error | undefined };
	const node = { name: 'Trigger', credentials: { [type]: { id: credentialId, name: 'Webhook secret' } } } as unknown as INode;
	const context: Context = {
		getNode: () => node,
		getCredentials: (async () => {
			state.reads++;
			const value = state.secret;
			if (state.hold) await state.hold;
			if (state.fail) throw state.fail;
			return { secret: value } as ICredentialDataDecryptedObject;
		}) as Context['getCredentials'],
	};
	return { state, context };
}

function gate() {
	let open!: () => void;
	const promise = new Promise<void>((resolve) => (open = resolve));
	return { promise, open };
}

const signedWith = (expected: string) => (secret: string) => secret === expected;

describe('withWebhookSecret', () => {
	let clock = 0;
	const now = () => clock;
	beforeEach(() => {
		forgetWebhookSecrets();
		clock = 1_000_000;
	});

	it('reads the credential once for many requests while the kept secret is recent', async () => {
		const { state, context } = store('s3cret');
		for (let i = 0; i < 20; i++) {
			expect(await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('s3cret'), { now })).toEqual({ ok: true });
			clock += 100;
		}
		expect(state.reads).toBe(1);
	});

	it('reads again once the kept secret is older than the time to live', async () => {
		const { state, context } = store('s3cret');
		await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('s3cret'), { now });
		clock += SECRET_TTL_MS;
		await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('s3cret'), { now });
		expect(state.reads).toBe(2);
	});

	it('accepts a rotated secret at once: re-reads before refusing', async () => {
		const { state, context } = store('old-secret');
		await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('old-secret'), { now });
		state.secret = 'new-secret';
		clock += 1;
		expect(await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('new-secret'), { now })).toEqual({ ok: true });
		expect(state.reads).toBe(2);
	});

	it('refuses the old secret once a read has seen the rotation, and at the latest after the time to live', async () => {
		const { state, context } = store('old-secret');
		await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('old-secret'), { now });
		state.secret = 'new-secret';
		// The window the cache allows: the kept secret still verifies until it is re-read ...
		clock += SECRET_TTL_MS - 1;
		expect((await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('old-secret'), { now })).ok).toBe(true);
		// ... and not a moment longer.
		clock += 1;
		expect((await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('old-secret'), { now })).ok).toBe(false);
		expect((await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('new-secret'), { now })).ok).toBe(true);
	});

	it('refuses a forged request only after a fresh read, and keeps refusing it', async () => {
		const { state, context } = store('s3cret');
		for (let i = 0; i < 3; i++) {
			expect(await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('forged'), { now })).toEqual({ ok: false });
		}
		expect(state.reads).toBe(3);
	});

	it('never verifies with an empty secret', async () => {
		const { context } = store('');
		const check = jest.fn(() => true);
		expect(await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', check, { now })).toEqual({ ok: false });
		expect(check).not.toHaveBeenCalled();
	});

	it('keeps secrets apart per credential and per field', async () => {
		const first = store('first-secret', { credentialId: 'a' });
		const second = store('second-secret', { credentialId: 'b' });
		await withWebhookSecret(first.context, 'broniboyWebhookApi', 'secret', signedWith('first-secret'), { now });
		expect((await withWebhookSecret(second.context, 'broniboyWebhookApi', 'secret', signedWith('first-secret'), { now })).ok).toBe(false);
		expect((await withWebhookSecret(second.context, 'broniboyWebhookApi', 'secret', signedWith('second-secret'), { now })).ok).toBe(true);
		expect((await withWebhookSecret(first.context, 'broniboyWebhookApi', 'other', signedWith('first-secret'), { now })).ok).toBe(false);
	});

	it('shares one read among requests that arrive together while nothing is kept', async () => {
		const { state, context } = store('s3cret');
		const held = gate();
		state.hold = held.promise;
		const answers = Array.from({ length: 10 }, () => withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('s3cret'), { now }));
		held.open();
		expect(await Promise.all(answers)).toEqual(Array(10).fill({ ok: true }));
		expect(state.reads).toBe(1);
	});

	it('does not refuse on a read that started before the request arrived (the rotation may lie between)', async () => {
		const { state, context } = store('old-secret');
		const held = gate();
		state.hold = held.promise;
		const early = withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('old-secret'), { now });
		state.secret = 'new-secret';
		const late = withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('new-secret'), { now });
		held.open();
		state.hold = undefined;
		expect(await early).toEqual({ ok: true });
		expect(await late).toEqual({ ok: true });
		expect(state.reads).toBe(2);
	});

	it('passes a failed read on and forgets the kept secret', async () => {
		const { state, context } = store('s3cret');
		await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('s3cret'), { now });
		state.fail = new Error('Credential not found');
		await expect(withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('other'), { now })).rejects.toThrow('Credential not found');
		state.fail = undefined;
		state.secret = 'replacement';
		expect((await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('s3cret'), { now })).ok).toBe(false);
	});

	it('reads every time when the node names no credential id', async () => {
		const { state, context } = store('s3cret', { credentialId: '' });
		await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('s3cret'), { now });
		await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', signedWith('s3cret'), { now });
		expect(state.reads).toBe(2);
	});
});
