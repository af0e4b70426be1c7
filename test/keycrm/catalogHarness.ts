import type { IDataObject, INodeExecutionData, INodeParameters, INodePropertyOptions } from 'n8n-workflow';

import type { KeyCrmSandbox } from '../../sandboxes/keycrm';
import { loadOptions, runNode } from '../../harness/engine/engine';
import { keyCrmCredentials } from '../../sandboxes/credentials';

/** Runs the KeyCRM node once against the sandbox and hands back its items (json only) and error. */
export async function runKeyCrm(keycrm: KeyCrmSandbox, parameters: INodeParameters, options: { items?: IDataObject[]; inputItems?: INodeExecutionData[]; continueOnFail?: boolean; apiKey?: string } = {}) {
	const result = await runNode({
		type: 'keyCrm',
		parameters,
		credentials: keyCrmCredentials(keycrm.sandbox, options.apiKey),
		items: options.items,
		inputItems: options.inputItems,
		continueOnFail: options.continueOnFail,
	});
	return { ...result, json: result.items.map((item) => item.json) };
}

/** Calls one of the node's dropdown loaders against the sandbox. */
export async function dropdown(keycrm: KeyCrmSandbox, method: string, parameters: INodeParameters = {}) {
	return (await loadOptions({ type: 'keyCrm', method, parameters, credentials: keyCrmCredentials(keycrm.sandbox) })) as INodePropertyOptions[];
}

/** The one request the sandbox received (fails the test when there were more or none). */
export function onlyRequest(keycrm: KeyCrmSandbox) {
	expect(keycrm.sandbox.journal).toHaveLength(1);
	const [entry] = keycrm.sandbox.journal;
	return { method: entry.method, path: entry.path, query: entry.query, body: entry.body };
}
