import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { AplautSandbox } from '../../sandboxes/aplaut';
import type { JournalEntry } from '../../sandboxes/core/sandbox';
import { runNode } from '../../harness/engine/engine';
import { aplautCredentials } from '../../sandboxes/credentials';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

export type HeaderStyle = 'token' | 'bearer';

export const HEADER_STYLES: HeaderStyle[] = ['token', 'bearer'];

export const JSON_API = 'application/vnd.api+json';

export const authorizationFor = (style: HeaderStyle) =>
	style === 'bearer' ? `Bearer ${SANDBOX_TOKENS.aplautToken}` : `Token token=${SANDBOX_TOKENS.aplautToken}`;

/**
 * Runs the Aplaut node once against the sandbox. Pacing is off unless a test sets it: the default
 * 2 requests/second is tested on its own, and keeping it here would only slow every test down.
 */
export async function runAplaut(
	aplaut: AplautSandbox,
	style: HeaderStyle,
	parameters: INodeParameters,
	options: { items?: IDataObject[]; continueOnFail?: boolean; requestOptions?: IDataObject } = {},
) {
	return await runNode({
		type: 'aplaut',
		parameters: { ...parameters, requestOptions: { rateLimitRequests: 0, ...(options.requestOptions ?? {}) } },
		credentials: aplautCredentials(aplaut.sandbox, style),
		items: options.items,
		continueOnFail: options.continueOnFail,
	});
}

/** The request the sandbox received, checked for the headers every Aplaut call must carry. */
export function expectRequest(
	entry: JournalEntry | undefined,
	style: HeaderStyle,
	expected: { method: string; path: string; query?: Record<string, unknown>; body?: unknown },
) {
	expect(entry).toBeDefined();
	expect(entry!.method).toBe(expected.method);
	expect(entry!.path).toBe(expected.path);
	expect(entry!.query).toEqual(expected.query ?? {});
	expect(entry!.headers.authorization).toBe(authorizationFor(style));
	expect(entry!.headers.accept).toBe(JSON_API);
	if (expected.body === undefined) {
		expect(entry!.rawBody).toBe('');
		expect(entry!.headers['content-type']).toBeUndefined();
	} else {
		expect(entry!.headers['content-type']).toBe(JSON_API);
		expect(JSON.parse(entry!.rawBody)).toEqual(expected.body);
	}
}

export const jsons = (items: Array<{ json: IDataObject }>) => items.map((item) => item.json);
