import { BotobotApi } from '../../credentials/BotobotApi.credentials';

describe('Botobot credential: token in the path, except on a request that already carries it as Bearer', () => {
	const credential = new BotobotApi();
	const credentials = { token: 'v1.7.secret/token', baseUrl: 'https://www.botobot.ru/api/v1' };

	it('appends the token (URL-encoded) to the documented methods', async () => {
		const options = await credential.authenticate(credentials, { url: 'https://www.botobot.ru/api/v1/paidOrder', method: 'POST' });
		expect(options.url).toBe('https://www.botobot.ru/api/v1/paidOrder/v1.7.secret%2Ftoken');
	});

	it('leaves GET /orders with its Authorization header alone (any header case)', async () => {
		for (const name of ['Authorization', 'authorization']) {
			const request = { url: 'https://www.botobot.ru/api/v1/orders', method: 'GET' as const, headers: { [name]: 'Bearer v1.7.secret/token' } };
			expect(await credential.authenticate(credentials, request)).toEqual(request);
		}
	});
});
