'use strict';
// A Redis of our own for n8n's queue (Bull): Debian's redis-server as our child process on a free
// port, nothing saved to disk, stopped with us.
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');

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
	const logFile = fs.openSync(path.join(folder, 'redis.log'), 'a');
	log(`Starting Redis on port ${port}`);
	// Its own process group: a Ctrl-C in the terminal must not end it before the n8n processes using it.
	const child = spawn(redisServerBin(), args, { stdio: ['ignore', logFile, logFile], detached: true });
	fs.writeFileSync(path.join(folder, 'redis.pid'), String(child.pid));
	const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 10000));
			if ((await Promise.race([exited, timeout])) === 'timeout') {
				child.kill('SIGKILL');
				await exited;
			}
		}
		fs.rmSync(folder, { recursive: true, force: true });
	};
	let gone;
	exited.then((result) => (gone = result));
	const deadline = Date.now() + 30000;
	while (!(await ping(port))) {
		if (gone || Date.now() > deadline) {
			const tail = fs.readFileSync(path.join(folder, 'redis.log'), 'utf8').split('\n').slice(-10).join('\n');
			await stop();
			throw new Error(`Redis did not start (${gone ? `exit ${gone.code ?? gone.signal}` : 'no PONG after 30 s'}):\n${tail}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	const env = { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) };
	return { port, env, stop, folder };
}

module.exports = { startRedis };
