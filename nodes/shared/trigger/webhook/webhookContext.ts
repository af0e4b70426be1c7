import type { IDataObject, INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { DeliveryGuard } from './deliveryMemory';

/** One guard per n8n process: every request of every trigger node in this process goes through it. */
const guard = new DeliveryGuard();

// Kept across deactivation on purpose: n8n re-registers webhooks on every save of an active
// workflow, and a sender's retry after that must still count as a repeat.
function scopeOf(context: IWebhookFunctions): string {
	const node = context.getNode();
	return `${context.getWorkflow().id ?? ''}|${node.id ?? node.name}`;
}

/**
 * Claims a delivery for this trigger node: true the first time (start the execution), false for a
 * repeat — a delivery is a repeat when any of its keys was seen. Race-free within one process;
 * persisted in the node's static data across restarts and processes (see deliveryMemory.ts for
 * what holds across several webhook processes).
 */
export function claimDelivery(this: IWebhookFunctions, keys: string | string[]): boolean {
	return guard.claim(scopeOf(this), keys, this.getWorkflowStaticData('node'), Date.now());
}

/** Answers the request here with a status and a small JSON body; starts no execution. */
export function refuse(this: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	this.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

/**
 * Answers an accepted delivery here (200 and a small JSON body) and hands n8n the items to start
 * the execution with. Answering here matters: for a `webhookResponse` n8n answers only after it
 * has built the execution, which clears the static data's "changed" mark, so the delivery memory
 * written by claimDelivery would never be saved. With `noWebhookResponse` n8n saves it first.
 */
export function accept(this: IWebhookFunctions, body: IDataObject, workflowData: INodeExecutionData[][]): IWebhookResponseData {
	this.getResponseObject().status(200).json(body);
	return { noWebhookResponse: true, workflowData };
}
