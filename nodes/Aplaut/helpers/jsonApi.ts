/** JSON:API documents in and out. Pure. */

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export function toDocument(type: string, attributes: Json, extra: { id?: string; meta?: Json } = {}): Json {
	return {
		data: {
			type,
			...(extra.id !== undefined ? { id: extra.id } : {}),
			attributes,
			...(extra.meta !== undefined && Object.keys(extra.meta).length > 0 ? { meta: extra.meta } : {}),
		},
	};
}

/**
 * One flat record: id, type and attributes at the top; relationships kept as they came. An attribute
 * that is itself called `id` or `type` (a survey question's type) stays under `attributes`, so the
 * record's own id and type are never overwritten.
 */
export function flattenResource(resource: unknown): Json {
	if (!isRecord(resource)) return {};
	const { id, type, attributes, relationships, links, meta } = resource;
	const { id: idAttribute, type: typeAttribute, ...plain } = isRecord(attributes) ? attributes : ({} as Json);
	const clashing = {
		...(idAttribute !== undefined ? { id: idAttribute } : {}),
		...(typeAttribute !== undefined ? { type: typeAttribute } : {}),
	};
	return {
		id,
		type,
		...plain,
		...(Object.keys(clashing).length > 0 ? { attributes: clashing } : {}),
		...(relationships !== undefined ? { relationships } : {}),
		...(links !== undefined ? { links } : {}),
		...(meta !== undefined ? { meta } : {}),
	};
}

/** Records of `included` that a record's relationships point to, flattened, by relationship name. */
function includedFor(resource: Json, included: Json[]): Json | undefined {
	if (!isRecord(resource.relationships) || included.length === 0) return undefined;
	const find = (ref: unknown) =>
		isRecord(ref) ? included.find((entry) => entry.id === ref.id && entry.type === ref.type) : undefined;
	const result: Json = {};
	for (const [name, relationship] of Object.entries(resource.relationships)) {
		// Aplaut sends both `{data: ref}` / `{data: [refs]}` and bare arrays of refs.
		const linkage = isRecord(relationship) && 'data' in relationship ? relationship.data : relationship;
		if (Array.isArray(linkage)) {
			const found = linkage.map(find).filter(isRecord).map(flattenResource);
			if (found.length > 0) result[name] = found;
		} else {
			const found = find(linkage);
			if (found) result[name] = flattenResource(found);
		}
	}
	return Object.keys(result).length > 0 ? result : undefined;
}

/**
 * The records of a document, one flat object each. Related records the request asked to include
 * are attached under `included.<relationship>`.
 */
export function flattenDocument(document: unknown): Json[] {
	if (!isRecord(document)) return [];
	const data = document.data;
	const included = Array.isArray(document.included) ? document.included.filter(isRecord) : [];
	const records = Array.isArray(data) ? data.filter(isRecord) : isRecord(data) ? [data] : [];
	return records.map((record) => {
		const flat = flattenResource(record);
		const related = includedFor(record, included);
		return related ? { ...flat, included: related } : flat;
	});
}
