import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { parseForm } from './form';

export type Query = Record<string, string | string[]>;

export interface SandboxRequest {
	method: string;
	/** Path below the service prefix, e.g. "/order/12". */
	path: string;
	params: Record<string, string>;
	query: Query;
	headers: http.IncomingHttpHeaders;
	rawBody: string;
	/** The body parsed as JSON or form fields (bracket notation expanded), when it is either. */
	body: unknown;
}

export interface SandboxReply {
	status: number;
	/** An object or array is sent as JSON; a string as it is. */
	body?: unknown;
	headers?: Record<string, string>;
	contentType?: string;
}

export type Handler = (request: SandboxRequest) => SandboxReply | Promise<SandboxReply>;

export interface JournalEntry {
	at: number;
	method: string;
	path: string;
	query: Query;
	headers: http.IncomingHttpHeaders;
	rawBody: string;
	body: unknown;
	status: number;
	/** Headers of the answer, as the service would send them (Content-Type aside). */
	replyHeaders?: Record<string, string>;
}

export type Fault =
	| { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string>; contentType?: string }
	| { kind: 'drop' }
	| { kind: 'slow'; delayMs: number }
	| { kind: 'malformed' };

export interface FaultRule {
	fault: Fault;
	/** How many matching requests it hits (default 1). */
	times?: number;
	/** How many matching requests it lets through first (default 0): a failure in the middle of a walk. */
	skip?: number;
	method?: string;
	/** Substring or regular expression source matched against the path. */
	path?: string;
	/**
	 * The request is carried out first (a write is stored), then the answer is lost: `drop` closes
	 * the connection, `slow` holds the real answer past the client's timeout, `status` answers that
	 * status instead. What a test needs to prove the service-side count after a lost answer.
	 */
	afterHandling?: boolean;
}

export interface RateLimit {
	limit: number;
	windowMs: number;
	/** Every 429 without Retry-After and without a reset time, as a service sometimes answers. */
	withoutRetryAfter?: boolean;
	/**
	 * No X-RateLimit-* header on any answer: only Retry-After on a 429 tells of the limit, as for a
	 * client that must not count on X-RateLimit-Remaining (shared/reference).
	 */
	withoutCountHeaders?: boolean;
}

/** What the limiter knows when it refuses a request, for the service's own 429 answer. */
export interface Throttle {
	limit: number;
	windowMs: number;
	/** When the window ends (ms since the epoch). */
	resetAt: number;
	/** Whole seconds until then; undefined when this 429 must carry no Retry-After or reset time. */
	retryAfterSeconds?: number;
}

export interface ServiceBehaviour {
	name: string;
	/** URL prefix of the API, e.g. "/v1". */
	prefix: string;
	/** Undefined lets the request through; a reply refuses it (401/403 in the service's own shape). */
	authenticate(request: SandboxRequest): SandboxReply | undefined;
	tooManyRequests(throttle: Throttle): SandboxReply;
	/** Headers on every answer the limiter let through (Laravel's X-RateLimit-Limit / -Remaining). */
	rateLimitHeaders?(state: { limit: number; remaining: number }): Record<string, string>;
	notFound(request: SandboxRequest): SandboxReply;
	/** Clears the service's store back to its seed. */
	reset?(): void;
}

interface Route {
	method: string;
	pattern: RegExp;
	names: string[];
	handler: Handler;
}

