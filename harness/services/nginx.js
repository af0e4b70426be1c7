'use strict';
// Debian's nginx in front of several `n8n webhook` processes, as docs/production.md tells a user to
// run it: every delivery routed by its repeat key, so copies of one delivery always reach the same
// process (whose in-memory guard then runs it once). Our own config, port and folder; stopped with us.
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const { startDaemon, tailOf } = require('./daemon');
const { ensureDebianPackages, isRoot } = require('./debianPackage');
const { log } = require('../log');
const { claimRunFolder } = require('../runFolders');

const NGINX_BIN = '/usr/sbin/nginx';
const ACCESS_LOG = 'access.log';

/**
 * The routing key, most specific first: Broniboy's `Hook-Delivery` header; else a query's `id`
 * (Botobot's order id when it calls by GET); else the path (KeyCRM, Aplaut, and Botobot's POST
 * forms, whose body nginx does not read before it chooses a process). The same text as
 * docs/production.md gives users.
 */
const ROUTING = `
	map $http_hook_delivery $order_sync_by_query {
		""      $arg_id;
		default $http_hook_delivery;
	}
	map $order_sync_by_query $order_sync_route {
		""      $uri;
		default $order_sync_by_query;
	}`;

/** The whole nginx.conf: one upstream of the webhook processes (`host:port` each) on `port`. */
function nginxConfig({ port, upstreams, folder }) {
	const temp = (name) => path.join(folder, name);
	return `${isRoot() ? 'user root;\n' : ''}worker_processes 1;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 1024; }
http {
	access_log off;
	client_body_temp_path ${temp('client_body')};
	proxy_temp_path ${temp('proxy')};
	fastcgi_temp_path ${temp('fastcgi')};
	uwsgi_temp_path ${temp('uwsgi')};
	scgi_temp_path ${temp('scgi')};
${ROUTING}
	log_format order_sync_route '$upstream_addr $status $request_method "$order_sync_route"';
	upstream n8n_webhooks {
		hash $order_sync_route consistent;
${upstreams.map((upstream) => `		server ${upstream};`).join('\n')}
	}
	server {
		listen 127.0.0.1:${port};
		access_log ${temp(ACCESS_LOG)} order_sync_route;
		# n8n takes webhook bodies up to 16 MiB (N8N_PAYLOAD_SIZE_MAX); nginx's default is 1 MiB.
		client_max_body_size 17m;
		location / {
			proxy_pass http://n8n_webhooks;
			proxy_http_version 1.1;
			proxy_set_header Host $host;
			proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
			proxy_set_header X-Forwarded-Proto $scheme;
			proxy_read_timeout 300s;
		}
	}
}
`;
}

function answers(port) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.setTimeout(1000, () => {
			socket.destroy();
			resolve(false);
		});
		socket.on('error', () => resolve(false));
		socket.on('connect', () => {
			socket.destroy();
			resolve(true);
		});
	});
}

/** An nginx left running by a run that died (its pid file in the folder). */
async function stopStaleNginx(folder) {
	const pid = Number(fs.readFileSync(path.join(folder, 'nginx.pid'), 'utf8'));
	if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('nginx')) process.kill(pid, 'SIGTERM');
}

/** One line of the access log: which process (`host:port`) took a request, its answer, method and routing key. */
function parseRoute(line) {
	const match = /^(\S+) (\d{3}) (\S+) "(.*)"$/.exec(line);
	return match ? { upstream: match[1], status: Number(match[2]), method: match[3], key: match[4] } : undefined;
}

/**
 * Starts nginx on `port` in front of `upstreams`; resolves with `{ port, baseUrl, routes(), stop() }`
 * once it accepts connections. `routes()` reads what it routed so far (parseRoute).
 */
async function startNginx({ port, upstreams }) {
	await ensureDebianPackages(['nginx'], () => fs.existsSync(NGINX_BIN), 'nginx');
	const folder = await claimRunFolder('nginx', stopStaleNginx);
	const config = path.join(folder, 'nginx.conf');
	fs.writeFileSync(config, nginxConfig({ port, upstreams, folder }));
	log(`Starting nginx on port ${port} in front of ${upstreams.join(', ')}`);
	const errorLog = path.join(folder, 'error.log');
	const { stop } = await startDaemon({
		what: 'nginx',
		bin: NGINX_BIN,
		args: ['-p', folder, '-e', errorLog, '-c', config, '-g', 'daemon off;'],
		folder,
		logPath: path.join(folder, 'nginx.out'),
		ready: () => answers(port),
		readyTimeoutMs: 20000,
		pollMs: 100,
		notReady: 'not listening after 20 s',
		failureDetail: () => tailOf(errorLog),
	});
	const routes = () => {
		const file = path.join(folder, ACCESS_LOG);
		if (!fs.existsSync(file)) return [];
		return fs.readFileSync(file, 'utf8').split('\n').map(parseRoute).filter(Boolean);
	};
	return { port, baseUrl: `http://localhost:${port}`, folder, routes, stop };
}

module.exports = { startNginx, nginxConfig, parseRoute };
