import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../shared/execute/router';
import { buyerDescription, buyerOperations } from './buyer/buyer.resource';
import { callDescription, callOperations } from './call/call.resource';
import { companyDescription, companyOperations } from './company/company.resource';
import { customFieldDescription, customFieldOperations } from './customField/customField.resource';
import { externalTransactionDescription, externalTransactionOperations } from './externalTransaction/externalTransaction.resource';
import { offerDescription, offerOperations } from './offer/offer.resource';
import { orderDescription, orderOperations } from './order/order.resource';
import { orderDictionaryDescription, orderDictionaryOperations } from './orderDictionary/orderDictionary.resource';
import { pipelineDescription, pipelineOperations } from './pipeline/pipeline.resource';
import { pipelineCardDescription, pipelineCardOperations } from './pipelineCard/pipelineCard.resource';
import { productDescription, productOperations } from './product/product.resource';
import { productCategoryDescription, productCategoryOperations } from './productCategory/productCategory.resource';
import { stockDescription, stockOperations } from './stock/stock.resource';
import { storageFileDescription, storageFileOperations } from './storageFile/storageFile.resource';
import { userDescription, userOperations } from './user/user.resource';

/** The node's registry: resource → its operations, as the node routes them. */
export const keyCrmResources: Record<string, ResourceOperations> = {
	buyer: buyerOperations,
	call: callOperations,
	company: companyOperations,
	customField: customFieldOperations,
	externalTransaction: externalTransactionOperations,
	offer: offerOperations,
	order: orderOperations,
	orderDictionary: orderDictionaryOperations,
	pipeline: pipelineOperations,
	pipelineCard: pipelineCardOperations,
	product: productOperations,
	productCategory: productCategoryOperations,
	stock: stockOperations,
	storageFile: storageFileOperations,
	user: userOperations,
};

/** Each resource's Operation selector and the fields of its operations. */
export const keyCrmOperationProperties: INodeProperties[] = [
	...customFieldDescription,
	...orderDescription,
	...orderDictionaryDescription,
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
