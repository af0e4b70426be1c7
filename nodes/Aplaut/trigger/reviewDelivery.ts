/**
 * An Aplaut review webhook: a JSON POST whose body carries the hook's `secret` (bodySecret.ts) and
 * `hook_id`. Pure apart from hashing; never throws.
 *
 * Aplaut's help centre names the events and the two fields, not the rest of the body. Read
 * liberally: the event from `event` (or `action`, `type`, `event_type`), the review from `review`
 * or `data` (a JSON:API resource is flattened like the API's answers), its id from the review or
 * `review_id`.
 */
import { redactValue } from '../../shared/http/redact';
import { deliveryKey } from '../../shared/trigger/webhook/deliveryKey';
import { bodyShapeProblem } from '../../shared/trigger/webhook/jsonDepth';
import { flattenResource } from '../helpers/jsonApi';
import { checkBodySecret } from './bodySecret';

export const REVIEW_EVENTS = [
	'create_review',
	'update_review',
	'destroy_review',
	'publish_review',
	'ban_review',
	'held_review',
	'update_review_tags',
] as const;

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

export type ReviewWebhookVerdict =
	| { ok: false; status: 400 | 401 | 422; reason: string }
	| {
			ok: true;
			event: string;
			hookId?: string;
			reviewId?: string;
			/** The review, flat (id, type and attributes at the top). */
			review: Json;
			/** The body without the secret. */
			payload: Json;
			/** The delivery's identity: a repeat has the same one. */
			key: string;
	  };

function reviewOf(body: Json): Json {
	const candidate = isRecord(body.review) ? body.review : isRecord(body.data) ? body.data : {};
	return isRecord(candidate.attributes) ? flattenResource(candidate) : candidate;
}

/** JSON with keys in order, so one payload always hashes alike (the depth is bounded before). */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (isRecord(value)) {
		const keys = Object.keys(value).sort();
		return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** The payload without the time it was sent: a retry of one delivery may be sent later. */
function contentOf(payload: Json): string {
	const content = { ...payload };
	delete content.sent_at;
	return canonical(content);
}

/** Parses a request body (object or raw JSON text) and checks its secret against the credential's. */
export function readReviewWebhook(body: unknown, expectedSecret: string): ReviewWebhookVerdict {
	let parsed = body;
	if (typeof body === 'string') {
		try {
			parsed = JSON.parse(body);
		} catch {
			parsed = undefined;
		}
	}
	// Nothing is read before the secret is checked: a forged request learns nothing about the parser.
	const secret = checkBodySecret(parsed, expectedSecret);
	if (!secret.ok) return secret;
	const shape = bodyShapeProblem(parsed);
	if (shape) return { ok: false, status: 400, reason: shape };
	const payload = redactValue({ ...(parsed as Json) }, [expectedSecret]);
	delete payload.secret;
	const event = text(payload.event) ?? text(payload.action) ?? text(payload.event_type) ?? text(payload.type);
	if (!event) return { ok: false, status: 400, reason: 'The body names no event' };
	const review = reviewOf(payload);
	const hookId = text(payload.hook_id);
	const reviewId = text(review.id) ?? text(payload.review_id);
	if (Object.keys(review).length === 0 && reviewId === undefined) {
		return { ok: false, status: 422, reason: 'The body carries no review (no "review" or "data" object, no "review_id")' };
	}
	// A review can change many times under one event name (update_review): its updated_at tells
	// the changes apart, while a repeated delivery carries the same one. Without it, the content
	// does: a second change differs somewhere, a repeat is the same payload.
	const updatedAt = text(review.updated_at);
	const key = deliveryKey('aplaut', hookId, event, reviewId, updatedAt ?? deliveryKey('content', contentOf(payload)));
	return { ok: true, event, hookId, reviewId, review, payload, key };
}
