import type { INode, INodeProperties, INodePropertyCollection, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { loadPackage } from '../../harness/engine/engine';

const CATALOG_RESOURCES = ['buyer', 'call', 'company', 'externalTransaction', 'offer', 'pipeline', 'pipelineCard', 'product', 'productCategory', 'stock', 'storageFile', 'user'];

type Option = INodeProperties | INodePropertyOptions | INodePropertyCollection;
const label = (option: Option) => ('displayName' in option ? option.displayName : option.name);

/** Every option list below `properties`, with where it sits, for the checks n8n's linter cannot make on built lists. */
function optionLists(properties: Option[], where: string, out: Array<{ where: string; names: string[] }> = []) {
	for (const property of properties) {
		const options = 'options' in property ? (property.options as Option[] | undefined) : undefined;
		const values = 'values' in property ? (property.values as Option[]) : undefined;
		const here = `${where} > ${label(property)}`;
		if (options?.length && ('type' in property ? property.type !== 'options' || property.name !== 'operation' : true)) {
			out.push({ where: here, names: options.map(label) });
			optionLists(options, here, out);
		}
		if (values) optionLists(values, here, out);
	}
	return out;
}

describe('KeyCRM catalog description', () => {
	let description: INodeType['description'];
	beforeAll(async () => {
		description = ((await loadPackage()).nodeTypes.getByName('n8n-nodes-order-sync.keyCrm') as INodeType).description;
	});

	it('offers every catalog resource, resources sorted by name', () => {
		const resource = description.properties.find((property) => property.name === 'resource')!;
		const options = resource.options as INodePropertyOptions[];
		expect(options.map((option) => option.value)).toEqual(expect.arrayContaining(CATALOG_RESOURCES));
		const names = options.map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});

	it('has 38 catalog operations, each with defaults the editor can compute and no issue but required inputs', () => {
		let count = 0;
		for (const resource of CATALOG_RESOURCES) {
			const selector = description.properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource))!;
			for (const { value } of selector.options as INodePropertyOptions[]) {
				count++;
				const parameters = NodeHelpers.getNodeParameters(description.properties, { resource, operation: value }, true, false, { typeVersion: 1 }, description);
				expect(parameters).toMatchObject({ resource, operation: value });
				const node = { id: '1', name: 'KeyCRM', type: 'n8n-nodes-order-sync.keyCrm', typeVersion: 1, position: [0, 0], parameters: parameters! } as INode;
				const issues = NodeHelpers.getNodeParametersIssues(description.properties, node, description);
				for (const messages of Object.values(issues?.parameters ?? {})) {
					for (const message of messages) expect(message).toMatch(/is required|Parameter ".+" is required/);
				}
			}
		}
		expect(count).toBe(38);
	});

	it('sorts every option list of the catalog by name', () => {
		const mine = description.properties.filter((property) => CATALOG_RESOURCES.some((resource) => property.displayOptions?.show?.resource?.includes(resource)));
		const lists = optionLists(mine, 'KeyCRM');
		expect(lists.length).toBeGreaterThan(60);
		const unsorted = lists.filter(({ names }) => names.join('\n') !== [...names].sort((a, b) => a.localeCompare(b)).join('\n'));
		expect(unsorted).toEqual([]);
	});
});
