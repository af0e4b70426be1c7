import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { HarnessCredentialsHelper } from './credentials';
import { loadPackage } from './engine';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
	statusCode?: number;
}

/**
 * Runs a credential type's declarative `test` the way n8n's credential tester does: the request's
 * expressions resolved over $credentials, the type's `authenticate` applied, any HTTP error = failure,
 * then its `rules` as n8n's CredentialsTester applies them (`responseCode` on an error status,
 * `responseSuccessBody`: a body field equal to a value fails the test).
 */
export async function testCredential(type: string, data: ICredentialDataDecryptedObject): Promise<CredentialTestResult> {
	const pkg = await loadPackage();
	const credentialType = pkg.credentialTypes[type];
	const test = credentialType?.test;
	if (!test) throw new Error(`Credential type "${type}" has no test request`);
	const node: INode = {
		id: 'credential-test',
		name: 'Credential test',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const workflow = new Workflow({ nodes: [], connections: {}, active: false, nodeTypes: pkg.nodeTypes });
	const resolve = (value: unknown) =>
		typeof value === 'string' && value.startsWith('=')
			? workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: data }, undefined, value)
			: value;
	const request = test.request;
	let options: IHttpRequestOptions = {
		method: request.method ?? 'GET',
		url: `${String(resolve(request.baseURL) ?? '').replace(/\/+$/, '')}${String(resolve(request.url) ?? '')}`,
		qs: request.qs,
		headers: { ...(request.headers as Record<string, string>) },
		body: request.body as IHttpRequestOptions['body'],
	};
	const helper = new HarnessCredentialsHelper(pkg.credentialTypes, { [type]: data });
	options = await helper.authenticate(data, type, options, workflow, node);
	const url = new URL(options.url);
	for (const [key, value] of Object.entries(options.qs ?? {})) url.searchParams.set(key, String(value));
	try {
		const response = await fetch(url, {
			method: options.method,
			headers: options.headers as Record<string, string>,
			body: typeof options.body === 'string' ? options.body : options.body ? JSON.stringify(options.body) : undefined,
		});
		const text = await response.text();
		const rules = test.rules ?? [];
		if (response.status >= 400) {
			const rule = rules.find((candidate) => candidate.type === 'responseCode' && candidate.properties.value === response.status);
			if (rule) return { status: 'Error', statusCode: response.status, message: rule.properties.message };
			return { status: 'Error', statusCode: response.status, message: `${response.status} - ${text.slice(0, 200)}` };
		}
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch {
			json = {};
		}
		for (const rule of rules) {
			if (rule.type !== 'responseSuccessBody') continue;
			const value = rule.properties.key
				.split('.')
				.reduce<unknown>((current, key) => (current as Record<string, unknown> | undefined)?.[key], json);
			if (value === rule.properties.value) return { status: 'Error', statusCode: response.status, message: rule.properties.message };
		}
		return { status: 'OK', statusCode: response.status, message: 'Connection successful!' };
	} catch (error) {
		return { status: 'Error', message: (error as Error).message };
	}
}
