/** The reference a Broniboy delivery carries back to its KeyCRM and Botobot orders, in the drop-off comment (the only free text Broniboy returns in its webhooks). Pure. */
export interface DeliveryReference {
	keyCrmOrderId?: string;
	botobotOrderId?: string;
}

export function formatDeliveryReference(reference: DeliveryReference): string {
	const parts: string[] = [];
	if (reference.keyCrmOrderId) parts.push(`KeyCRM #${reference.keyCrmOrderId}`);
	if (reference.botobotOrderId) parts.push(`Botobot #${reference.botobotOrderId}`);
	return parts.join(' · ');
}

export function readDeliveryReference(comment: unknown): DeliveryReference {
	const text = typeof comment === 'string' ? comment : '';
	const keyCrm = /KeyCRM #(\d+)/.exec(text);
	const botobot = /Botobot #(\d+)/.exec(text);
	return { keyCrmOrderId: keyCrm?.[1], botobotOrderId: botobot?.[1] };
}
