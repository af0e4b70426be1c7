/**
 * Remembers the last Hook-Delivery ids in a plain object (the workflow's static data), so a
 * delivery Broniboy repeats starts no second execution. Pure: no n8n imports.
 */

export const DEFAULT_DELIVERY_MEMORY = 1000;

/** True when `id` is new (and is now remembered); false when it was seen before. */
export function rememberDelivery(store: Record<string, unknown>, id: string, max = DEFAULT_DELIVERY_MEMORY): boolean {
	const seen = Array.isArray(store.deliveries) ? (store.deliveries as unknown[]).filter((entry): entry is string => typeof entry === 'string') : [];
	if (seen.includes(id)) return false;
	seen.push(id);
	store.deliveries = seen.length > max ? seen.slice(seen.length - max) : seen;
	return true;
}
