import { randomUUID } from 'node:crypto';

import { REVIEW_EVENTS } from '../../nodes/Aplaut/trigger/reviewDelivery';
import type { Sandbox } from '../core/sandbox';
import { reviewWebhookBody, SAMPLE_REVIEW, type SecretMode } from './samples';
import type { AplautStore } from './store';

function readInput(input: Record<string, unknown>) {
	const { url, event, reviewId, review, hookId, secret = 'valid', hookSecret, copies = 1 } = input;
	if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new Error('"url" must be an http(s) URL');
	if (typeof event !== 'string' || !(REVIEW_EVENTS as readonly string[]).includes(event)) {
		throw new Error(`"event" must be one of ${REVIEW_EVENTS.join(', ')}`);
	}
	if (!['valid', 'wrong', 'missing'].includes(secret as string)) throw new Error('"secret" must be valid, wrong or missing');
	if (hookId !== undefined && typeof hookId !== 'string') throw new Error('"hookId" must be a string');
	if (hookSecret !== undefined && (typeof hookSecret !== 'string' || hookSecret === '')) throw new Error('"hookSecret" must be a non-empty string');
	if (!Number.isInteger(copies) || (copies as number) < 1 || (copies as number) > 20) throw new Error('"copies" must be 1–20');
	return {
		url,
		event,
		reviewId,
		review,
		hookId: hookId as string | undefined,
		secret: secret as SecretMode,
		hookSecret: hookSecret as string | undefined,
		copies: copies as number,
	};
}

async function post(url: string, body: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'User-Agent': 'Aplaut-sandbox-webhooks' },
		body: JSON.stringify(body),
	});
	const text = await response.text();
	try {
		return { status: response.status, body: text ? JSON.parse(text) : '' };
	} catch {
		return { status: response.status, body: text };
	}
}

/**
 * `POST /__sandbox/send-review-webhook` with `{url, event, reviewId? | review?, hookId?, secret:
 * 'valid'|'wrong'|'missing', hookSecret?, copies?}`: posts a review webhook (the stored review `reviewId`, the
 * given `review` object, or a new sample review) to `url`; `copies` > 1 sends the same delivery
 * that many times at once; `hookSecret` is the hook's own secret (default the
 * sandbox's). Answers `{status, body}` per copy and the review id.
 */
export function addReviewWebhookControl(sandbox: Sandbox, store: AplautStore): void {
	sandbox.addControl('send-review-webhook', async (input) => {
		const { url, event, reviewId, review, hookId, secret, hookSecret, copies } = readInput(input);
		let resource: Record<string, unknown>;
		if (typeof reviewId === 'string') {
			const row = store.find('reviews', reviewId);
			if (!row) throw new Error(`no review ${reviewId}`);
			resource = store.resource('reviews', row) as Record<string, unknown>;
		} else if (review && typeof review === 'object') {
			resource = review as Record<string, unknown>;
		} else {
			const row = store.add('reviews', { ...SAMPLE_REVIEW, external_id: `review-${randomUUID().slice(0, 8)}` });
			resource = store.resource('reviews', row) as Record<string, unknown>;
		}
		const body = reviewWebhookBody({ event, review: resource, hookId, secret, hookSecret });
		const answers = await Promise.all(Array.from({ length: copies }, () => post(url, body)));
		return { reviewId: resource.id, status: answers[0].status, body: answers[0].body, answers };
	});
}
