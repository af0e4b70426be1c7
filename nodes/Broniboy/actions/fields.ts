import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/execute/inputError';
/** A required "Place" dropdown filled from the merchant's places. */
export function placeField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Place Name or ID',
		name: 'placeId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getPlaces' },
		required: true,
		default: '',
		description:
			'The place (restaurant or shop) in Broniboy. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		...overrides,
	};
}

export function idField(name: string, displayName: string, description: string): INodeProperties {
	return { displayName, name, type: 'string', required: true, default: '', placeholder: 'eb3b595d-3653-41a3-a531-ebeba332154c', description };
}

/** A required text parameter, trimmed; an empty value fails before anything is sent. */
export function requiredText(context: IExecuteFunctions, name: string, itemIndex: number, label: string): string {
	const value = String(context.getNodeParameter(name, itemIndex, '') ?? '').trim();
	if (value === '') throw inputError(context, `${label} is empty`, itemIndex);
	return value;
}

/** A date parameter (date picker or text) as the `YYYY-MM-DD` Broniboy expects. */
export function dateOnly(context: IExecuteFunctions, value: unknown, itemIndex: number, label: string): string {
	const text = String(value ?? '').trim();
	const match = /^(\d{4}-\d{2}-\d{2})/.exec(text);
	if (!match) throw inputError(context, `${label} must be a date like 2026-12-31 (got "${text}")`, itemIndex);
	return match[1];
}
