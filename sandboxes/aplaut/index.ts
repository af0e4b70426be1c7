import { hideFor } from '../core/hide';
import { Sandbox, type SandboxRequest } from '../core/sandbox';
import { SANDBOX_TOKENS } from '../tokens';
import { registerExportTasks, type ExportBehaviour } from './exportTasks';
import { registerReplies } from './nested';
import { registerRecordType } from './records';
import { consumers, orders, products, questions, replyType, reviews, surveyResponses, surveys, users } from './recordTypes';
import { aplautError, notFound } from './replies';
import { defaultScrollBehaviour, registerScroll, type ScrollBehaviour } from './scroll';
import { AplautStore } from './store';
import { addReviewWebhookControl } from './webhooks';

export { aplautError };

/** A time as Aplaut's headers show it: whole seconds with the offset, `2020-01-01T12:00:00+00:00`. */
function aplautDateTime(ms: number): string {
	return `${new Date(Math.ceil(ms / 1000) * 1000).toISOString().slice(0, 19)}+00:00`;
}

/**
 * Aplaut Platform API 4.1 as a local server: all 37 operations in JSON:API, both Authorization
 * forms, plain-text 401/429, Aplaut's error envelope, paging caps, scroll cursors, export tasks.
 */
export function createAplautSandbox() {
	const store = new AplautStore();
	const behaviour: { scroll: ScrollBehaviour; exports: ExportBehaviour } = {
		scroll: defaultScrollBehaviour(),
		exports: { outcome: 'completed' },
	};
	let resetScrolls = () => {};
	const sandbox = new Sandbox({
		name: 'Aplaut',
		prefix: '/v4',
		authenticate(request: SandboxRequest) {
			const header = request.headers.authorization;
			const token = SANDBOX_TOKENS.aplautToken;
			if (header === `Token token=${token}` || header === `Bearer ${token}`) return undefined;
			return {
				status: 401,
				body: 'HTTP Token: Access denied.\n',
				headers: { 'WWW-Authenticate': 'Token realm="Application"' },
			};
		},
		// As the 4.1 spec's TooManyRequestsErrorResponse: the limit, its period in seconds, the time of
		// the next allowed request ("X-RateLimit-Reset: 2020-01-01T12:00:00+00:00") and Retry-After.
		tooManyRequests: ({ limit, windowMs, resetAt, retryAfterSeconds }) => ({
			status: 429,
			body: 'Throttled\n',
			headers: {
				'X-RateLimit-Limit': String(limit),
				'X-RateLimit-Period': String(Math.max(1, Math.round(windowMs / 1000))),
				...(retryAfterSeconds !== undefined
					? { 'X-RateLimit-Reset': aplautDateTime(resetAt), 'Retry-After': String(retryAfterSeconds) }
					: {}),
			},
		}),
		notFound: () => notFound(),
		reset: () => {
			store.reset();
			behaviour.scroll = defaultScrollBehaviour();
			behaviour.exports = { outcome: 'completed' };
			resetScrolls();
		},
	});
	for (const spec of [orders, products, consumers, reviews, questions]) registerRecordType(sandbox, store, spec);
	const comments = replyType('comments', 'Comment');
	const answers = replyType('answers', 'Answer');
	registerReplies(sandbox, store, { type: 'reviews', key: 'review_id' }, comments, 'comments', false);
	registerReplies(sandbox, store, { type: 'questions', key: 'question_id' }, answers, 'answers', true);
	registerExportTasks(sandbox, store, { get outcome() { return behaviour.exports.outcome; } });
	const scroll = registerScroll(sandbox, store, () => behaviour.scroll);
	resetScrolls = scroll.reset;
	// Users: create and get only; surveys and survey responses: lists only (as the spec has them).
	registerRecordType(sandbox, store, users, ['create', 'get']);
	registerRecordType(sandbox, store, surveys, ['list']);
	registerRecordType(sandbox, store, surveyResponses, ['list']);
	// For end-to-end tests in another process: seed records and steer scrolls and exports.
	sandbox.addControl('seed', (input) => {
		const { type, count = 1, attributes = {} } = input as { type: string; count?: number; attributes?: Record<string, unknown> };
		return { ids: store.seed(type, count, (index) => ({ ...attributes, ...(type === 'orders' ? { number: `${String(attributes.number ?? 'N')}-${index}` } : {}) })).map((row) => row.id) };
	});
	// A late record (end-to-end poll checks): listed only `ms` after this call.
	sandbox.addControl('hide', (input) => {
		const type = String(input.type);
		const row = store.find(type, String(input.id));
		if (!row) throw new Error(`no ${type} ${String(input.id)}`);
		hideFor(() => store.all(type), row, Number(input.ms));
		return { hidden: row.id };
	});
	sandbox.addControl('scroll', (input) => Object.assign(behaviour.scroll, input));
	sandbox.addControl('exports', (input) => Object.assign(behaviour.exports, input));
	addReviewWebhookControl(sandbox, store);
	return { sandbox, store, behaviour, scrollStats: scroll.stats };
}

export type AplautSandbox = ReturnType<typeof createAplautSandbox>;
