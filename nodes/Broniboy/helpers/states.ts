/** The states the Broniboy document names, as the options of a dropdown. Pure data. */

export const ORDER_STATE_OPTIONS = [
	{ name: 'Accepted', value: 'accepted', description: 'Broniboy has accepted the order' },
	{ name: 'Canceled', value: 'canceled', description: 'The order was canceled' },
	{ name: 'Cooking', value: 'cooking', description: 'The order is being prepared' },
	{ name: 'Finished', value: 'finished', description: 'The order was delivered' },
	{ name: 'On the Way', value: 'on_way', description: 'A courier is taking the order to the client' },
	{ name: 'Ready', value: 'ready', description: 'The order is ready to be picked up' },
];

export const COURIER_STATE_OPTIONS = [
	{ name: 'Not Assigned', value: 'courier-not-assigned', description: 'No courier has been assigned yet' },
	{ name: 'Assigned', value: 'courier-assigned', description: 'A courier has been assigned' },
	{ name: 'Accepted', value: 'courier-accepted', description: 'The courier has accepted the order' },
	{ name: 'Arrived', value: 'courier-arrived', description: 'The courier has arrived at the pickup place' },
];

export const WORKLOAD_STATE_OPTIONS = [
	{ name: 'Default', value: 'default', description: 'Normal cooking time' },
	{ name: 'High', value: 'high', description: 'Very busy: the longest cooking time' },
	{ name: 'Medium', value: 'medium', description: 'Busy: a longer cooking time' },
	{ name: 'Pause', value: 'pause', description: 'Take no new orders for now' },
];
