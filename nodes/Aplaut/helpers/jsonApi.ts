/** JSON:API documents in and out. Pure. */

type Json = Record<string, unknown>;

export function toDocument(type: string, attributes: Json, id?: string): Json {
	return { data: { type, ...(id !== undefined ? { id } : {}), attributes } };
}

/** One flat record: id, type and attributes at the top; relationships kept as they came. */
export function flattenResource(resource: unknown): Json {
	if (typeof resource !== 'object' || resource === null) return {};
	const { id, type, attributes, relationships, links, meta } = resource as Json;
	return {
		id,
		type,
		...((attributes as Json | undefined) ?? {}),
		...(relationships !== undefined ? { relationships } : {}),
		...(links !== undefined ? { links } : {}),
		...(meta !== undefined ? { meta } : {}),
	};
}

export function flattenDocument(document: unknown): Json[] {
	const data = (document as Json | undefined)?.data;
	if (Array.isArray(data)) return data.map(flattenResource);
	return data === undefined || data === null ? [] : [flattenResource(data)];
}
