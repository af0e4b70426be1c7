import type { INodeProperties } from 'n8n-workflow';

import { aplautOperationProperties, aplautResources } from '../../nodes/Aplaut/actions';
import { botobotOperationProperties, botobotResources } from '../../nodes/Botobot/actions';
import { broniboyOperationProperties, broniboyResources } from '../../nodes/Broniboy/actions';
import { keyCrmOperationProperties, keyCrmResources } from '../../nodes/KeyCrm/actions';
import type { ResourceOperations } from '../../nodes/shared/execute/router';

const registries: Array<[string, Record<string, ResourceOperations>, INodeProperties[]]> = [
	['KeyCRM', keyCrmResources, keyCrmOperationProperties],
	['Aplaut', aplautResources, aplautOperationProperties],
	['Broniboy', broniboyResources, broniboyOperationProperties],
	['Botobot', botobotResources, botobotOperationProperties],
];

const every = registries.flatMap(([service, resources]) =>
	Object.entries(resources).flatMap(([resource, operations]) =>
		Object.entries(operations).map(([name, operation]) => ({ service, resource, name, operation })),
	),
);

describe('operation registries', () => {
	it.each(every.map((entry) => [`${entry.service} ${entry.resource}.${entry.name}`, entry]))(
		'%s declares whether it may be re-sent',
		(_, { operation }) => {
			expect(['safe', 'unsafe']).toContain(operation.resend);
		},
	);

	it.each(registries)('%s: every Operation option has its operation, and every operation its option', (_, resources, properties) => {
		for (const [resource, operations] of Object.entries(resources)) {
			const selector = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource));
			const values = (selector?.options ?? []).map((option) => (option as { value: string }).value);
			expect(values.sort()).toEqual(Object.keys(operations).sort());
		}
	});

	it('marks writes that add a record as unsafe and idempotent ones as safe', () => {
		expect(keyCrmResources.order.create.resend).toBe('unsafe');
		expect(keyCrmResources.order.addPayment.resend).toBe('unsafe');
		expect(keyCrmResources.order.update.resend).toBe('safe');
		expect(aplautResources.review.create.resend).toBe('unsafe');
		expect(aplautResources.order.createOrUpdate.resend).toBe('safe');
		expect(broniboyResources.b2bOrder.create.resend).toBe('unsafe');
		expect(botobotResources.task.add.resend).toBe('unsafe');
		expect(botobotResources.order.markPaid.resend).toBe('safe');
		expect(botobotResources.order.updateStatus.resend).toBe('safe');
	});
});
