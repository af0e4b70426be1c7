import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions/properties';
import { listLimit } from '../../../shared/execute/listLimit';
import type { Operation } from '../../../shared/execute/router';
import { keyCrmList } from '../../transport';
import { sortField, sortQuery } from '../common/sort';

const properties: INodeProperties[] = [...returnAllOrLimit(), sortField([{ name: 'ID', value: 'id' }], 'id')];

/** Every order dictionary is a paged list at its own path, with the same paging and sort. */
export function dictionaryList(path: string): Operation {
	return {
		resend: 'safe',
		description: properties,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const qs = sortQuery(this.getNodeParameter('sort', itemIndex, {}));
			return await keyCrmList.call(this, path, qs, listLimit(this, itemIndex), itemIndex);
		},
	};
}
