import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode } from '../../harness/engine/engine';
import { keyCrmCredentials } from '../../sandboxes/credentials';
import type { KeyCrmSandbox } from '../../sandboxes/keycrm';

/** Runs the KeyCRM node once against the sandbox: one item unless `items` says otherwise. */
export async function runKeyCrm(
	keycrm: KeyCrmSandbox,
	parameters: IDataObject,
	options: { items?: IDataObject[]; continueOnFail?: boolean; apiKey?: string; timezone?: string } = {},
) {
	return await runNode({
		type: 'keyCrm',
		parameters: parameters as INodeParameters,
		credentials: keyCrmCredentials(keycrm.sandbox, options.apiKey),
		items: options.items,
		continueOnFail: options.continueOnFail,
		timezone: options.timezone,
	});
}

export const jsonOf = (items: Array<{ json: IDataObject }>) => items.map((item) => item.json);
