'use strict';
// n8n's HTTP APIs: the internal REST API (owner setup, login, credential test, node types) with a
// session cookie, and the public API (/api/v1) with an API key.

class N8nApi {
	constructor(baseUrl) {
		this.baseUrl = baseUrl;
		this.cookie = undefined;
		this.apiKey = undefined;
	}

	async request(method, path, { body, auth = 'cookie', expect = [200] } = {}) {
		const headers = { Accept: 'application/json' };
		if (body !== undefined) headers['Content-Type'] = 'application/json';
		if (auth === 'cookie' && this.cookie) headers.Cookie = this.cookie;
		if (auth === 'apiKey') headers['X-N8N-API-KEY'] = this.apiKey;
		const response = await fetch(`${this.baseUrl}${path}`, {
			method,
			headers,
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		let parsed;
		try {
			parsed = text ? JSON.parse(text) : undefined;
		} catch {
			parsed = text;
		}
		if (!expect.includes(response.status)) {
			throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
		}
		const setCookie = response.headers.getSetCookie?.() ?? [];
		const authCookie = setCookie.find((cookie) => cookie.startsWith('n8n-auth='));
		if (authCookie) this.cookie = authCookie.split(';')[0];
		return { status: response.status, body: parsed };
	}

	/** REST answers wrap their payload in `{data}`. */
	async rest(method, path, body) {
		const { body: answer } = await this.request(method, `/rest${path}`, { body });
		return answer && typeof answer === 'object' && 'data' in answer ? answer.data : answer;
	}

	async publicApi(method, path, body) {
		const { body: answer } = await this.request(method, `/api/v1${path}`, { body, auth: 'apiKey' });
		return answer;
	}

	/** Creates the owner account on a fresh instance; false when one exists already. */
	async setupOwner(owner) {
		const { status, body } = await this.request('POST', '/rest/owner/setup', { body: owner, expect: [200, 400] });
		if (status === 200) return true;
		if (/already/i.test(JSON.stringify(body))) return false;
		throw new Error(`Owner setup refused: ${JSON.stringify(body)}`);
	}

	async login({ email, password }) {
		// n8n 2.x names the field emailOrLdapLoginId; older releases used email.
		await this.rest('POST', '/login', { emailOrLdapLoginId: email, email, password });
	}

	async apiKeyWorks() {
		const { status } = await this.request('GET', '/api/v1/workflows?limit=1', { auth: 'apiKey', expect: [200, 401, 403] });
		return status === 200;
	}

	/** A public-API key with every scope the owner may grant. */
	async createApiKey(label) {
		const scopes = await this.rest('GET', '/api-keys/scopes');
		const created = await this.rest('POST', '/api-keys', { label, scopes, expiresAt: null });
		this.apiKey = created.rawApiKey ?? created.apiKey;
		return this.apiKey;
	}
}

module.exports = { N8nApi };
