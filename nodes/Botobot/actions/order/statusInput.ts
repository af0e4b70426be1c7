import type { IExecuteFunctions, INodeParameters, INodeProperties } from 'n8n-workflow';

import { ORDER_STATE_OPTIONS } from '../../../Broniboy/helpers/states';
import { assertNoProblems } from '../../../shared/execute/inputError';
import { DEFAULT_STATE_STATUSES, statusUpdateFromBroniboyDelivery, type StateStatus } from '../../helpers/fromBroniboyDelivery';
import { botobotOrderIdFromKeyCrmOrder } from '../../helpers/fromKeyCrmOrder';
import { ORDER_STATUSES } from '../../helpers/orderStatuses';

const FROM_KEYCRM = 'keyCrmOrder';
const FROM_BRONIBOY = 'broniboyDelivery';

export const statusInputField: INodeProperties = {
	displayName: 'Input',
	name: 'input',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Form', value: 'fields', description: 'Give the order ID and the status' },
		{
			name: 'From a KeyCRM Order',
			value: FROM_KEYCRM,
			description: "The Botobot order is the KeyCRM order's source UUID (as KeyCRM Order → Create From a Botobot Order writes it)",
		},
		{
			name: 'From a Broniboy Delivery',
			value: FROM_BRONIBOY,
			description: "The Botobot order from the delivery's reference, the status from the delivery's state by the table below",
		},
	],
	default: 'fields',
	description: 'Where the order and the status come from',
};

export const showFor = (...inputs: string[]) => ({ show: { input: inputs } });

export const stateStatusesField: INodeProperties = {
	displayName: 'Broniboy State → Botobot Status',
	name: 'stateStatuses',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add state',
	default: { mapping: DEFAULT_STATE_STATUSES.map(({ state, status }): INodeParameters => ({ state, status })) },
	displayOptions: showFor(FROM_BRONIBOY),
	description: 'The Botobot status each Broniboy state moves the order to; a state not listed changes nothing',
	options: [
		{
			displayName: 'State',
			name: 'mapping',
			values: [
				{ displayName: 'Broniboy State', name: 'state', type: 'options', options: ORDER_STATE_OPTIONS, default: 'on_way' },
				{ displayName: 'Botobot Status', name: 'status', type: 'options', options: ORDER_STATUSES, default: 70 },
			],
		},
	],
};

export type StatusTarget = { id: number; status: number; state?: string } | { id: number; state: string; status?: undefined };

function tableOf(context: IExecuteFunctions, itemIndex: number): StateStatus[] {
	const collection = context.getNodeParameter('stateStatuses', itemIndex, {}) as { mapping?: Array<Partial<StateStatus>> };
	return (collection.mapping ?? [])
		.filter((row) => typeof row.state === 'string' && row.state !== '')
		.map((row) => ({ state: String(row.state), status: Number(row.status) }));
}

/** The order and the status to set for one item; no status when a delivery's state is not in the table. */
export function readStatusTarget(context: IExecuteFunctions, itemIndex: number): StatusTarget {
	const input = context.getNodeParameter('input', itemIndex, 'fields');
	const item = context.getInputData()[itemIndex]?.json ?? {};
	if (input === FROM_BRONIBOY) {
		const update = statusUpdateFromBroniboyDelivery(item, tableOf(context, itemIndex));
		assertNoProblems(context, update.ok ? [] : [update.problem], itemIndex, 'Botobot');
		return update as StatusTarget;
	}
	const status = context.getNodeParameter('status', itemIndex) as number;
	if (input === FROM_KEYCRM) {
		const reading = botobotOrderIdFromKeyCrmOrder(item);
		assertNoProblems(context, reading.ok ? [] : [reading.problem], itemIndex, 'Botobot');
		return { id: (reading as { id: number }).id, status };
	}
	return { id: context.getNodeParameter('orderId', itemIndex) as number, status };
}
