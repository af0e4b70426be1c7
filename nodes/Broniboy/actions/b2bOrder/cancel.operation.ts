import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/execute/inputError';
import type { Operation } from '../../../shared/execute/router';
import { idField, requiredText } from '../fields';
import { broniboyRequest } from '../../transport';

const MAX_COMMENT_LENGTH = 256;

const properties: INodeProperties[] = [
	idField('orderId', 'Order ID', 'The Broniboy ID of the B2B order to cancel'),
	{
		displayName: 'Reason',
		name: 'reason',
		type: 'options',
		options: [
			{ name: 'Waiting Too Long', value: 'long_waiting', description: 'The courier takes too long to come' },
			{ name: 'Too Expensive', value: 'expensive', description: 'Another delivery service is cheaper' },
			{ name: 'Other', value: 'other', description: 'Any other reason; explain it in the comment' },
		],
		default: 'other',
		description: 'Why the order is canceled',
	},
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: `The reason in your own words, at most ${MAX_COMMENT_LENGTH} characters`,
	},
];

export const cancelOrder: Operation = {
	// A status change: an order canceled twice stays canceled.
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const orderId = requiredText(this, 'orderId', itemIndex, 'Order ID');
		const comment = String(this.getNodeParameter('comment', itemIndex, '') ?? '').trim();
		if (comment.length > MAX_COMMENT_LENGTH) {
			throw inputError(
				this,
				`The comment is ${comment.length} characters long; Broniboy accepts at most ${MAX_COMMENT_LENGTH}`,
				itemIndex,
				'Shorten the comment. Nothing was sent to Broniboy.',
			);
		}
		const body: IDataObject = { reason: this.getNodeParameter('reason', itemIndex) as string };
		if (comment) body.comment = comment;
		const result = await broniboyRequest.call(this, 'cancelOrder', { params: { order_id: orderId }, body }, itemIndex);
		return (result ?? { id: orderId, canceled: true }) as IDataObject;
	},
};
