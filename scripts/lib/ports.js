'use strict';
// Ports: n8n takes N8N_PORT and the next one (its task broker). On a shared machine another n8n may
// hold them, and then our readiness probe would be answered by the wrong process.
const net = require('node:net');

function isFree(port, host = '127.0.0.1') {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, host, () => server.close(() => resolve(true)));
	});
}

async function assertPortsFree(ports, hint) {
	for (const port of ports) {
		if (!(await isFree(port))) throw new Error(`Port ${port} is already in use (another n8n?). ${hint}`);
	}
}

/** A free port whose next `span - 1` ports are free too. */
async function freePortRange(span) {
	for (let attempt = 0; attempt < 20; attempt++) {
		const port = await new Promise((resolve) => {
			const server = net.createServer();
			server.listen(0, '127.0.0.1', () => {
				const chosen = server.address().port;
				server.close(() => resolve(chosen));
			});
		});
		if (port + span > 65535) continue;
		let free = true;
		for (let next = port + 1; next < port + span && free; next++) free = await isFree(next);
		if (free) return port;
	}
	throw new Error('No free port range found');
}

module.exports = { isFree, assertPortsFree, freePortRange };
