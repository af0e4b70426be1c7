import type { IHttpRequestMethods } from 'n8n-workflow';

/**
 * Every Broniboy path in one table. The published document names only the two order-placing paths;
 * the others follow its style and are marked `inferred`: when the real spec differs, fix the line here.
 */
export const BRONIBOY_ENDPOINTS = {
	verifyOrder: { method: 'POST', path: '/orders/verify/', source: 'documented' },
	createOrder: { method: 'POST', path: '/orders/create/', source: 'documented' },
	listPlaces: { method: 'GET', path: '/places/', source: 'inferred' },
} as const satisfies Record<string, { method: IHttpRequestMethods; path: string; source: 'documented' | 'inferred' }>;

export type BroniboyEndpoint = keyof typeof BRONIBOY_ENDPOINTS;

/** Fills `{name}` placeholders of a path with URL-encoded values. */
export function endpointPath(endpoint: BroniboyEndpoint, params: Record<string, string> = {}): string {
	return BRONIBOY_ENDPOINTS[endpoint].path.replace(/\{(\w+)\}/g, (_, name: string) =>
		encodeURIComponent(params[name] ?? ''),
	);
}
