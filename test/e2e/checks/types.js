'use strict';
// n8n loaded every node and credential type the package declares, with their icons.
const path = require('node:path');

const { expect } = require('../../../harness/runner/expect');

const { root } = require('../../../harness/paths');
const { manifest, packageName } = require('../../../harness/install/packageInstall');

/** The type names the package declares, read from its built classes (as n8n's loader does). */
function declaredTypes() {
	const load = (file) => {
		const exports = require(path.join(root, file));
		const Type = Object.values(exports).find((value) => typeof value === 'function');
		return new Type();
	};
	return {
		nodes: manifest.n8n.nodes.map((file) => `${packageName}.${load(file).description.name}`),
		credentials: manifest.n8n.credentials.map((file) => load(file).name),
	};
}

function iconUrls(description) {
	const url = description.iconUrl;
	if (!url) return [];
	return typeof url === 'string' ? [url] : Object.values(url);
}

async function checkTypesLoaded({ api, summary }) {
	const expected = declaredTypes();
	const { body: nodeTypes } = await api.request('GET', '/types/nodes.json');
	const { body: credentialTypes } = await api.request('GET', '/types/credentials.json');
	const loadedNodes = nodeTypes.filter((type) => type.name.startsWith(`${packageName}.`));
	const loadedNames = new Set(loadedNodes.map((type) => type.name));
	const missingNodes = expected.nodes.filter((name) => !loadedNames.has(name));
	expect(missingNodes.length === 0, `node types missing in n8n: ${missingNodes.join(', ')}`, [...loadedNames]);
	const credentialNames = new Set(credentialTypes.map((type) => type.name));
	const missingCredentials = expected.credentials.filter((name) => !credentialNames.has(name));
	expect(missingCredentials.length === 0, `credential types missing in n8n: ${missingCredentials.join(', ')}`);

	for (const type of loadedNodes) {
		const urls = iconUrls(type);
		expect(urls.length > 0, `${type.name} has no icon`, { icon: type.icon, iconUrl: type.iconUrl });
		for (const url of urls) {
			const response = await fetch(`${api.baseUrl}/${url.replace(/^\//, '')}`, { headers: { Cookie: api.cookie } });
			const text = await response.text();
			expect(response.ok && text.includes('<svg'), `${type.name}: icon ${url} answered ${response.status}`, text.slice(0, 200));
		}
	}
	summary.nodeTypes = [...loadedNames].sort();
	summary.credentialTypes = expected.credentials;
	process.stdout.write(`  ${loadedNames.size} node types and ${expected.credentials.length} credential types loaded, icons served\n`);
}

module.exports = { checkTypesLoaded, declaredTypes };
