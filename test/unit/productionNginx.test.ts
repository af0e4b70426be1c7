/**
 * The nginx routing that docs/production.md tells users to run is the one the queue-mode suite runs
 * (harness/services/nginx.js): the same key maps and the same consistent hash, so what the suite
 * proves with two webhook processes is what a user gets. The suite proves the routing itself.
 */
import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nginxConfig, parseRoute } = require('../../harness/services/nginx');

const root = path.resolve(__dirname, '..', '..');

/** nginx statements without comments and with whitespace collapsed, one string. */
function statements(text: string): string {
	return text
		.split('\n')
		.map((line) => line.replace(/#.*$/, '').trim())
		.filter(Boolean)
		.join(' ')
		.replace(/\s+/g, ' ');
}

/** The `map … { … }` blocks and the `hash` line of a config. */
function routing(text: string): string[] {
	const flat = statements(text);
	return [...flat.matchAll(/map \S+ \S+ \{[^}]*\}/g), ...flat.matchAll(/hash [^;]+;/g)].map((match) => match[0]);
}

describe('the production nginx routing', () => {
	const docs = fs.readFileSync(path.join(root, 'docs', 'production.md'), 'utf8');
	const block = /```nginx\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
	const harness: string = nginxConfig({ port: 8080, upstreams: ['127.0.0.1:5681', '127.0.0.1:5683'], folder: '/tmp/nginx-test' });

	it('docs/production.md shows the key maps and the consistent hash the queue suite runs', () => {
		expect(routing(block)).toHaveLength(3);
		expect(routing(block)).toEqual(routing(harness));
		expect(routing(block)).toContain('hash $order_sync_route consistent;');
	});

	it('routes by Hook-Delivery first, then the query id, then the path', () => {
		const flat = statements(harness);
		expect(flat).toContain('map $http_hook_delivery $order_sync_by_query { "" $arg_id; default $http_hook_delivery; }');
		expect(flat).toContain('map $order_sync_by_query $order_sync_route { "" $uri; default $order_sync_by_query; }');
		expect(flat).toContain('server 127.0.0.1:5681; server 127.0.0.1:5683;');
		expect(flat).toContain('client_max_body_size 17m;');
	});

	it('reads which process took a request from its access log line', () => {
		expect(parseRoute('127.0.0.1:5683 200 GET "61001"')).toEqual({ upstream: '127.0.0.1:5683', status: 200, method: 'GET', key: '61001' });
		expect(parseRoute('- 502 POST "/webhook/a/webhook"')).toEqual({ upstream: '-', status: 502, method: 'POST', key: '/webhook/a/webhook' });
		expect(parseRoute('garbage')).toBeUndefined();
	});
});
