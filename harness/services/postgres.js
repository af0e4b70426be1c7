'use strict';
// A PostgreSQL of our own for n8n's queue mode: Debian's server binaries, a throwaway cluster in the
// cache (`queue/pg-<pid>`, see clusterBase) on a free port, its socket inside that folder, removed when stopped.
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ensureDebianPackages, isRoot } = require('./debianPackage');
const { log } = require('../log');
const { freeStablePortRange } = require('./ports');
const { run } = require('../run');
const { claimRunFolder, queueDir } = require('../runFolders');

/** The newest `/usr/lib/postgresql/<version>/bin` that has initdb, if any. */
function serverBinDir() {
	const base = '/usr/lib/postgresql';
	if (!fs.existsSync(base)) return undefined;
	const versions = fs
		.readdirSync(base)
		.filter((name) => fs.existsSync(path.join(base, name, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length > 0 ? path.join(base, versions[0], 'bin') : undefined;
}

/** PostgreSQL refuses to run as root: as root, its commands run as the `postgres` OS user. */
function asPostgres(binDir, command, args, options = {}) {
	const binary = path.join(binDir, command);
	// From `/`: the postgres user may not be allowed into our working folder (e.g. under /root).
	if (isRoot()) return run('runuser', ['-u', 'postgres', '--', binary, ...args], { quiet: true, cwd: '/', ...options });
	return run(binary, args, { quiet: true, ...options });
}

function chownToPostgres(target) {
	if (!isRoot()) return;
	const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
	fs.chownSync(target, id('-u'), id('-g'));
}

/**
 * Where clusters go: the cache's queue folder, unless the postgres user cannot reach it (a cache
 * under root's private home): then the system's temp folder, as the cluster must be readable by it.
 */
function clusterBase() {
	if (!isRoot()) return queueDir;
	fs.mkdirSync(queueDir, { recursive: true });
	try {
		execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', queueDir], { stdio: 'ignore' });
		return queueDir;
	} catch {
		return path.join(os.tmpdir(), 'order-sync-queue');
	}
}

/** Stops the cluster in a folder left by a run that died (its postgres may still be running). */
async function stopStaleCluster(folder) {
	const binDir = serverBinDir();
	const data = path.join(folder, 'data');
	if (binDir && fs.existsSync(path.join(data, 'postmaster.pid'))) {
		await asPostgres(binDir, 'pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => undefined);
	}
}

/**
 * Starts a fresh cluster and creates a database and user for n8n. Resolves with the connection
 * (`host`, `port`, `database`, `user`, `password`), n8n's `DB_*` env for it, and `stop()`.
 */
async function startPostgres() {
	await ensureDebianPackages(['postgresql'], () => serverBinDir() !== undefined, 'PostgreSQL');
	const binDir = serverBinDir();
	const folder = await claimRunFolder('pg', stopStaleCluster, clusterBase());
	const data = path.join(folder, 'data');
	const socketDir = path.join(folder, 'socket');
	fs.mkdirSync(socketDir, { recursive: true });
	for (const target of [folder, socketDir]) chownToPostgres(target);
	const port = await freeStablePortRange(1);
	const password = crypto.randomBytes(18).toString('hex');
	const connection = { host: '127.0.0.1', port, database: 'n8n', user: 'n8n', password };

	const stop = async () => {
		if (fs.existsSync(path.join(data, 'postmaster.pid'))) {
			await asPostgres(binDir, 'pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '60']).catch((error) =>
				log(`PostgreSQL did not stop cleanly: ${error.message.split('\n')[0]}`),
			);
		}
		fs.rmSync(folder, { recursive: true, force: true });
	};
	try {
		log(`Starting PostgreSQL (${path.basename(path.dirname(binDir))}) on port ${port} in ${folder}`);
		// Local (socket) connections for our setup are trusted; n8n connects over TCP with a password.
		await asPostgres(binDir, 'initdb', ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-instructions']);
		const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${socketDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
		await asPostgres(binDir, 'pg_ctl', ['start', '-D', data, '-w', '-t', '60', '-l', path.join(folder, 'postgres.log'), '-o', options]);
		const sql = [
			`CREATE USER ${connection.user} WITH PASSWORD '${password}';`,
			`CREATE DATABASE ${connection.database} OWNER ${connection.user};`,
		];
		for (const statement of sql) {
			await asPostgres(binDir, 'psql', ['-h', socketDir, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-q', '-c', statement]);
		}
	} catch (error) {
		await stop();
		throw error;
	}
	const env = {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: connection.host,
		DB_POSTGRESDB_PORT: String(port),
		DB_POSTGRESDB_DATABASE: connection.database,
		DB_POSTGRESDB_USER: connection.user,
		DB_POSTGRESDB_PASSWORD: password,
		DB_POSTGRESDB_POOL_SIZE: '4',
	};
	return { ...connection, env, folder, stop };
}

module.exports = { startPostgres };
