import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { inputError } from '../../../shared/execute/inputError';

const labelOf = (name: string) => name.replace(/([A-Z])/g, ' $1').replace(/^./, (letter) => letter.toUpperCase()).replace(/ Id$/, ' ID');

/**
 * KeyCRM's path template with the item's values filled in, e.g. `/pipelines/cards/{cardId}/payment/{paymentId}`.
 * An ID left at 0 or empty fails the item: KeyCRM would only answer 404.
 */
export function recordPath(context: IExecuteFunctions, itemIndex: number, template: string): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = context.getNodeParameter(name, itemIndex) as unknown;
		if (value === undefined || value === null || value === 0 || String(value).trim() === '') {
			throw inputError(context, `Set the ${labelOf(name)}`, itemIndex);
		}
		return encodeURIComponent(String(value).trim());
	});
}

/** "Get" of one record by ID, with the related records KeyCRM can include. */
export function getOperation(config: { path: string; id: INodeProperties; include: INodePropertyOptions[]; what: string }): Operation {
	return {
		resend: 'safe',
		description: [
			config.id,
			{ displayName: 'Include', name: 'include', type: 'multiOptions', default: [], description: `Related records to return with the ${config.what}`, options: config.include },
		],
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const include = this.getNodeParameter('include', itemIndex, []) as string[];
			const qs = include.length ? { include: include.join(',') } : undefined;
			return await keyCrmRequest.call(this, 'GET', recordPath(this, itemIndex, config.path), { qs }, itemIndex);
		},
	};
}
