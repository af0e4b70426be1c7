import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { productForm, readProduct } from './productFields';

export const createProduct: Operation = {
	resend: 'unsafe',
	description: productForm,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		return await keyCrmRequest.call(this, 'POST', '/products', { body: readProduct(this, itemIndex) }, itemIndex);
	},
};