function compile(path: string): { pattern: RegExp; names: string[] } {
	const names: string[] = [];
	const source = path
		.split('/')
		.map((part) => {
			if (part.startsWith(':')) {
				names.push(part.slice(1));
				return '([^/]+)';
			}
			return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('/');
	return { pattern: new RegExp(`^${source}/?$`), names };
}

function parseQuery(search: URLSearchParams): Query {
	const query: Query = {};
	for (const key of new Set(search.keys())) {
		const values = search.getAll(key);
		query[key] = values.length === 1 ? values[0] : values;
	}
	return query;
}

function parseBody(raw: string, contentType: string | undefined): unknown {
	if (raw === '') return undefined;
	if (contentType?.includes('json')) {
		try {
			return JSON.parse(raw);
		} catch {
			return undefined;
		}
	}
	if (contentType?.includes('x-www-form-urlencoded')) return parseForm(raw);
	return raw;
}

/**
 * A local stand-in for one service: routes, auth, a fixed-window rate limiter (like Laravel's
 * throttle: the window starts with its first request), fault injection and a journal of every
 * request received.
 */
export class Sandbox {
	readonly journal: JournalEntry[] = [];

	private readonly routes: Route[] = [];

	private faults: Array<FaultRule & { left: number; skipLeft: number }> = [];

	private rateLimit: RateLimit | undefined;

	private window = { start: 0, count: 0, withoutRetryAfter: false };

	private server: http.Server | undefined;

	private readonly sockets = new Set<import('node:net').Socket>();

	private readonly controls = new Map<string, (input: Record<string, unknown>) => unknown>();

	baseUrl = '';

	constructor(readonly behaviour: ServiceBehaviour) {}

	route(method: string, path: string, handler: Handler): this {
		this.routes.push({ method: method.toUpperCase(), ...compile(path), handler });
		return this;
	}

	/**
	 * A service-specific action reachable at `POST /__sandbox/<name>` (e.g. "send a signed webhook to
	 * this URL"), for tests running in another process. The handler's result is answered as JSON.
	 */
	addControl(name: string, handler: (input: Record<string, unknown>) => unknown): this {
		this.controls.set(name, handler);
		return this;
	}

	setRateLimit(limit: RateLimit | undefined): void {
		this.rateLimit = limit;
		this.window = { start: 0, count: 0, withoutRetryAfter: false };
	}

	/**
	 * Uses up the current window from now on, as other clients of the same account would: every
	 * request for one full window is refused, optionally with 429s that carry no Retry-After.
	 */
	exhaustRateLimit(options: { withoutRetryAfter?: boolean } = {}): void {
		if (!this.rateLimit) throw new Error('exhaustRateLimit needs a rate limit (setRateLimit) first');
		this.window = { start: Date.now(), count: this.rateLimit.limit, withoutRetryAfter: options.withoutRetryAfter === true };
	}

	injectFault(rule: FaultRule): void {
		this.faults.push({ ...rule, left: rule.times ?? 1, skipLeft: rule.skip ?? 0 });
	}

	reset(): void {
		this.journal.length = 0;
		this.faults = [];
		this.setRateLimit(undefined);
		this.behaviour.reset?.();
	}

	/** Journal entries for one method and path pattern (":id" style placeholders allowed). */
	requests(method?: string, path?: string): JournalEntry[] {
		const matcher = path ? compile(path).pattern : undefined;
		return this.journal.filter(
			(entry) => (!method || entry.method === method.toUpperCase()) && (!matcher || matcher.test(entry.path)),
		);
	}

	async start(port = 0, host = '127.0.0.1'): Promise<string> {
		this.server = http.createServer((req, res) => void this.handle(req, res));
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
		const address = this.server.address() as AddressInfo;
		this.baseUrl = `http://${host}:${address.port}${this.behaviour.prefix}`;
		return this.baseUrl;
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	private takeFault(request: SandboxRequest): FaultRule | undefined {
		const rule = this.faults.find(
			(candidate) =>
				candidate.left > 0 &&
				(!candidate.method || candidate.method.toUpperCase() === request.method) &&
				(!candidate.path || new RegExp(candidate.path).test(request.path)),
		);
		if (!rule) return undefined;
		if (rule.skipLeft > 0) {
			rule.skipLeft--;
			return undefined;
		}
		rule.left--;
		return rule;
	}

	/** Counts the request; a Throttle when it is over the limit, else the headers of a counted answer. */
	private limited(now: number): { throttle?: Throttle; headers?: Record<string, string> } {
		const rate = this.rateLimit;
		if (!rate) return {};
		if (now - this.window.start >= rate.windowMs) this.window = { start: now, count: 0, withoutRetryAfter: false };
		if (this.window.count >= rate.limit) {
			const resetAt = this.window.start + rate.windowMs;
			const bare = rate.withoutRetryAfter === true || this.window.withoutRetryAfter;
			const retryAfterSeconds = bare ? undefined : Math.max(1, Math.ceil((resetAt - now) / 1000));
			return { throttle: { limit: rate.limit, windowMs: rate.windowMs, resetAt, retryAfterSeconds } };
		}
		this.window.count++;
		return { headers: this.behaviour.rateLimitHeaders?.({ limit: rate.limit, remaining: rate.limit - this.window.count }) };
	}

	private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks).toString('utf8');
		const url = new URL(req.url ?? '/', 'http://sandbox');
		if (url.pathname.startsWith('/__sandbox/')) return this.control(url, rawBody, res);

		const prefix = this.behaviour.prefix;
		const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) || '/' : url.pathname;
		const request: SandboxRequest = {
			method: (req.method ?? 'GET').toUpperCase(),
			path,
			params: {},
			query: parseQuery(url.searchParams),
			headers: req.headers,
			rawBody,
			body: parseBody(rawBody, req.headers['content-type']),
		};
		const entry: JournalEntry = {
			at: Date.now(),
			method: request.method,
			path,
			query: request.query,
			headers: req.headers,
			rawBody,
			body: request.body,
			status: 0,
		};
		this.journal.push(entry);

		const reply = await this.answer(request, req, res);
		if (!reply) {
			entry.status = -1;
			return;
		}
		entry.status = reply.status;
		entry.replyHeaders = reply.headers;
		this.send(res, reply);
	}

	private async answer(
		request: SandboxRequest,
		req: http.IncomingMessage,
		res: http.ServerResponse,
	): Promise<SandboxReply | undefined> {
		const rule = this.takeFault(request);
		if (rule?.afterHandling) return await this.loseAnswer(rule.fault, await this.serve(request), req);
		const fault = rule?.fault;
		if (fault?.kind === 'drop') {
			req.socket.destroy();
			return undefined;
		}
		if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
		if (fault?.kind === 'status') {
			return { status: fault.status, body: fault.body, headers: fault.headers, contentType: fault.contentType };
		}
		if (fault?.kind === 'malformed') {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end('{"data": [{"id": 1,');
			return undefined;
		}
		return await this.serve(request);
	}

	private async serve(request: SandboxRequest): Promise<SandboxReply> {
		const denied = this.behaviour.authenticate(request);
		if (denied) return denied;
		const { throttle, headers } = this.limited(Date.now());
		if (throttle) return this.withoutCounts(this.behaviour.tooManyRequests(throttle));
		const reply = await this.dispatch(request);
		return headers && !this.rateLimit?.withoutCountHeaders ? { ...reply, headers: { ...headers, ...reply.headers } } : reply;
	}

	private withoutCounts(reply: SandboxReply): SandboxReply {
		if (!this.rateLimit?.withoutCountHeaders || !reply.headers) return reply;
		const headers = Object.fromEntries(Object.entries(reply.headers).filter(([name]) => !/^x-ratelimit-/i.test(name)));
		return { ...reply, headers };
	}

	/** The request was carried out; its answer is lost as the fault says. */
	private async loseAnswer(fault: Fault, served: SandboxReply, req: http.IncomingMessage): Promise<SandboxReply | undefined> {
		if (fault.kind === 'drop') {
			req.socket.destroy();
			return undefined;
		}
		if (fault.kind === 'slow') {
			await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
			return served;
		}
		if (fault.kind === 'status') return { status: fault.status, body: fault.body, headers: fault.headers, contentType: fault.contentType };
		return served;
	}

	private async dispatch(request: SandboxRequest): Promise<SandboxReply> {
		for (const route of this.routes) {
			if (route.method !== request.method) continue;
			const match = route.pattern.exec(request.path);
			if (!match) continue;
			route.names.forEach((name, index) => (request.params[name] = decodeURIComponent(match[index + 1])));
			return await route.handler(request);
		}
		return this.behaviour.notFound(request);
	}

	private send(res: http.ServerResponse, reply: SandboxReply): void {
		const isText = typeof reply.body === 'string';
		const headers: Record<string, string> = { ...reply.headers };
		if (reply.body !== undefined) {
			headers['Content-Type'] = reply.contentType ?? (isText ? 'text/plain; charset=utf-8' : 'application/json');
		}
		res.writeHead(reply.status, headers);
		res.end(reply.body === undefined ? undefined : isText ? (reply.body as string) : JSON.stringify(reply.body));
	}

	/** Lets a test in another process (end-to-end) read the journal and steer the sandbox. */
	private async control(url: URL, rawBody: string, res: http.ServerResponse): Promise<void> {
		const input = rawBody ? (JSON.parse(rawBody) as Record<string, unknown>) : {};
		const reply = (body: unknown) => this.send(res, { status: 200, body });
		const custom = this.controls.get(url.pathname.slice('/__sandbox/'.length));
		if (custom) {
			try {
				return reply((await custom(input)) ?? { ok: true });
			} catch (error) {
				return this.send(res, { status: 500, body: { error: (error as Error).message } });
			}
		}
		switch (url.pathname) {
			case '/__sandbox/journal':
				return reply(this.journal);
			case '/__sandbox/reset':
				this.reset();
				return reply({ ok: true });
			case '/__sandbox/fault':
				this.injectFault(input as unknown as FaultRule);
				return reply({ ok: true });
			case '/__sandbox/rate-limit':
				this.setRateLimit(input.limit ? (input as unknown as RateLimit) : undefined);
				return reply({ ok: true });
			case '/__sandbox/exhaust-rate-limit':
				try {
					this.exhaustRateLimit({ withoutRetryAfter: input.withoutRetryAfter === true });
				} catch (error) {
					return this.send(res, { status: 409, body: { error: (error as Error).message } });
				}
				return reply({ ok: true });
			default:
				return this.send(res, { status: 404, body: { error: 'unknown control path' } });
		}
	}
}
