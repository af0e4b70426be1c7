import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { PackageDirectoryLoader } from 'n8n-core';
import type { INodeTypeDescription } from 'n8n-workflow';

// Every built node (dist/, as n8n loads an installed package) has its codex: categories n8n knows,
// search aliases, and documentation links that open a page (and section) of this repository's docs/.
const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const docsBase = `${manifest.homepage}/blob/main/docs/`;

// The app categories of n8n's own nodes (n8n-nodes-base 2.41.1); the node panel knows no others.
const N8N_APP_CATEGORIES = [
	'Analytics',
	'Communication',
	'Data & Storage',
	'Development',
	'Finance & Accounting',
	'Marketing',
	'Miscellaneous',
	'Productivity',
	'Sales',
	'Utility',
];

/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces to hyphens. */
function headingAnchor(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

function docsAnchors(file: string): string[] {
	const text = fs.readFileSync(path.join(root, 'docs', file), 'utf8');
	return [...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => headingAnchor(match[1]));
}

/** What is wrong with a documentation link, or undefined when it opens an existing page and section. */
function brokenDocsLink(url: string): string | undefined {
	if (!url.startsWith(docsBase)) return `${url} is not a page under ${docsBase}`;
	const [file, anchor] = url.slice(docsBase.length).split('#');
	if (!fs.existsSync(path.join(root, 'docs', file))) return `${url}: docs/${file} does not exist`;
	if (anchor !== undefined && !docsAnchors(file).includes(anchor)) return `${url}: docs/${file} has no heading #${anchor}`;
	return undefined;
}

describe('codex files of the built nodes', () => {
	let descriptions: INodeTypeDescription[];

	beforeAll(async () => {
		const loader = new PackageDirectoryLoader(root);
		await loader.loadAll();
		descriptions = loader.types.nodes;
	});

	it('every node package.json registers is loaded', () => {
		expect(descriptions).toHaveLength(manifest.n8n.nodes.length);
	});

	it('each registered node has a codex file beside its built file, naming its package-qualified type', () => {
		for (const file of manifest.n8n.nodes as string[]) {
			const codexFile = path.join(root, file.replace(/\.js$/, '.json'));
			expect(fs.existsSync(codexFile)).toBe(true);
			const codex = JSON.parse(fs.readFileSync(codexFile, 'utf8'));
			const built = descriptions.find((node) => codex.node === `${manifest.name}.${node.name}`);
			expect({ file, node: codex.node, matches: built !== undefined }).toEqual({ file, node: codex.node, matches: true });
			expect(codex.codexVersion).toBe('1.0');
		}
	});

	it('each node has categories n8n knows and search aliases', () => {
		for (const node of descriptions) {
			const categories = node.codex?.categories ?? [];
			expect({ node: node.name, hasCategory: categories.length > 0 }).toEqual({ node: node.name, hasCategory: true });
			expect(categories.filter((category) => !N8N_APP_CATEGORIES.includes(category))).toEqual([]);
			expect(node.codex?.alias?.length ?? 0).toBeGreaterThan(0);
		}
	});

	it('each node links its primary documentation to a page (and section) that exists in docs/', () => {
		for (const node of descriptions) {
			const links = node.codex?.resources?.primaryDocumentation ?? [];
			expect({ node: node.name, links: links.length }).toEqual({ node: node.name, links: 1 });
			expect(links.map((link) => brokenDocsLink(link.url)).filter(Boolean)).toEqual([]);
		}
	});

	it('credential documentation links, where given, exist in docs/ too', () => {
		const links = descriptions.flatMap((node) => node.codex?.resources?.credentialDocumentation ?? []);
		expect(links.length).toBeGreaterThan(0);
		expect(links.map((link) => brokenDocsLink(link.url)).filter(Boolean)).toEqual([]);
	});

	it('the anchor check refuses a heading the page does not have', () => {
		expect(brokenDocsLink(`${docsBase}keycrm.md#keycrm-trigger`)).toBeUndefined();
		expect(brokenDocsLink(`${docsBase}keycrm.md#keycrm-polling-trigger`)).toMatch(/no heading/);
		expect(brokenDocsLink(`${docsBase}nowhere.md`)).toMatch(/does not exist/);
	});
});
