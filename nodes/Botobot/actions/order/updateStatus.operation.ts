import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { ORDER_STATUSES, statusName } from '../../helpers/orderStatuses';
import { botobotCall } from '../../transport';
import { orderIdProperty } from './orderId';
import { readStatusTarget, showFor, stateStatusesField, statusInputField } from './statusInput';

const properties: INodeProperties[] = [
	statusInputField,
	{ ...orderIdProperty, displayOptions: showFor('fields') },
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: ORDER_STATUSES,
		default: 20,
		displayOptions: showFor('fields', 'keyCrmOrder'),
		description:
			'The new status. Botobot never lowers a status: choosing a lower one than the order already has is refused.',
	},
	stateStatusesField,
];

// Botobot's exact wording for a refused lowering is undocumented; these cover the English and Russian forms.
const LOWERING_REFUSAL = /lower|decrease|downgrade|пониж|понизить/i;

/** Botobot's refusal to lower a status, with a hint a shop owner can act on; other errors pass unchanged. */
function explainRefusal(error: unknown, id: number, status: number): unknown {
	if (error instanceof NodeApiError && LOWERING_REFUSAL.test(error.message)) {
		const hint = `Botobot never lowers an order's status: order ${id} is already past "${statusName(status)}". Choose a higher status, or leave the order as it is.`;
		error.description = [hint, error.description].filter(Boolean).join('\n');
	}
	return error;
}

export const updateOrderStatus: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const { id, status, state } = readStatusTarget(this, itemIndex);
		const from = state === undefined ? {} : { state };
		if (status === undefined) return { id, ...from, updated: false, reason: `No Botobot status is set for the Broniboy state "${state}"` };
		try {
			await botobotCall.call(this, 'updateOrderStatus', { id, status }, itemIndex);
		} catch (error) {
			throw explainRefusal(error, id, status);
		}
		return { id, status, statusName: statusName(status), ...from, updated: true };
	},
};
