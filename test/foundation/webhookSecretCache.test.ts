import { createHmac, timingSafeEqual } from 'node:crypto';

import { forgetWebhookSecrets, withWebhookSecret } from '../../nodes/shared/trigger/webhook/secretCache';
import { HarnessCredentialsHelper } from '../../harness/engine/credentials';
import { webhookContext, type CredentialsMap } from '../../harness/engine/engine';

// The kept webhook secret through n8n-core's own WebhookContext.getCredentials (as a trigger's
// webhook() calls it), with the credential store changed between requests as a user rotating the
// secret changes it.
const data = '{"id":"eb3b595d-3653-41a3-a531-ebeba332154c","state":"ready"}';
const sign = (secret: string) => createHmac('sha256', secret).update(data, 'utf8').digest('hex');
const verifies = (signature: string) => (secret: string) => {
	const expected = Buffer.from(sign(secret), 'hex');
	const given = Buffer.from(signature, 'hex');
	return given.length === expected.length && timingSafeEqual(given, expected);
};

async function triggerContext(credentials: CredentialsMap) {
	const { context } = await webhookContext({
		type: 'broniboyTrigger',
		parameters: { events: ['*'], options: {} },
		credentials,
		request: { method: 'POST', headers: { 'content-type': 'application/json' }, rawBody: data },
	});
	return context;
}

describe('a webhook secret kept between requests, in n8n-core', () => {
	let reads: jest.SpyInstance;
	beforeEach(() => {
		forgetWebhookSecrets();
		reads = jest.spyOn(HarnessCredentialsHelper.prototype, 'getDecrypted');
	});
	afterEach(() => reads.mockRestore());

	it('verifies 50 requests with one credential read', async () => {
		const context = await triggerContext({ broniboyWebhookApi: { secret: 'first-secret-0123456789' } });
		for (let i = 0; i < 50; i++) {
			expect(await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', verifies(sign('first-secret-0123456789')))).toEqual({ ok: true });
		}
		expect(reads).toHaveBeenCalledTimes(1);
	});

	it('shares one read among 20 requests arriving at the same instant', async () => {
		const context = await triggerContext({ broniboyWebhookApi: { secret: 'burst-secret-0123456789' } });
		const answers = await Promise.all(
			Array.from({ length: 20 }, async () => await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', verifies(sign('burst-secret-0123456789')))),
		);
		expect(answers.every((answer) => answer.ok)).toBe(true);
		expect(reads).toHaveBeenCalledTimes(1);
	});

	it('takes a rotated secret at once and refuses forged signatures after reading the store again', async () => {
		const credentials: CredentialsMap = { broniboyWebhookApi: { secret: 'old-secret-0123456789' } };
		const context = await triggerContext(credentials);
		expect((await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', verifies(sign('old-secret-0123456789')))).ok).toBe(true);

		credentials.broniboyWebhookApi = { secret: 'new-secret-0123456789' };
		expect((await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', verifies(sign('new-secret-0123456789')))).ok).toBe(true);
		expect(reads).toHaveBeenCalledTimes(2);

		expect((await withWebhookSecret(context, 'broniboyWebhookApi', 'secret', verifies(sign('not-the-secret'))))).toEqual({ ok: false });
		expect(reads).toHaveBeenCalledTimes(3);
	});
});
