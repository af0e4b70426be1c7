import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ResourceOperations } from '../../shared/execute/router';
import { buyerDescription, buyerOperations } from './buyer/buyer.resource';
import { companyDescription, companyOperations } from './company/company.resource';
import { offerDescription, offerOperations } from './offer/offer.resource';
import { productDescription, productOperations } from './product/product.resource';
import { productCategoryDescription, productCategoryOperations } from './productCategory/productCategory.resource';
import { stockDescription, stockOperations } from './stock/stock.resource';

/** The catalog side of KeyCRM (buyers, companies, products, stocks, pipelines, files...), in one block for the node. */
export const catalogResourceOptions: INodePropertyOptions[] = [
	{ name: 'Buyer', value: 'buyer' },
	{ name: 'Company', value: 'company' },
	{ name: 'Offer', value: 'offer' },
	{ name: 'Product', value: 'product' },
	{ name: 'Product Category', value: 'productCategory' },
	{ name: 'Stock', value: 'stock' },
];

export const catalogResourceDescriptions: INodeProperties[] = [
	...buyerDescription,
	...companyDescription,
	...offerDescription,
	...productDescription,
	...productCategoryDescription,
	...stockDescription,
];

export const catalogOperations: Record<string, ResourceOperations> = {
	buyer: buyerOperations,
	company: companyOperations,
	offer: offerOperations,
	product: productOperations,
	productCategory: productCategoryOperations,
	stock: stockOperations,
};
