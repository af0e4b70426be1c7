import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ResourceOperations } from '../../shared/execute/router';
import { buyerDescription, buyerOperations } from './buyer/buyer.resource';
import { callDescription, callOperations } from './call/call.resource';
import { companyDescription, companyOperations } from './company/company.resource';
import { externalTransactionDescription, externalTransactionOperations } from './externalTransaction/externalTransaction.resource';
import { offerDescription, offerOperations } from './offer/offer.resource';
import { pipelineDescription, pipelineOperations } from './pipeline/pipeline.resource';
import { pipelineCardDescription, pipelineCardOperations } from './pipelineCard/pipelineCard.resource';
import { productDescription, productOperations } from './product/product.resource';
import { productCategoryDescription, productCategoryOperations } from './productCategory/productCategory.resource';
import { stockDescription, stockOperations } from './stock/stock.resource';
import { storageFileDescription, storageFileOperations } from './storageFile/storageFile.resource';
import { userDescription, userOperations } from './user/user.resource';

/** The catalog side of KeyCRM (buyers, companies, products, stocks, pipelines, files...), in one block for the node. */
export const catalogResourceOptions: INodePropertyOptions[] = [
	{ name: 'Buyer', value: 'buyer' },
	{ name: 'Call', value: 'call' },
	{ name: 'Company', value: 'company' },
	{ name: 'External Transaction', value: 'externalTransaction' },
	{ name: 'Offer', value: 'offer' },
	{ name: 'Pipeline', value: 'pipeline' },
	{ name: 'Pipeline Card', value: 'pipelineCard' },
	{ name: 'Product', value: 'product' },
	{ name: 'Product Category', value: 'productCategory' },
	{ name: 'Stock', value: 'stock' },
	{ name: 'Storage File', value: 'storageFile' },
	{ name: 'User', value: 'user' },
];

export const catalogResourceDescriptions: INodeProperties[] = [
	...buyerDescription,
	...callDescription,
	...companyDescription,
	...externalTransactionDescription,
	...offerDescription,
	...pipelineDescription,
	...pipelineCardDescription,
	...productDescription,
	...productCategoryDescription,
	...stockDescription,
	...storageFileDescription,
	...userDescription,
];

export const catalogOperations: Record<string, ResourceOperations> = {
	buyer: buyerOperations,
	call: callOperations,
	company: companyOperations,
	externalTransaction: externalTransactionOperations,
	offer: offerOperations,
	pipeline: pipelineOperations,
	pipelineCard: pipelineCardOperations,
	product: productOperations,
	productCategory: productCategoryOperations,
	stock: stockOperations,
	storageFile: storageFileOperations,
	user: userOperations,
};
