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

/** The kernel's range for the local ports of outgoing connections (Linux), else the IANA default. */
function ephemeralRange() {
	try {
		const [low, high] = require('node:fs').readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
		if (low > 0 && high > low) return { low, high };
	} catch {
		// not Linux
	}
	return { low: 49152, high: 65535 };
}

/**
 * Like freePortRange, but below the ephemeral range: a process that binds its port only after a
 * minute (an n8n worker's health check) must not find it taken by the local end of some outgoing
 * connection meanwhile (with PostgreSQL, Redis and four n8n processes there are hundreds of those).
 */
async function freeStablePortRange(span) {
	const { low } = ephemeralRange();
	const bottom = 20000;
	const top = Math.max(bottom + 1000, low) - span;
	for (let attempt = 0; attempt < 50; attempt++) {
		const port = bottom + Math.floor(Math.random() * (top - bottom));
		let free = true;
		for (let next = port; next < port + span && free; next++) free = await isFree(next);
		if (free) return port;
	}
	return await freePortRange(span);
}

module.exports = { isFree, assertPortsFree, freePortRange, freeStablePortRange };
