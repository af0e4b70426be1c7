import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { assertNoProblems, inputError } from '../../../shared/execute/inputError';
import type { Fields } from '../../helpers/compact';
import { orderFromBotobotOrder } from '../../helpers/fromBotobotOrder';
import { withOverrides } from '../../helpers/overrides';
import { customFieldValues, newOrderBody, orderUpdateBody, type Built } from '../../helpers/orderBody';
import { orderProblems } from '../../helpers/orderValidation';
import { listFieldUuids } from '../../transport/customFields';
import { BOTOBOT_ORDER_MODE, botobotOptions } from './fields/botobotPreset';

/** A JSON parameter as an object, whether n8n hands over text or an already parsed value. */
export function jsonParameter(context: IExecuteFunctions, name: string, itemIndex: number): unknown {
	const raw = context.getNodeParameter(name, itemIndex) as unknown;
	if (typeof raw !== 'string') return raw;
	try {
		return jsonParse(raw);
	} catch {
		throw inputError(context, `The ${name === 'jsonBody' ? 'JSON body' : name} is not valid JSON`, itemIndex);
	}
}

function objectParameter(context: IExecuteFunctions, name: string, itemIndex: number): Fields {
	return (context.getNodeParameter(name, itemIndex, {}) ?? {}) as Fields;
}

/**
 * Adds the custom field values once the body is known to be sendable: the types of the fields
 * (list fields take a list of values) cost one lookup per run, made only when fields are given.
 */
async function addCustomFields(context: IExecuteFunctions, body: Fields, itemIndex: number): Promise<void> {
	const collection = context.getNodeParameter('customFields', itemIndex, {}) as IDataObject;
	if (customFieldValues(collection, () => false).length === 0) return;
	const listFields = await listFieldUuids.call(context, 'order', itemIndex);
	body.custom_fields = customFieldValues(collection, (uuid) => listFields.has(uuid));
}

function isJsonMode(context: IExecuteFunctions, itemIndex: number): boolean {
	return context.getNodeParameter('inputMode', itemIndex, 'fields') === 'json';
}

/** The order mapped from the item's Botobot order, with the form's values on top. */
function withBotobotOrder(context: IExecuteFunctions, form: Built, itemIndex: number): Built {
	const item = context.getInputData()[itemIndex]?.json ?? {};
	const { paymentMethodId } = botobotOptions((name, fallback) => context.getNodeParameter(name, itemIndex, fallback));
	const mapped = orderFromBotobotOrder(item, { paymentMethodId });
	assertNoProblems(context, mapped.ok ? [] : mapped.problems, itemIndex, 'KeyCRM');
	return { body: withOverrides(mapped.ok ? mapped.value : {}, form.body), problems: form.problems };
}

/** The body of a new order from the form or the JSON box, checked as KeyCRM would check it. */
export async function readNewOrder(context: IExecuteFunctions, itemIndex: number): Promise<Fields> {
	let built: Built;
	if (isJsonMode(context, itemIndex)) {
		const body = jsonParameter(context, 'jsonBody', itemIndex) as Fields;
		built = { body, problems: [] };
	} else {
		const { productList, ...details } = objectParameter(context, 'additionalFields', itemIndex);
		built = newOrderBody({
			zone: context.getTimezone(),
			sourceId: context.getNodeParameter('sourceId', itemIndex, ''),
			productList,
			buyer: {
				full_name: context.getNodeParameter('buyerFullName', itemIndex, ''),
				email: context.getNodeParameter('buyerEmail', itemIndex, ''),
				phone: context.getNodeParameter('buyerPhone', itemIndex, ''),
			},
			details,
			shipping: objectParameter(context, 'shipping', itemIndex),
			marketing: objectParameter(context, 'marketing', itemIndex),
			products: context.getNodeParameter('products', itemIndex, {}),
			payments: context.getNodeParameter('payments', itemIndex, {}),
			customFields: [],
		});
		if (context.getNodeParameter('inputMode', itemIndex, 'fields') === BOTOBOT_ORDER_MODE) built = withBotobotOrder(context, built, itemIndex);
	}
	assertNoProblems(context, [...built.problems, ...orderProblems(built.body)], itemIndex, 'KeyCRM');
	if (!isJsonMode(context, itemIndex)) await addCustomFields(context, built.body, itemIndex);
	return built.body;
}

/** The changes to an existing order from the form or the JSON box. */
export async function readOrderUpdate(context: IExecuteFunctions, itemIndex: number): Promise<Fields> {
	if (isJsonMode(context, itemIndex)) {
		const body = jsonParameter(context, 'jsonBody', itemIndex);
		const problems = typeof body === 'object' && body !== null && !Array.isArray(body) ? [] : ['The JSON body must be an object'];
		assertNoProblems(context, problems, itemIndex, 'KeyCRM');
		return body as Fields;
	}
	const built = orderUpdateBody({
		zone: context.getTimezone(),
		details: objectParameter(context, 'updateFields', itemIndex),
		shipping: objectParameter(context, 'shipping', itemIndex),
		products: context.getNodeParameter('products', itemIndex, {}),
		customFields: customFieldValues(context.getNodeParameter('customFields', itemIndex, {}), () => false),
	});
	assertNoProblems(context, built.problems, itemIndex, 'KeyCRM');
	await addCustomFields(context, built.body, itemIndex);
	return built.body;
}
