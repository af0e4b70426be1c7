import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { keyCrmList } from '../transport';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

async function pipelineStatuses(context: ILoadOptionsFunctions, pipelineId: unknown, prefix = '') {
	const statuses = await keyCrmList.call(context, `/pipelines/${encodeURIComponent(String(pipelineId))}/statuses`, {}, undefined);
	return statuses.map((status) => ({ name: `${prefix}${String(status.title ?? status.id)}`, value: status.id as number }));
}

/** The pipelines chosen next to the status field: top level, in Update Fields or in Filters. */
function chosenPipelines(context: ILoadOptionsFunctions): unknown[] {
	for (const path of ['pipelineId', 'updateFields.pipelineId', 'filters.pipelineId']) {
		const value = context.getCurrentNodeParameter(path) as unknown;
		const chosen = (Array.isArray(value) ? value : [value]).filter((entry) => entry !== undefined && entry !== null && entry !== '');
		if (chosen.length > 0) return chosen;
	}
	return [];
}

export const catalogLoadOptions = {
	async getPipelines(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const pipelines = await keyCrmList.call(this, '/pipelines', {}, undefined);
		return pipelines.map((pipeline) => ({ name: String(pipeline.name ?? pipeline.id), value: pipeline.id as number })).sort(byName);
	},

	/** Statuses of the chosen pipeline; of several or no pipeline chosen, each status as "Pipeline › Status". */
	async getPipelineStatuses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const chosen = chosenPipelines(this);
		if (chosen.length === 1) return await pipelineStatuses(this, chosen[0]);
		const pipelines = (await keyCrmList.call(this, '/pipelines', {}, undefined)).filter(
			(pipeline) => chosen.length === 0 || chosen.map(String).includes(String(pipeline.id)),
		);
		const lists = [];
		for (const pipeline of pipelines) lists.push(await pipelineStatuses(this, pipeline.id, `${String(pipeline.name)} › `));
		return lists.flat();
	},

	/** Categories with their parents, "Shoes › Sneakers", so equal names stay apart. */
	async getProductCategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const categories = await keyCrmList.call(this, '/products/categories', {}, undefined);
		const byId = new Map(categories.map((category) => [category.id, category]));
		const pathOf = (category: IDataObject, depth = 0): string => {
			const parent = category.parent_id ? byId.get(category.parent_id) : undefined;
			const name = String(category.name ?? category.id);
			return parent && depth < 10 ? `${pathOf(parent, depth + 1)} › ${name}` : name;
		};
		return categories.map((category) => ({ name: pathOf(category), value: category.id as number })).sort(byName);
	},

	/** Users (managers), blocked ones marked so nobody assigns work to them by mistake. */
	async getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const users = await keyCrmList.call(this, '/users', {}, undefined);
		return users
			.map((user) => ({
				name: `${String(user.full_name ?? user.username ?? user.id)}${user.status && user.status !== 'active' ? ` (${String(user.status)})` : ''}`,
				value: user.id as number,
				description: typeof user.email === 'string' ? user.email : undefined,
			}))
			.sort(byName);
	},
};
