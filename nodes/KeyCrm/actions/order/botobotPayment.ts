import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNoProblems, inputError } from '../../../shared/execute/inputError';
import { compact, type Fields } from '../../helpers/compact';
import { paymentFromBotobotPaidOrder } from '../../helpers/fromBotobotOrder';
import { moneyEntryBody } from '../../helpers/orderBody';
import { paymentProblems } from '../../helpers/orderValidation';
import { findOrderBySourceUuid } from './existingOrder';
import { addPaymentOnce } from './paymentOnce';

export const BOTOBOT_PAID_ORDER_MODE = 'botobotPaidOrder';

/** Add Payment's Input: the form, or the payment of the item's paid Botobot order. */
export const paymentInputField: INodeProperties = {
	displayName: 'Input',
	name: 'inputMode',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Form', value: 'fields', description: 'Give the order ID and the payment field by field' },
		{
			name: 'From a Botobot Paid Order',
			value: BOTOBOT_PAID_ORDER_MODE,
			description: 'Pay the KeyCRM order whose source UUID is the Botobot order ID with its total; the fields below override',
		},
	],
	default: 'fields',
	description: 'How to give the payment',
};

/** The payment fields in the preset: all optional, a value given wins over the mapped one. */
export function presetPaymentFields(fields: INodeProperties[]): INodeProperties[] {
	return fields.map((field) => ({
		...field,
		required: false,
		displayOptions: { show: { inputMode: [BOTOBOT_PAID_ORDER_MODE] } },
		...(field.name === 'amount' ? { description: "Sum of the payment. Leave 0 to use the Botobot order's total (cost_total)." } : {}),
	}));
}

async function orderIdBySourceUuid(context: IExecuteFunctions, sourceUuid: string, itemIndex: number): Promise<number> {
	const order = await findOrderBySourceUuid(context, sourceUuid, undefined, itemIndex);
	const id = Number(order?.id);
	if (!Number.isInteger(id) || id <= 0) {
		throw inputError(
			context,
			`No KeyCRM order has source UUID "${sourceUuid}" (the Botobot order ID)`,
			itemIndex,
			'Create it first with KeyCRM Order → Create, Input Mode "From a Botobot Order", which writes the Botobot order ID there.',
		);
	}
	return id;
}

/** `POST /order/{id}/payment` for the KeyCRM order of the item's paid Botobot order. */
export async function addBotobotPayment(context: IExecuteFunctions, fields: INodeProperties[], itemIndex: number): Promise<IDataObject> {
	const mapped = paymentFromBotobotPaidOrder(context.getInputData()[itemIndex]?.json ?? {});
	assertNoProblems(context, mapped.ok ? [] : mapped.problems, itemIndex, 'KeyCRM');
	if (!mapped.ok) return {};
	const overrides: Fields = {};
	for (const { name, default: fallback } of fields) overrides[name] = context.getNodeParameter(name, itemIndex, fallback);
	if (overrides.amount === 0) delete overrides.amount;
	const { body, problems } = moneyEntryBody({ ...mapped.value.payment, ...compact(overrides) }, 'Payment', context.getTimezone());
	assertNoProblems(context, [...problems, ...paymentProblems(body)], itemIndex, 'KeyCRM');
	const orderId = await orderIdBySourceUuid(context, mapped.value.sourceUuid, itemIndex);
	return await addPaymentOnce(context, `/order/${orderId}`, body, itemIndex);
}
