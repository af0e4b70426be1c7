/**
 * The four API sandboxes as one standalone process, for `npm start`, the end-to-end tests and
 * trying the nodes by hand: `npm run sandbox [-- --base-port 4101 --host 127.0.0.1 --seed-demo]`.
 * `--seed-demo` adds a few KeyCRM orders (two paid) for the examples; `POST /__sandbox/seed-demo` on
 * the KeyCRM sandbox adds them again after a reset.
 *
 * Prints the base URLs and tokens as text, then one line `SANDBOXES {json}` for scripts, and stays
 * up until Ctrl-C / SIGTERM. `--base-port 0` (or SANDBOX_BASE_PORT=0) picks free ports.
 */
import { createAplautSandbox } from './aplaut';
import { createBotobotSandbox } from './botobot';
import { createBroniboySandbox } from './broniboy';
import type { Sandbox } from './core/sandbox';
import { seedDemoData } from './demoData';
import { createKeyCrmSandbox } from './keycrm';
import { KEYCRM_WEBHOOK_SECRET } from './keycrm/automation';
import { SANDBOX_TOKENS } from './tokens';

interface Options {
	host: string;
	basePort: number;
	seedDemo: boolean;
}

function parseOptions(argv: string[]): Options {
	const options: Options = {
		host: process.env.SANDBOX_HOST ?? '127.0.0.1',
		basePort: Number(process.env.SANDBOX_BASE_PORT ?? 4101),
		seedDemo: process.env.SANDBOX_SEED_DEMO === 'true',
	};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const value = () => inline ?? argv[++i];
		if (flag === '--host') options.host = value();
		else if (flag === '--base-port') options.basePort = Number(value());
		else if (flag === '--seed-demo') options.seedDemo = true;
		else if (flag === '--help') {
			process.stdout.write('npm run sandbox -- [--base-port 4101] [--host 127.0.0.1] [--seed-demo]\n');
			process.exit(0);
		} else throw new Error(`Unknown option ${argv[i]} (try --help)`);
	}
	if (!Number.isInteger(options.basePort) || options.basePort < 0 || options.basePort > 65531) {
		throw new Error(`--base-port must be a port number, got ${options.basePort}`);
	}
	return options;
}

async function main() {
	const options = parseOptions(process.argv.slice(2));
	const keyCrm = createKeyCrmSandbox();
	const aplaut = createAplautSandbox();
	const broniboy = createBroniboySandbox();
	const botobot = createBotobotSandbox();
	const port = (offset: number) => (options.basePort === 0 ? 0 : options.basePort + offset);
	const sandboxes: Sandbox[] = [keyCrm.sandbox, aplaut.sandbox, broniboy.sandbox, botobot.sandbox];
	await Promise.all(sandboxes.map((sandbox, offset) => sandbox.start(port(offset), options.host)));
	const seed = () => seedDemoData({ keyCrm: keyCrm.store, aplaut: aplaut.store });
	if (options.seedDemo) seed();
	// `POST /__sandbox/seed-demo` on the KeyCRM sandbox puts the demo orders back after a reset.
	keyCrm.sandbox.addControl('seed-demo', () => {
		seed();
		return { ok: true, orders: keyCrm.store.orders.length };
	});

	const description = {
		keyCrm: { baseUrl: keyCrm.sandbox.baseUrl, apiKey: SANDBOX_TOKENS.keyCrmApiKey, webhookSecret: KEYCRM_WEBHOOK_SECRET },
		aplaut: { baseUrl: aplaut.sandbox.baseUrl, token: SANDBOX_TOKENS.aplautToken, webhookSecret: SANDBOX_TOKENS.aplautWebhookSecret },
		broniboy: {
			baseUrl: broniboy.sandbox.baseUrl,
			appToken: SANDBOX_TOKENS.broniboyAppToken,
			webhookSecret: SANDBOX_TOKENS.broniboyWebhookSecret,
		},
		botobot: { baseUrl: botobot.sandbox.baseUrl, token: SANDBOX_TOKENS.botobotToken, callbackSecret: SANDBOX_TOKENS.botobotCallbackSecret },
	};
	const lines = [
		'API sandboxes are up (control API on each: GET /__sandbox/journal, POST /__sandbox/reset, ...):',
		`  KeyCRM    ${description.keyCrm.baseUrl}   API key  ${description.keyCrm.apiKey}, webhook URL secret ${description.keyCrm.webhookSecret}`,
		`  Aplaut    ${description.aplaut.baseUrl}   token    ${description.aplaut.token}, webhook secret ${description.aplaut.webhookSecret}`,
		`  Broniboy  ${description.broniboy.baseUrl}   app token ${description.broniboy.appToken}, webhook secret ${description.broniboy.webhookSecret}`,
		`  Botobot   ${description.botobot.baseUrl}   token    ${description.botobot.token}, callback secret ${description.botobot.callbackSecret}`,
		'Stop with Ctrl-C.',
	];
	process.stdout.write(`${lines.join('\n')}\nSANDBOXES ${JSON.stringify(description)}\n`);

	let stopping = false;
	const stop = async (signal: string) => {
		if (stopping) return;
		stopping = true;
		await Promise.all(sandboxes.map((sandbox) => sandbox.stop()));
		process.stdout.write(`Sandboxes stopped (${signal}).\n`);
		process.exit(0);
	};
	process.on('SIGINT', () => void stop('SIGINT'));
	process.on('SIGTERM', () => void stop('SIGTERM'));
	// A parent that dies without signalling (kill -9) closes our stdin pipe: go with it.
	if (process.env.SANDBOX_EXIT_WITH_PARENT === 'true') process.stdin.on('end', () => void stop('parent gone')).resume();
}

main().catch((error: Error) => {
	process.stderr.write(`${error.message}\n`);
	process.exit(1);
});
