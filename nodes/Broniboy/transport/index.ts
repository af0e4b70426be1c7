import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { apiRequest } from '../../shared/http/request';
import type { ResendSafety } from '../../shared/http/resend';
import { BRONIBOY_ENDPOINTS, endpointPath, type BroniboyEndpoint } from './endpoints';
import { broniboyProfile } from './profile';

export async function broniboyRequest(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	endpoint: BroniboyEndpoint,
	options: { params?: Record<string, string>; qs?: IDataObject; body?: unknown; resend?: ResendSafety } = {},
	itemIndex = 0,
): Promise<unknown> {
	const { method } = BRONIBOY_ENDPOINTS[endpoint];
	return await apiRequest.call(
		this,
		broniboyProfile,
		{ method, path: endpointPath(endpoint, options.params), qs: options.qs, body: options.body, arrayFormat: 'repeat', resend: options.resend },
		itemIndex,
	);
}
