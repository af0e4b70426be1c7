import type { INodeParameters } from 'n8n-workflow';

import { runNode, type CredentialsMap } from '../../harness/engine/engine';
import { createAplautSandbox } from '../../sandboxes/aplaut';
import { createBroniboySandbox } from '../../sandboxes/broniboy';
import type { Sandbox } from '../../sandboxes/core/sandbox';
import { createKeyCrmSandbox } from '../../sandboxes/keycrm';
import { aplautCredentials, broniboyCredentials, keyCrmCredentials } from '../../sandboxes/credentials';

export interface ReturnAllCase {
	service: keyof typeof SERVICES;
	records: number;
}

interface ServiceCase {
	label: string;
	maxPageSize: number;
	/** A fresh sandbox holding `records` records. */
	setUp(records: number): { sandbox: Sandbox; credentials: (sandbox: Sandbox) => CredentialsMap };
	node: { type: string; parameters: INodeParameters };
}

// Pacing off: only the number of requests is measured here, not how they are spread.
const unpaced = { requestOptions: { rateLimitRequests: 0 } };

const SERVICES = {
	keyCrm: {
		label: 'KeyCRM Order Get Many',
		maxPageSize: 50,
		setUp(records: number) {
			const { sandbox, store } = createKeyCrmSandbox();
			store.seedOrders(records);
			return { sandbox, credentials: keyCrmCredentials };
		},
		node: { type: 'keyCrm', parameters: { resource: 'order', operation: 'getAll', returnAll: true, ...unpaced } },
	},
	broniboy: {
		label: 'Broniboy B2B Order Get Many',
		maxPageSize: 100,
		setUp(records: number) {
			const { sandbox, store } = createBroniboySandbox();
			store.seedB2bOrders(records);
			return { sandbox, credentials: broniboyCredentials };
		},
		node: { type: 'broniboy', parameters: { resource: 'b2bOrder', operation: 'getAll', returnAll: true, ...unpaced } },
	},
	aplaut: {
		label: 'Aplaut Scroll (reviews)',
		maxPageSize: 100,
		setUp(records: number) {
			const { sandbox, store } = createAplautSandbox();
			store.seed('reviews', records);
			return { sandbox, credentials: (running: Sandbox) => aplautCredentials(running) };
		},
		node: {
			type: 'aplaut',
			parameters: { resource: 'scroll', operation: 'getAll', recordsType: 'reviews', returnAll: true, allTime: true, ...unpaced },
		},
	},
} satisfies Record<string, ServiceCase>;

/** Runs Return All over `records` records and counts the list requests the sandbox received. */
export async function countReturnAllRequests(cases: ReturnAllCase[]) {
	const results = [];
	for (const { service, records } of cases) {
		const definition: ServiceCase = SERVICES[service];
		const { sandbox, credentials } = definition.setUp(records);
		await sandbox.start();
		try {
			const { items, error } = await runNode({ ...definition.node, credentials: credentials(sandbox) });
			const requests = sandbox.journal.filter((entry) => entry.method === 'GET').length;
			results.push({
				service,
				label: definition.label,
				records,
				returned: items.length,
				requests,
				minimum: Math.max(1, Math.ceil(records / definition.maxPageSize)),
				maxPageSize: definition.maxPageSize,
				error: error?.message,
			});
		} finally {
			await sandbox.stop();
		}
	}
	return results;
}
