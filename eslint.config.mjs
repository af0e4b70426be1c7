// n8n's rules for community packages, applied as its scanner (@n8n/scan-community-package) applies
// them: inline eslint-disable comments do nothing, `no-console` is an error, the community-nodes
// plugin's recommended rules and eslint-plugin-n8n-nodes-base's rule sets cover package.json and the
// sources, and the built dist/**/*.js is linted too (the scanner lints the published tarball as well
// as the attested source). `npm run scan` runs the scanner itself; docs/DEVELOPING.md compares both.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { config } from '@n8n/node-cli/eslint';

// The same plugin instance @n8n/node-cli's config registers (it is its dependency, not ours).
const requireFromNodeCli = createRequire(fileURLToPath(import.meta.resolve('@n8n/node-cli/eslint')));
const { n8nCommunityNodesPlugin } = requireFromNodeCli('@n8n/eslint-plugin-community-nodes');

// node-cli's config starts with a global ignore of dist/, which the scanner does not have.
const ignoresDist = (entry) => !entry.files && entry.ignores?.includes('dist');

export default [
	{ linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
	...config.filter((entry) => !ignoresDist(entry)),
	{
		// The scanner's tarball leg: the recommended community rules and no-console over compiled .js.
		files: ['dist/**/*.js'],
		plugins: n8nCommunityNodesPlugin.configs.recommended.plugins,
		rules: { ...n8nCommunityNodesPlugin.configs.recommended.rules, 'no-console': 'error' },
	},
	{ ignores: ['dist/**/*.d.ts', 'test/**', 'scripts/**', 'bench/**', 'examples/**', 'gulpfile.js', 'jest.config.js'] },
];
