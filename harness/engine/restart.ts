import fs from 'node:fs';
import path from 'node:path';

import type { INodeType } from 'n8n-workflow';

const ROOT = path.resolve(__dirname, '../..');

/**
 * A second copy of one of the package's node types, loaded with fresh modules — what a restarted
 * n8n process holds: nothing in module memory (the in-process delivery guard starts empty), only
 * what the workflow's static data persisted.
 */
export function restartedNodeType(type: string): INodeType {
	const className = type.charAt(0).toUpperCase() + type.slice(1);
	const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } };
	const file = manifest.n8n.nodes.find((entry) => path.basename(entry) === `${className}.node.js`);
	if (!file) throw new Error(`No node file for ${type}`);
	let fresh: INodeType | undefined;
	jest.isolateModules(() => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const loaded = require(path.join(ROOT, file)) as Record<string, new () => INodeType>;
		fresh = new loaded[className]();
	});
	return fresh!;
}
