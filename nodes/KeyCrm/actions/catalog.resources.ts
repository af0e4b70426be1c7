import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ResourceOperations } from '../../shared/execute/router';
import { buyerDescription, buyerOperations } from './buyer/buyer.resource';

/** The catalog side of KeyCRM (buyers, companies, products, stocks, pipelines, files...), in one block for the node. */
export const catalogResourceOptions: INodePropertyOptions[] = [{ name: 'Buyer', value: 'buyer' }];

export const catalogResourceDescriptions: INodeProperties[] = [...buyerDescription];

export const catalogOperations: Record<string, ResourceOperations> = {
	buyer: buyerOperations,
};
