import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode } from '../../harness/engine/engine';
import { broniboyCredentials } from '../../sandboxes/credentials';
import type { BroniboySandbox } from '../../sandboxes/broniboy';

/** Runs the Broniboy node against the sandbox; returns output JSON, the error and the journal. */
export async function runBroniboy(
	broniboy: BroniboySandbox,
	parameters: INodeParameters,
	options: { items?: IDataObject[]; appToken?: string; continueOnFail?: boolean } = {},
) {
	const result = await runNode({
		type: 'broniboy',
		parameters,
		credentials: broniboyCredentials(broniboy.sandbox, options.appToken),
		items: options.items,
		continueOnFail: options.continueOnFail,
	});
	return { ...result, json: result.items.map((item) => item.json), journal: broniboy.sandbox.journal };
}
