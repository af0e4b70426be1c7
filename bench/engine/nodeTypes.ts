import path from 'node:path';

import type { INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';

import { loadPackage } from '../../harness/engine/engine';

export const HTTP_REQUEST = 'n8n-nodes-base.httpRequest';

// Set by sharedN8n.js, which every engine benchmark process preloads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nodesBaseDir } = require('./sharedN8n') as { nodesBaseDir: string };

function httpRequestNode(): IVersionedNodeType {
	const file = path.join(nodesBaseDir, 'dist', 'nodes', 'HttpRequest', 'HttpRequest.node.js');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { HttpRequest } = require(file) as { HttpRequest: new () => IVersionedNodeType };
	return new HttpRequest();
}

/**
 * This package's node types plus n8n's HTTP Request node, for one WorkflowExecute. Both are always
 * loaded, whichever node a run uses, so every run starts from the same modules in memory.
 */
export async function benchNodeTypes(): Promise<{ nodeTypes: INodeTypes; httpRequestVersion: number }> {
	const ours = (await loadPackage()).nodeTypes;
	const http = httpRequestNode();
	const httpRequestVersion = http.description.defaultVersion ?? Math.max(...Object.keys(http.nodeVersions).map(Number));
	const byNameAndVersion = (name: string, version?: number): INodeType =>
		name === HTTP_REQUEST ? http.getNodeType(version ?? httpRequestVersion) : (ours.getByName(name) as INodeType);
	const nodeTypes: INodeTypes = {
		getByName: (name) => (name === HTTP_REQUEST ? http : ours.getByName(name)),
		getByNameAndVersion: byNameAndVersion,
		getKnownTypes: () => ({}),
	};
	return { nodeTypes, httpRequestVersion };
}
