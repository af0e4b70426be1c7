import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, ILoadOptionsFunctions } from 'n8n-workflow';

import { apiRequest } from '../../shared/http/request';
import { aplautProfile } from './profile';

export async function aplautRequest(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	method: IHttpRequestMethods,
	path: string,
	options: { qs?: IDataObject; body?: unknown } = {},
	itemIndex = 0,
): Promise<IDataObject> {
	const answer = await apiRequest.call(this, aplautProfile, { method, path, ...options }, itemIndex);
	return (answer ?? {}) as IDataObject;
}
