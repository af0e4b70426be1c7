import { testCredential } from '../../harness/engine/credentialTest';
import { useAplautSandbox, useBotobotSandbox, useBroniboySandbox, useKeyCrmSandbox } from '../support/sandboxes';
import { aplautCredentials, botobotCredentials, broniboyCredentials, keyCrmCredentials } from '../../sandboxes/credentials';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

describe('credential tests against the sandboxes', () => {
	const keycrm = useKeyCrmSandbox();
	const aplaut = useAplautSandbox();
	const broniboy = useBroniboySandbox();
	const botobot = useBotobotSandbox();

	it('KeyCRM: passes with the key, fails clearly with a wrong one', async () => {
		expect(await testCredential('keyCrmApi', keyCrmCredentials(keycrm.sandbox).keyCrmApi)).toMatchObject({ status: 'OK' });
		const wrong = await testCredential('keyCrmApi', keyCrmCredentials(keycrm.sandbox, 'wrong-key').keyCrmApi);
		expect(wrong).toMatchObject({ status: 'Error', statusCode: 401 });
		expect(wrong.message).toContain('Unauthenticated.');
		const [first] = keycrm.sandbox.requests('GET', '/users');
		expect(first.headers.authorization).toBe(`Bearer ${SANDBOX_TOKENS.keyCrmApiKey}`);
	});

	it.each(['token', 'bearer'] as const)('Aplaut (%s header): passes, and fails with a wrong token', async (style) => {
		expect(await testCredential('aplautApi', aplautCredentials(aplaut.sandbox, style).aplautApi)).toMatchObject({ status: 'OK' });
		const wrong = await testCredential('aplautApi', aplautCredentials(aplaut.sandbox, style, 'nope').aplautApi);
		expect(wrong).toMatchObject({ status: 'Error', statusCode: 401 });
		expect(wrong.message).toContain('HTTP Token: Access denied.');
		const expected = style === 'token' ? `Token token=${SANDBOX_TOKENS.aplautToken}` : `Bearer ${SANDBOX_TOKENS.aplautToken}`;
		expect(aplaut.sandbox.journal[0].headers.authorization).toBe(expected);
	});

	it('Broniboy: passes with the app token, fails for a blocked one', async () => {
		expect(await testCredential('broniboyApi', broniboyCredentials(broniboy.sandbox).broniboyApi)).toMatchObject({ status: 'OK' });
		const blocked = await testCredential(
			'broniboyApi',
			broniboyCredentials(broniboy.sandbox, SANDBOX_TOKENS.broniboyBlockedToken).broniboyApi,
		);
		expect(blocked).toMatchObject({ status: 'Error', statusCode: 403 });
		expect(blocked.message).toContain('Токен заблокирован.');
		expect(broniboy.sandbox.journal[0].headers['x-auth-token']).toBeUndefined();
	});

	it('Botobot: passes with the token in the path, fails with a wrong one', async () => {
		expect(await testCredential('botobotApi', botobotCredentials(botobot.sandbox).botobotApi)).toMatchObject({ status: 'OK' });
		const wrong = await testCredential('botobotApi', botobotCredentials(botobot.sandbox, 'bad-token-123').botobotApi);
		expect(wrong).toMatchObject({ status: 'Error', statusCode: 403 });
		expect(botobot.sandbox.journal[0]).toMatchObject({
			method: 'POST',
			path: `/getTask/${SANDBOX_TOKENS.botobotToken}`,
			rawBody: 'id=0',
		});
	});
});
