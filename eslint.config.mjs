// n8n's own verification rules for community packages: @n8n/eslint-plugin-community-nodes together
// with the eslint-plugin-n8n-nodes-base rule sets for package.json, credentials/ and nodes/.
import { config } from '@n8n/node-cli/eslint';

export default [
	...config,
	{ ignores: ['dist/**', 'test/**', 'scripts/**', 'bench/**', 'examples/**', 'gulpfile.js', 'index.js', 'jest.config.js'] },
];
