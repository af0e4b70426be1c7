'use strict';
// A Redis of our own for n8n's queue (Bull): Debian's redis-server as our child process on a free
// port, nothing saved to disk, stopped with us.
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const { startDaemon, tailOf } = require('./daemon');
const { ensureDebianPackages } = require('./debianPackage');
const { log } = require('../log');
const { freeStablePortRange } = require('./ports');
const { claimRunFolder } = require('../runFolders');

function redisServerBin() {
	for (const candidate of ['/usr/bin/redis-server', '/usr/local/bin/redis-server']) {
		if (fs.existsSync(candidate)) return candidate;
	}
	try {
		return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || undefined;
	} catch {
		return undefined;
	}
}

/** Answers PING with +PONG: Redis is up (and it is Redis, not another program on that port). */
function ping(port) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		let answer = '';
		const done = (result) => {
			socket.destroy();
			resolve(result);
		};
		socket.setTimeout(1000, () => done(false));
		socket.on('error', () => done(false));
		socket.on('connect', () => socket.write('PING\r\n'));
		socket.on('data', (chunk) => {
			answer += chunk;
			if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
		});
	});
}

/** A Redis left running by a run that died (its pid file in the folder). */
async function stopStaleRedis(folder) {
	const pid = Number(fs.readFileSync(path.join(folder, 'redis.pid'), 'utf8'));
	const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
	if (command.includes('redis-server')) process.kill(pid, 'SIGTERM');
}

/** Starts Redis; resolves with `{ port, env, stop() }` once it answers PING. */
async function startRedis() {
	await ensureDebianPackages(['redis-server'], () => redisServerBin() !== undefined, 'Redis (redis-server)');
	const folder = await claimRunFolder('redis', stopStaleRedis);
	const port = await freeStablePortRange(1);
	const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', folder];
	log(`Starting Redis on port ${port}`);
	const logPath = path.join(folder, 'redis.log');
	const { stop } = await startDaemon({
		what: 'Redis',
		bin: redisServerBin(),
		args,
		folder,
		logPath,
		onSpawn: (child) => fs.writeFileSync(path.join(folder, 'redis.pid'), String(child.pid)),
		ready: () => ping(port),
		readyTimeoutMs: 30000,
		pollMs: 200,
		notReady: 'no PONG after 30 s',
		failureDetail: () => tailOf(logPath),
	});
	const env = { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) };
	return { port, env, stop, folder };
}

module.exports = { startRedis };
