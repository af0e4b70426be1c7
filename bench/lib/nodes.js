'use strict';
// The contenders of the engine benchmarks: our node and n8n's HTTP Request node sending the same
// requests (same method, URL, headers and body) for every input item `{id, n, name}`.

const HTTP_REQUEST = 'n8n-nodes-base.httpRequest';

/** Our node's "Request Options": pacing (0 = off) and parallel requests. */
const requestOptions = ({ rate, parallel = 1 }) => ({
	rateLimitRequests: rate ? rate.limit : 0,
	...(rate ? { rateLimitPeriod: rate.windowMs / 1000 } : {}),
	parallelRequests: parallel,
});

/**
 * The KeyCRM operation measured: Create Order once our node has it (it is built on another branch),
 * until then Order Get by id. `hasCreate` comes from the built node's description.
 */
function keyCrmOperation(hasCreate) {
	if (hasCreate) {
		return {
			label: 'KeyCRM Create Order',
			method: 'POST',
			path: '/order',
			ours: {
				resource: 'order',
				operation: 'create',
				inputMode: 'fields',
				sourceId: 1,
				buyerFullName: '={{ $json.name }}',
			},
			httpBody: '={{ JSON.stringify({ source_id: 1, buyer: { full_name: $json.name } }) }}',
		};
	}
	return {
		label: 'KeyCRM Order Get (Create Order pending)',
		method: 'GET',
		path: '/order/{{ $json.id }}',
		ours: { resource: 'order', operation: 'get', orderId: '={{ $json.id }}' },
	};
}

function ourKeyCrmNode(operation, options) {
	return { type: 'keyCrm', name: 'KeyCRM', parameters: { ...operation.ours, requestOptions: requestOptions(options) } };
}

/**
 * HTTP Request as a user would set it up for KeyCRM, optionally with batching. It authenticates with
 * our KeyCRM credential as a "predefined credential type", so both contenders pay the same n8n
 * credential handling (a header typed into the node would skip it and compare unlike work).
 */
function httpKeyCrmNode(operation, keyCrm, { batch } = {}) {
	const parameters = {
		method: operation.method,
		url: `=${keyCrm.baseUrl}${operation.path}`,
		authentication: 'predefinedCredentialType',
		nodeCredentialType: 'keyCrmApi',
		sendHeaders: true,
		headerParameters: { parameters: [{ name: 'Accept', value: 'application/json' }] },
		options: batch ? { batching: { batch: { batchSize: batch.size, batchInterval: batch.intervalMs } } } : {},
	};
	if (operation.httpBody) {
		Object.assign(parameters, { sendBody: true, contentType: 'json', specifyBody: 'json', jsonBody: operation.httpBody });
	}
	return { type: HTTP_REQUEST, name: 'HTTP Request', parameters };
}

const keyCrmCredentials = (keyCrm) => ({ keyCrmApi: { apiKey: keyCrm.apiKey, baseUrl: keyCrm.baseUrl } });

module.exports = { keyCrmOperation, ourKeyCrmNode, httpKeyCrmNode, keyCrmCredentials, HTTP_REQUEST };
