import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { route, type Operation } from '../../nodes/shared/execute/router';
import { resendSafetyOf } from '../../nodes/shared/http/resend';
import type { ServiceProfile } from '../../nodes/shared/http/types';

// Just enough of n8n's execute context for the router and the item loop.
function executeContext(items: number): IExecuteFunctions {
	const parameters: IDataObject = { resource: 'thing', operation: 'act' };
	return {
		getInputData: () => Array.from({ length: items }, () => ({ json: {} })),
		getNodeParameter: (name: string, _itemIndex: number, fallback?: unknown) => parameters[name] ?? fallback,
		getNode: () => ({ name: 'Test', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} }),
		continueOnFail: () => false,
		helpers: {
			returnJsonArray: (data: IDataObject | IDataObject[]) => (Array.isArray(data) ? data : [data]).map((json) => ({ json })),
			constructExecutionMetaData: (entries: unknown[]) => entries,
		},
	} as unknown as IExecuteFunctions;
}

const profile = { name: 'Test' } as unknown as ServiceProfile;

describe('resend safety on the execute context', () => {
	it.each(['safe', 'unsafe'] as const)('an operation declared %s hands its safety to every request it makes', async (resend) => {
		const operation: Operation = {
			resend,
			description: [],
			async execute(this: IExecuteFunctions) {
				return { seen: resendSafetyOf(this) ?? 'none' };
			},
		};
		const context = executeContext(2);
		const [output] = await route.call(context, profile, { thing: { act: operation } });
		expect(output.map((item) => item.json.seen)).toEqual([resend, resend]);
	});

	it('knows no safety outside an operation (a trigger, a dropdown)', () => {
		expect(resendSafetyOf(executeContext(1))).toBeUndefined();
	});
});
