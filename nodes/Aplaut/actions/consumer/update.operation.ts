import { field, writeRecordOperation } from '../common/writeOperations';
import { CONSUMER_TYPE, consumerFields, consumerId, consumerKinds } from './consumerFields';

export const updateConsumer = writeRecordOperation({
	method: 'PUT',
	collection: '/consumers',
	type: CONSUMER_TYPE,
	id: consumerId,
	notice: 'If Aplaut has no customer with this ID, it creates one with this external ID (PUT creates a missing record), and a new customer needs a name and an email. Custom attributes are merged.',
	fields: [
		field.text('email', 'Email', "The customer's email", { placeholder: 'name@email.com' }),
		field.text('name', 'Name', "The customer's full name"),
		...consumerFields,
	],
	fieldsLabel: 'Update Fields',
	kinds: consumerKinds,
});
