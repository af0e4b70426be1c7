import type { IHttpRequestMethods } from 'n8n-workflow';

/**
 * Every Broniboy path in one table. The published document names only the two order-placing paths;
 * the others follow its style (plural nouns, trailing slash) and are marked `inferred`: when the real
 * spec differs, fix the line here and nothing else.
 */
export const BRONIBOY_ENDPOINTS = {
	verifyOrder: { method: 'POST', path: '/orders/verify/', source: 'documented' },
	createOrder: { method: 'POST', path: '/orders/create/', source: 'documented' },
	listOrders: { method: 'GET', path: '/orders/', source: 'inferred' },
	cancelOrder: { method: 'POST', path: '/orders/{order_id}/cancel/', source: 'inferred' },
	listPlaces: { method: 'GET', path: '/places/', source: 'inferred' },
	listPlacesLegal: { method: 'GET', path: '/places/legal/', source: 'inferred' },
	getWorkload: { method: 'GET', path: '/places/{place_id}/workload/', source: 'inferred' },
	changeWorkload: { method: 'PUT', path: '/places/{place_id}/workload/', source: 'inferred' },
	getSchedule: { method: 'GET', path: '/places/{place_id}/schedule/', source: 'inferred' },
	changeSchedule: { method: 'PUT', path: '/places/{place_id}/schedule/', source: 'inferred' },
	listScheduleOverrides: { method: 'GET', path: '/places/{place_id}/schedule-overrides/', source: 'inferred' },
	createScheduleOverride: { method: 'POST', path: '/schedule-overrides/', source: 'inferred' },
	getScheduleOverride: { method: 'GET', path: '/schedule-overrides/{schedule_override_id}/', source: 'inferred' },
	changeScheduleOverride: { method: 'PUT', path: '/schedule-overrides/{schedule_override_id}/', source: 'inferred' },
	deleteScheduleOverride: { method: 'DELETE', path: '/schedule-overrides/{schedule_override_id}/', source: 'inferred' },
	getMerchantOrder: { method: 'GET', path: '/merchant-orders/{order_id}/', source: 'inferred' },
	listMerchantOrders: { method: 'GET', path: '/merchant-orders/list/{state}/', source: 'inferred' },
} as const satisfies Record<string, { method: IHttpRequestMethods; path: string; source: 'documented' | 'inferred' }>;

export type BroniboyEndpoint = keyof typeof BRONIBOY_ENDPOINTS;

/** Fills `{name}` placeholders of a path with URL-encoded values. */
export function endpointPath(endpoint: BroniboyEndpoint, params: Record<string, string> = {}): string {
	return BRONIBOY_ENDPOINTS[endpoint].path.replace(/\{(\w+)\}/g, (_, name: string) =>
		encodeURIComponent(params[name] ?? ''),
	);
}
