import { HookContext } from 'n8n-core';
import type { IDataObject, INode, INodeType, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { HarnessCredentialsHelper } from '../../harness/engine/credentials';
import { fullType, loadPackage } from '../../harness/engine/engine';

/** Runs the trigger's webhook lifecycle (activation / deactivation) through n8n-core's real HookContext. */
async function lifecycle(parameters: IDataObject, secret?: string, staticData: IDataObject = {}) {
	const { nodeTypes, credentialTypes } = await loadPackage();
	const credentials: Record<string, { secret: string }> = secret === undefined ? {} : { botobotWebhookApi: { secret } };
	const node: INode = {
		id: 'trigger',
		name: 'Botobot Trigger',
		type: fullType('botobotTrigger'),
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		webhookId: '3f1c9a2e-0000-4000-8000-000000000001',
		...(secret === undefined ? {} : { credentials: { botobotWebhookApi: { id: 'cred-1', name: 'Botobot Webhook' } } }),
	};
	const workflow = new Workflow({ id: 'wf', nodes: [node], connections: {}, nodeTypes, active: true, staticData, settings: {} });
	const additionalData = {
		webhookBaseUrl: 'https://n8n.example.com/webhook',
		webhookTestBaseUrl: 'https://n8n.example.com/webhook-test',
		instanceBaseUrl: 'https://n8n.example.com/',
		variables: {},
		credentialsHelper: new HarnessCredentialsHelper(credentialTypes, credentials),
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new HookContext(workflow, node, additionalData, 'trigger', 'activate');
	const methods = (nodeTypes.getByName(node.type) as INodeType).webhookMethods!.default!;
	return {
		checkExists: async () => await methods.checkExists.call(context),
		create: async () => await methods.create.call(context),
		delete: async () => await methods.delete.call(context),
		state: () => workflow.getStaticData('node', node),
	};
}

describe('Botobot Trigger activation', () => {
	const valid = { protection: 'urlSecret', options: {} };
	const SECRET = 'a-secret-of-enough-length';

	it('checks the settings, records its URL (the secret a path segment) on activation and clears its state on deactivation', async () => {
		const hooks = await lifecycle(valid, SECRET);
		expect(await hooks.checkExists()).toBe(false);
		expect(await hooks.create()).toBe(true);
		const id = '3f1c9a2e-0000-4000-8000-000000000001';
		expect(hooks.state().registeredUrl).toBe(`https://n8n.example.com/webhook/${id}/botobot/${id}/:secret`);
		expect(await hooks.checkExists()).toBe(true);
		hooks.state().recent = [['hash', 1]];
		hooks.state().deliveries = [['key', 1]];
		expect(await hooks.delete()).toBe(true);
		// The memory of earlier deliveries stays: n8n re-registers webhooks on every save.
		expect(hooks.state()).toEqual({ deliveries: [['key', 1]] });
		expect(await hooks.checkExists()).toBe(false);
	});

	it('refuses to activate without a credential (telling an upgrading user what to do), with an unusable secret or allow-list', async () => {
		const missing = (await lifecycle({ ...valid, secret: 'the-old-node-parameter-secret' })).create();
		await expect(missing).rejects.toThrow('No Botobot Webhook API credential is selected');
		await expect((await lifecycle({ ...valid, secret: 'the-old-node-parameter-secret' })).create()).rejects.toMatchObject({
			description: expect.stringContaining('Put the same secret into the credential'),
		});
		await expect((await lifecycle(valid, 'short')).create()).rejects.toThrow('The callback secret cannot be used: The secret is only 5 characters long');
		await expect((await lifecycle(valid, 'a secret with spaces in it')).create()).rejects.toThrow('may contain only letters');
		await expect((await lifecycle({ ...valid, options: { allowedIps: '10.0.0.1, intranet' } }, SECRET)).create()).rejects.toThrow(
			'Not an IP address or range: intranet',
		);
		expect(await (await lifecycle({ protection: 'none', options: {} })).create()).toBe(true);
	});
});
