import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { broniboyRequest } from '../transport';

/** The merchant's places for every "Place" dropdown: name, with the address as the hint. */
export async function getPlaces(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const places = await broniboyRequest.call(this, 'listPlaces');
	if (!Array.isArray(places)) return [];
	return places
		.filter((place): place is Record<string, unknown> => typeof place === 'object' && place !== null && 'id' in place)
		.map((place) => ({
			name: String(place.name ?? place.title ?? place.id),
			value: String(place.id),
			description: typeof place.address === 'string' ? place.address : undefined,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
