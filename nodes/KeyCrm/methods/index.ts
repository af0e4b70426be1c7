import type { INodeType } from 'n8n-workflow';

import { orderLoadOptions } from './orderOptions';

/** Dropdowns of the KeyCRM node; each part of the node brings its own file. */
export const keyCrmMethods: INodeType['methods'] = {
	loadOptions: {
		...orderLoadOptions,
	},
};
