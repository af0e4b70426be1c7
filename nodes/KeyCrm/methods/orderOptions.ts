import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { keyCrmList } from '../transport';
import { fetchCustomFields, type CustomFieldModel } from '../transport/customFields';

type Describe = (row: IDataObject) => string | undefined;

function toOption(row: IDataObject, name: string, describe?: Describe): INodePropertyOptions {
	const description = describe?.(row);
	return { name, value: row.id as number, ...(description ? { description } : {}) };
}

/** A dropdown over a whole paged list: every page is read, not only the first. */
function pagedOptions(path: string, describe?: Describe) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const rows = await keyCrmList.call(this, path, {}, undefined);
		return rows
			.filter((row) => row.id !== undefined && row.id !== null)
			.map((row) => toOption(row, String(row.name ?? row.full_name ?? `#${String(row.id)}`), describe));
	};
}

function customFieldOptions(model: CustomFieldModel) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const fields = await fetchCustomFields.call(this, { models: [model] });
		return fields
			.filter((field) => typeof field.uuid === 'string' && field.uuid !== '')
			.map((field) => ({
				name: `${String(field.name ?? field.uuid)}${field.type === 'select' ? ' (list)' : ''}`,
				value: field.uuid as string,
				description:
					field.type === 'select'
						? `${String(field.uuid)}: list field, separate several values with commas`
						: `${String(field.uuid)}: ${String(field.type ?? 'text')} field`,
			}));
	};
}

const aliasOf: Describe = (row) => (typeof row.alias === 'string' ? row.alias : undefined);

/** Dropdowns of the order part of the KeyCRM node. */
export const orderLoadOptions = {
	getSources: pagedOptions('/order/source', (row) =>
		[row.driver, row.currency_code].filter((part) => typeof part === 'string' && part !== '').join(', ') || undefined,
	),
	getOrderStatuses: pagedOptions('/order/status', aliasOf),
	getPaymentMethods: pagedOptions('/order/payment-method', aliasOf),
	getDeliveryServices: pagedOptions('/order/delivery-service', aliasOf),
	getTags: pagedOptions('/order/tag', aliasOf),
	getExpenseTypes: pagedOptions('/order/expense-type', aliasOf),
	getProductStatuses: pagedOptions('/order/product-status', aliasOf),
	getOrderCustomFields: customFieldOptions('order'),
	getLeadCustomFields: customFieldOptions('lead'),
	getClientCustomFields: customFieldOptions('client'),
	getProductCustomFields: customFieldOptions('crm_product'),
};
