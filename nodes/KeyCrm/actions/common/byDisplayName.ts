import type { INodeProperties } from 'n8n-workflow';

/** n8n lists the fields of a collection alphabetically; lists built from parts are sorted here. */
export function byDisplayName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
