import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Plain } from '../../helpers/catalogValues';
import { inputError } from '../../../shared/execute/inputError';

/** An offer (variant) is named by its KeyCRM ID or by its SKU: the same pair for bulk updates and stocks. */
export const offerReferenceFields: INodeProperties[] = [
	{ displayName: 'Offer ID', name: 'id', type: 'number', default: 0, description: 'ID of the offer (variant) in KeyCRM; leave 0 to find it by SKU' },
	{ displayName: 'SKU', name: 'sku', type: 'string', default: '', description: 'SKU of the offer, used when no Offer ID is given' },
];

/** The entry's reference as KeyCRM reads it; an entry with neither fails the item before sending. */
export function offerReference(context: IExecuteFunctions, entry: Plain, itemIndex: number, label: string): Plain {
	const id = Number(entry.id ?? 0);
	const sku = typeof entry.sku === 'string' ? entry.sku.trim() : '';
	if (!id && !sku) throw inputError(context, `${label}: give the Offer ID or the SKU`, itemIndex);
	return id ? { id } : { sku };
}
