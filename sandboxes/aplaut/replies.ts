import type { SandboxReply, SandboxRequest } from '../core/sandbox';
import { QueryProblem } from './query';
import { undeclaredAttributes } from './schemaAttributes';

export const JSON_API = 'application/vnd.api+json';

/** Aplaut's `{errors: {status, title, details}}` envelope, as the server really answers. */
export function aplautError(status: number, title: string, details?: Record<string, unknown>): SandboxReply {
	return { status, contentType: JSON_API, body: { errors: { status, title, ...(details ? { details } : {}) } } };
}

export const notFound = () => aplautError(404, 'Record not found');

export const ok = (body: unknown, status = 200): SandboxReply => ({ status, contentType: JSON_API, body });

export function validationError(model: string, errors: Record<string, string[]>): SandboxReply {
	return aplautError(422, 'Validation error', { ...errors, model: `Validation of ${model} failed.` });
}

/** A bad list query: `Invalid query params` with `details.filter[...]` (or the offending key). */
export function queryError(problem: QueryProblem): SandboxReply {
	return aplautError(422, 'Invalid query params', { [problem.key]: [problem.message] });
}

/** Runs a handler; a QueryProblem becomes the answer Aplaut gives for it. */
export function guarded(run: () => SandboxReply, onProblem: (problem: QueryProblem) => SandboxReply = queryError): SandboxReply {
	try {
		return run();
	} catch (error) {
		if (error instanceof QueryProblem) return onProblem(error);
		throw error;
	}
}

export type Document = { type: string; id?: string; attributes: Record<string, unknown>; meta: Record<string, unknown> };

/** The `{data: {type, attributes}}` body of a write, or the reply refusing it. */
export function readDocument(request: SandboxRequest, type: string): Document | SandboxReply {
	if (!String(request.headers['content-type'] ?? '').startsWith(JSON_API)) {
		return aplautError(415, 'Unsupported Media Type', { message: `Content-Type must be ${JSON_API}` });
	}
	const data = (request.body as { data?: Record<string, unknown> } | undefined)?.data;
	if (!data || typeof data !== 'object') return aplautError(400, 'Bad request', { message: 'data is missing' });
	if (data.type !== type) return aplautError(409, 'Conflict', { message: `data.type must be ${type}` });
	const attributes = (data.attributes ?? {}) as Record<string, unknown>;
	const unknown = undeclaredAttributes(type, request.method, attributes);
	if (unknown.length > 0) {
		return aplautError(422, 'Invalid params', Object.fromEntries(unknown.map((name) => [name, ['is not a permitted attribute']])));
	}
	return {
		type,
		id: typeof data.id === 'string' ? data.id : undefined,
		attributes,
		meta: (data.meta ?? {}) as Record<string, unknown>,
	};
}

export const isReply = (value: Document | SandboxReply): value is SandboxReply => 'status' in value;

export const blank = (value: unknown) => value === undefined || value === null || value === '';
