import { aplautProfile } from '../../nodes/Aplaut/transport/profile';

const failure = (statusCode: number, body: unknown) => aplautProfile.failureOf({ statusCode, headers: {}, body });

describe('Aplaut error shapes', () => {
	it('reads a validation error with field details and the model line', () => {
		expect(
			failure(422, { errors: { status: 422, title: 'Validation error', details: { number: ['is already taken'], model: 'Validation of Order failed.' } } }),
		).toEqual({
			message: 'Validation error',
			fieldErrors: { number: ['is already taken'], model: 'Validation of Order failed.' },
			code: 422,
		});
	});

	it('reads a bad query with details.filter[...]', () => {
		expect(failure(422, { errors: { status: 422, title: 'Invalid query params', details: { 'filter[rating]': ['is invalid'] } } })).toMatchObject({
			message: 'Invalid query params',
			fieldErrors: { 'filter[rating]': ['is invalid'] },
		});
	});

	it('puts a lone details.message (bad cursor) into the message', () => {
		expect(failure(400, { errors: { status: 400, title: 'Invalid cursor', details: { message: 'cursor has expired' } } })).toEqual({
			message: 'Invalid cursor: cursor has expired',
			fieldErrors: undefined,
			code: 400,
		});
	});

	it('reads details as a list of strings, as the spec schema has them', () => {
		expect(failure(404, { errors: { status: '404', title: 'Not found', details: ['Order 12 not found'] } })).toEqual({
			message: 'Not found',
			fieldErrors: ['Order 12 not found'],
			code: '404',
		});
	});

	it('reads a standard JSON:API errors array, keeping every error', () => {
		expect(
			failure(422, {
				errors: [
					{ status: '422', title: 'Invalid attribute', detail: 'rating must be between 1 and 5' },
					{ status: '422', title: 'Invalid attribute', detail: 'body is blank' },
				],
			}),
		).toEqual({ message: 'Invalid attribute: rating must be between 1 and 5', fieldErrors: ['Invalid attribute: body is blank'], code: '422' });
	});

	it('takes plain-text 401 and 429 answers as Aplaut’s own words, but not an HTML page', () => {
		expect(failure(401, 'HTTP Token: Access denied.\n')).toEqual({ message: 'HTTP Token: Access denied.' });
		expect(failure(429, 'Throttled\n')).toEqual({ message: 'Throttled' });
		expect(failure(502, '<html><body>Bad Gateway</body></html>')).toEqual({ message: 'Aplaut answered HTTP 502' });
		expect(failure(500, '')).toEqual({ message: 'Aplaut answered HTTP 500' });
	});

	it('is silent on success and on bodies it does not know', () => {
		expect(failure(200, { data: [] })).toBeUndefined();
		expect(failure(500, { message: 'boom' })).toBeUndefined();
	});
});
