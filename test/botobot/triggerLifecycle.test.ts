import { HookContext } from 'n8n-core';
import type { IDataObject, INode, INodeType, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { fullType, loadPackage } from '../support/engine';

/** Runs the trigger's webhook lifecycle (activation / deactivation) through n8n-core's real HookContext. */
async function lifecycle(parameters: IDataObject, staticData: IDataObject = {}) {
	const { nodeTypes } = await loadPackage();
	const node: INode = {
		id: 'trigger',
		name: 'Botobot Trigger',
		type: fullType('botobotTrigger'),
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		webhookId: '3f1c9a2e-0000-4000-8000-000000000001',
	};
	const workflow = new Workflow({ id: 'wf', nodes: [node], connections: {}, nodeTypes, active: true, staticData, settings: {} });
	const additionalData = {
		webhookBaseUrl: 'https://n8n.example.com/webhook',
		webhookTestBaseUrl: 'https://n8n.example.com/webhook-test',
		instanceBaseUrl: 'https://n8n.example.com/',
		variables: {},
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
	const valid = { protection: 'urlSecret', secret: 'a-secret-of-enough-length', options: {} };

	it('checks the settings, records its URL on activation and clears its state on deactivation', async () => {
		const hooks = await lifecycle(valid);
		expect(await hooks.checkExists()).toBe(false);
		expect(await hooks.create()).toBe(true);
		expect(hooks.state().registeredUrl).toBe('https://n8n.example.com/webhook/3f1c9a2e-0000-4000-8000-000000000001/botobot');
		expect(await hooks.checkExists()).toBe(true);
		hooks.state().recent = [['hash', 1]];
		expect(await hooks.delete()).toBe(true);
		expect(hooks.state()).toEqual({});
		expect(await hooks.checkExists()).toBe(false);
	});

	it('refuses to activate with a short secret or an unreadable allow-list', async () => {
		await expect((await lifecycle({ ...valid, secret: 'short' })).create()).rejects.toThrow(
			'The secret must be at least 16 characters long',
		);
		await expect((await lifecycle({ ...valid, options: { allowedIps: '10.0.0.1, intranet' } })).create()).rejects.toThrow(
			'Not an IP address or range: intranet',
		);
		expect(await (await lifecycle({ protection: 'none', options: {} })).create()).toBe(true);
	});
});
