'use strict';
// The contenders of the engine benchmarks: our node and n8n's HTTP Request node sending the same
// requests (method, URL, headers, body) for every input item `{id, n, name}`.

const HTTP_REQUEST = 'n8n-nodes-base.httpRequest';

/** Our node's "Request Options": pacing (0 = off) and parallel requests. */
const requestOptions = ({ rate, parallel = 1 }) => ({
	rateLimitRequests: rate ? rate.limit : 0,
	...(rate ? { rateLimitPeriod: rate.windowMs / 1000 } : {}),
	parallelRequests: parallel,
});

const APLAUT_LINE = { product_id: 'TEA-GRN-100', name: 'Green tea', price: 320 };

/**
 * The operations measured. `ids`: the sandbox must hold records 1..n first. Creates use the item's
 * `n` and `name`, so every item makes a new record.
 */
const OPERATIONS = {
	keyCrmCreateOrder: {
		label: 'KeyCRM Create Order',
		service: 'keyCrm',
		nodeType: 'keyCrm',
		credentialType: 'keyCrmApi',
		method: 'POST',
		path: '/order',
		ours: { resource: 'order', operation: 'create', inputMode: 'fields', sourceId: 1, buyerFullName: '={{ $json.name }}' },
		httpBody: { contentType: 'json', specifyBody: 'json', jsonBody: '={{ JSON.stringify({ source_id: 1, buyer: { full_name: $json.name } }) }}' },
	},
	keyCrmGetOrder: {
		label: 'KeyCRM Order Get',
		service: 'keyCrm',
		nodeType: 'keyCrm',
		credentialType: 'keyCrmApi',
		method: 'GET',
		path: '/order/{{ $json.id }}',
		ids: 3,
		ours: { resource: 'order', operation: 'get', orderId: '={{ $json.id }}' },
	},
	aplautCreateOrUpdateOrder: {
		label: 'Aplaut Create or Update Order',
		service: 'aplaut',
		nodeType: 'aplaut',
		credentialType: 'aplautApi',
		method: 'PUT',
		path: '/orders/order-{{ $json.n }}',
		accept: 'application/vnd.api+json',
		ours: {
			resource: 'order',
			operation: 'createOrUpdate',
			number: '={{ "order-" + $json.n }}',
			consumerName: '={{ $json.name }}',
			consumerEmail: '={{ "buyer" + $json.n + "@shop.test" }}',
			orderLinesSource: 'fields',
			orderLines: { lines: [APLAUT_LINE] },
		},
		// Aplaut speaks JSON:API: the same document our node sends, with its media type.
		httpBody: {
			contentType: 'raw',
			rawContentType: 'application/vnd.api+json',
			body: `={{ JSON.stringify({ data: { type: "orders", attributes: { consumer_name: $json.name, consumer_email: "buyer" + $json.n + "@shop.test", order_lines: [${JSON.stringify(APLAUT_LINE)}] } } }) }}`,
		},
	},
};

function ourNode(operation, options) {
	return { type: operation.nodeType, name: 'Ours', parameters: { ...operation.ours, requestOptions: requestOptions(options) } };
}

/**
 * HTTP Request as a user would set it up, optionally with batching. It authenticates with our
 * credential as a "predefined credential type", so both contenders pay the same n8n credential
 * handling (a header typed into the node would skip it and compare unlike work).
 */
function httpNode(operation, service, { batch } = {}) {
	const parameters = {
		method: operation.method,
		url: `=${service.baseUrl}${operation.path}`,
		authentication: 'predefinedCredentialType',
		nodeCredentialType: operation.credentialType,
		sendHeaders: true,
		headerParameters: { parameters: [{ name: 'Accept', value: operation.accept ?? 'application/json' }] },
		options: batch ? { batching: { batch: { batchSize: batch.size, batchInterval: batch.intervalMs } } } : {},
	};
	if (operation.httpBody) Object.assign(parameters, { sendBody: true, ...operation.httpBody });
	return { type: HTTP_REQUEST, name: 'HTTP Request', parameters };
}

/** Credentials for the engine run, pointing at the sandbox process. */
function credentialsFor(operation, services) {
	const service = services[operation.service];
	if (operation.service === 'keyCrm') return { keyCrmApi: { apiKey: service.apiKey, baseUrl: service.baseUrl } };
	return { aplautApi: { token: service.token, headerStyle: 'token', baseUrl: service.baseUrl } };
}

/** KeyCRM Create Order once the built node has it (it came from another branch), else Order Get. */
const keyCrmOperation = (available) => (available.keyCrmCreateOrder ? OPERATIONS.keyCrmCreateOrder : OPERATIONS.keyCrmGetOrder);

/** Aplaut Create or Update Order once the built node has it, else the KeyCRM operation. */
const overheadOperation = (available) =>
	available.aplautCreateOrUpdateOrder ? OPERATIONS.aplautCreateOrUpdateOrder : keyCrmOperation(available);

module.exports = { OPERATIONS, ourNode, httpNode, credentialsFor, keyCrmOperation, overheadOperation, HTTP_REQUEST };
