import { writeRecordOperation } from '../common/writeOperations';
import { CONSUMER_TYPE, consumerFields, consumerKinds } from './consumerFields';

export const createConsumer = writeRecordOperation({
	method: 'POST',
	collection: '/consumers',
	type: CONSUMER_TYPE,
	required: [
		{
			attribute: 'email',
			property: { displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', required: true, default: '', description: "The customer's email" },
		},
		{
			attribute: 'name',
			property: { displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: "The customer's full name" },
		},
	],
	fields: consumerFields,
	kinds: consumerKinds,
});
