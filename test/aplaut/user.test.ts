import { useAplautSandbox } from '../support/sandboxes';
import { expectRequest, HEADER_STYLES, runAplaut } from './aplautTest';

describe.each(HEADER_STYLES)('Aplaut users (Authorization: %s)', (style) => {
	const aplaut = useAplautSandbox();

	it('creates a dashboard user', async () => {
		const { items } = await runAplaut(aplaut, style, {
			resource: 'user',
			operation: 'create',
			email: 'mod@example.com',
			role: 'company_moderator',
			fields: { name: 'Maria Moderator', occupation: 'Support lead' },
		});
		const attributes = { email: 'mod@example.com', role: 'company_moderator', name: 'Maria Moderator', occupation: 'Support lead' };
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'POST', path: '/users', body: { data: { type: 'users', attributes } } });
		expect(items[0].json).toMatchObject({ type: 'users', id: expect.any(String), ...attributes });
	});

	it('a taken email is a validation error', async () => {
		aplaut.store.add('users', { email: 'mod@example.com', role: 'company_admin' });
		const { items } = await runAplaut(
			aplaut,
			style,
			{ resource: 'user', operation: 'create', email: 'mod@example.com', role: 'company_manager' },
			{ continueOnFail: true },
		);
		expect(items[0].json).toMatchObject({ error: 'Validation error', httpCode: '422' });
		expect(items[0].json.description).toContain('email: is already taken');
	});

	it('gets a user', async () => {
		const user = aplaut.store.add('users', { email: 'admin@example.com', role: 'company_admin', name: 'Ann' });
		const { items } = await runAplaut(aplaut, style, { resource: 'user', operation: 'get', userId: user.id });
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'GET', path: `/users/${user.id}` });
		expect(items[0].json).toMatchObject({ id: user.id, type: 'users', email: 'admin@example.com', role: 'company_admin' });
	});
});
