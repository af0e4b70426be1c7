import 'reflect-metadata';
import { createHash } from 'node:crypto';
import path from 'node:path';

import {
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	PackageDirectoryLoader,
	WebhookContext,
	WorkflowExecute,
} from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IWebhookData,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { HarnessCredentialsHelper } from './credentials';

export const PACKAGE_NAME = 'n8n-nodes-order-sync';
const ROOT = path.resolve(__dirname, '../..');

export interface LoadedPackage {
	nodeTypes: INodeTypes;
	credentialTypes: Record<string, ICredentialType>;
}

let loaded: Promise<LoadedPackage> | undefined;

/** Loads the built package (dist/) the way n8n loads an installed community package. */
export async function loadPackage(): Promise<LoadedPackage> {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(ROOT);
		await loader.loadAll();
		const credentialTypes: Record<string, ICredentialType> = {};
		for (const [name, { type }] of Object.entries(loader.credentialTypes)) credentialTypes[name] = type;
		const byName = (name: string): INodeType => {
			const entry = loader.nodeTypes[name] ?? loader.nodeTypes[name.replace(`${PACKAGE_NAME}.`, '')];
			if (!entry) throw new Error(`Node type "${name}" is not in the package`);
			return entry.type as INodeType;
		};
		const nodeTypes: INodeTypes = {
			getByName: byName,
			getByNameAndVersion: (name) => byName(name),
			getKnownTypes: () => ({}),
		};
		return { nodeTypes, credentialTypes };
	})();
	return await loaded;
}

/** One of this package's node types, by short or full name. */
export async function nodeType(type: string): Promise<INodeType> {
	return (await loadPackage()).nodeTypes.getByName(fullType(type)) as INodeType;
}

export function fullType(type: string): string {
	return type.includes('.') ? type : `${PACKAGE_NAME}.${type}`;
}

export type CredentialsMap = Record<string, ICredentialDataDecryptedObject>;

/** Credential type → the saved credential's id. Pacing is shared per credential id, as in n8n. */
export type CredentialIds = Record<string, string>;

/**
 * By default every test is its own account (`<type>-id` plus the test's name): the executions of one
 * test share a credential's pace as in n8n, and a test does not wait for the pace the previous test
 * of the file used up (each test also gets a fresh sandbox). Credentials with other data are other
 * credentials (`#` and a digest of the data): what a process keeps per credential id, such as a
 * webhook secret (nodes/shared/trigger/webhook/secretCache.ts), never carries over to a credential with
 * another secret.
 */
function defaultCredentialId(type: string, data: ICredentialDataDecryptedObject | undefined): string {
	const test = typeof expect === 'function' ? expect.getState().currentTestName : undefined;
	const digest = createHash('sha256').update(JSON.stringify(data ?? null)).digest('hex').slice(0, 12);
	return `${test ? `${type}-id:${test}` : `${type}-id`}#${digest}`;
}

function credentialRefs(credentials: CredentialsMap, ids: CredentialIds = {}): INode['credentials'] {
	return Object.fromEntries(
		Object.keys(credentials).map((type) => [type, { id: ids[type] ?? defaultCredentialId(type, credentials[type]), name: `${type} (test)` }]),
	);
}

let executions = 0;

/** Every run is its own execution, as in n8n (pacing is shared per credential id across executions). */
export function newExecutionId(): string {
	return `test-execution-${++executions}`;
}

export function buildAdditionalData(
	pkg: LoadedPackage,
	credentials: CredentialsMap,
	hooks: ExecutionLifecycleHooks,
	extra: Partial<IWorkflowExecuteAdditionalData> = {},
): IWorkflowExecuteAdditionalData {
	return {
		hooks,
		executionId: hooks.executionId,
		credentialsHelper: new HarnessCredentialsHelper(pkg.credentialTypes, credentials),
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not part of these tests');
		},
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'test-user',
		variables: {},
		// n8n-core reads this key; it must exist even when there is no task runner.
		encryptedRunnerIdentity: undefined,
		...extra,
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface NodeSpec {
	type: string;
	parameters: INodeParameters;
	name?: string;
	continueOnFail?: boolean;
	/** For versioned node types from elsewhere (the benchmarks run n8n's HTTP Request node); default 1. */
	typeVersion?: number;
}

export function toNode(spec: NodeSpec, credentials: CredentialsMap, position = 0, credentialIds?: CredentialIds): INode {
	return {
		id: `node-${position}`,
		name: spec.name ?? spec.type,
		type: fullType(spec.type),
		typeVersion: spec.typeVersion ?? 1,
		position: [position * 200, 0],
		parameters: spec.parameters,
		credentials: credentialRefs(credentials, credentialIds),
		...(spec.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
}

export interface RunResult {
	run: IRun;
	/** Output items of every node that ran, by node name (first output, first run). */
	outputs: Record<string, INodeExecutionData[]>;
	error?: Error & { description?: string; context?: IDataObject; httpCode?: string };
}

/** Runs a workflow in n8n's engine, starting at `start` with the given input items. */
export async function runWorkflow(args: {
	nodes: NodeSpec[];
	connections?: IConnections;
	credentials?: CredentialsMap;
	/** Ids of the saved credentials, to run executions on different accounts of one type. */
	credentialIds?: CredentialIds;
	items?: Array<Record<string, unknown>>;
	/** Full input items (with binary data), used instead of `items` when given. */
	inputItems?: INodeExecutionData[];
	mode?: WorkflowExecuteMode;
	staticData?: IDataObject;
	/** Node types to run with instead of this package's alone (the benchmarks add n8n's own nodes). */
	nodeTypes?: INodeTypes;
	/** The workflow's time zone setting (`this.getTimezone()`); n8n's default (America/New_York) when unset. */
	timezone?: string;
}): Promise<RunResult> {
	const pkg = await loadPackage();
	const credentials = args.credentials ?? {};
	const nodes = args.nodes.map((spec, index) => toNode(spec, credentials, index, args.credentialIds));
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes,
		connections: args.connections ?? {},
		nodeTypes: args.nodeTypes ?? pkg.nodeTypes,
		active: false,
		staticData: args.staticData,
		settings: args.timezone ? { timezone: args.timezone } : {},
	});
	const hooks = new ExecutionLifecycleHooks('manual', newExecutionId(), {
		id: 'test-workflow',
		name: 'test',
		active: false,
		nodes,
		connections: args.connections ?? {},
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	const additionalData = buildAdditionalData(pkg, credentials, hooks);
	const runExecutionData: IRunExecutionData = {
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [
				{
					node: nodes[0],
					data: { main: [args.inputItems ?? (args.items ?? [{}]).map((json) => ({ json: json as IDataObject }))] },
					source: null,
				},
			],
		},
	} as unknown as IRunExecutionData;
	const execute = new WorkflowExecute(additionalData, args.mode ?? 'manual', runExecutionData);
	const run = await execute.processRunExecutionData(workflow);
	const outputs: Record<string, INodeExecutionData[]> = {};
	for (const [name, runs] of Object.entries(run.data.resultData.runData)) {
		outputs[name] = runs[0]?.data?.main?.[0] ?? [];
	}
	return { run, outputs, error: run.data.resultData.error as RunResult['error'] };
}

/** Runs one node of this package over the given items. */
export async function runNode(
	spec: NodeSpec & {
		credentials?: CredentialsMap;
		credentialIds?: CredentialIds;
		items?: Array<Record<string, unknown>>;
		inputItems?: INodeExecutionData[];
		timezone?: string;
	},
): Promise<{ items: INodeExecutionData[]; error?: RunResult['error']; run: IRun }> {
	const name = spec.name ?? spec.type;
	const result = await runWorkflow({
		nodes: [{ ...spec, name }],
		credentials: spec.credentials,
		credentialIds: spec.credentialIds,
		items: spec.items,
		inputItems: spec.inputItems,
		timezone: spec.timezone,
	});
	return { items: result.outputs[name] ?? [], error: result.error, run: result.run };
}

function contextWorkflow(pkg: LoadedPackage, node: INode, staticData?: IDataObject, id = 'test-workflow') {
	return new Workflow({
		id,
		nodes: [node],
		connections: {},
		nodeTypes: pkg.nodeTypes,
		active: true,
		staticData,
		settings: {},
	});
}

/** Calls one of a node's loadOptions methods, as the editor does to fill a dropdown. */
export async function loadOptions(args: {
	type: string;
	method: string;
	parameters?: INodeParameters;
	credentials: CredentialsMap;
	kind?: 'loadOptions' | 'listSearch';
	filter?: string;
}) {
	const pkg = await loadPackage();
	const node = toNode({ type: args.type, parameters: args.parameters ?? {} }, args.credentials);
	const workflow = contextWorkflow(pkg, node);
	const hooks = new ExecutionLifecycleHooks('manual', newExecutionId(), {} as never);
	const additionalData = buildAdditionalData(pkg, args.credentials, hooks, {
		currentNodeParameters: args.parameters ?? {},
	});
	const context = new LoadOptionsContext(workflow, node, additionalData, '');
	const methods = (pkg.nodeTypes.getByName(node.type) as INodeType).methods;
	if (args.kind === 'listSearch') {
		const search = methods?.listSearch?.[args.method];
		if (!search) throw new Error(`No listSearch method "${args.method}"`);
		return await search.call(context, args.filter);
	}
	const load = methods?.loadOptions?.[args.method];
	if (!load) throw new Error(`No loadOptions method "${args.method}"`);
	return await load.call(context);
}

export interface WebhookRequest {
	method: 'GET' | 'POST';
	headers?: Record<string, string>;
	query?: Record<string, unknown>;
	/** Parsed body as n8n's body parser would give it. */
	body?: unknown;
	/** The bytes that came over the wire, as n8n keeps them in `req.rawBody` (text is taken as UTF-8). */
	rawBody?: string | Buffer;
	ip?: string;
	/** Path parameters of a dynamic webhook path (`botobot/:secret` → `{ secret }`), as n8n sets `req.params`. */
	params?: Record<string, string>;
	/** The request's URL as it came (path and raw query), as Express keeps it in `req.originalUrl`. */
	url?: string;
}

export interface WebhookOutcome {
	/** What the node answered with its own response object, if it did. */
	response: { status?: number; body?: unknown; headers: Record<string, string> };
	/** Items that would start an execution; undefined when none starts. */
	workflowData?: INodeExecutionData[][];
	webhookResponse?: unknown;
	noWebhookResponse?: boolean;
	staticData: IDataObject;
}

export interface WebhookCall {
	type: string;
	parameters: INodeParameters;
	credentials?: CredentialsMap;
	request: WebhookRequest;
	staticData?: IDataObject;
	webhookName?: 'default' | 'setup';
	/**
	 * The workflow the trigger belongs to; its delivery memory in this process is per workflow and node.
	 * Default: a workflow of its own when no static data is given (a fresh memory, like the fresh static
	 * data), else 'test-workflow', so calls sharing static data (or clones of it) share the memory too.
	 */
	workflowId?: string;
	/** n8n's mode for the request: 'manual' for a test URL, 'webhook' (default) for a production one. */
	mode?: 'webhook' | 'manual';
	/** Another copy of the node type, e.g. loaded again to stand for a restarted n8n process. */
	nodeType?: INodeType;
}

/**
 * n8n-core's WebhookContext for one HTTP request to a trigger node, as n8n builds it, with the
 * response object that records the node's answer. The same credentials map object is read on
 * every credential read (a test may change it, as a user rotating a secret does).
 */
export async function webhookContext(args: WebhookCall) {
	const pkg = await loadPackage();
	const credentials = args.credentials ?? {};
	const node = toNode({ type: args.type, parameters: args.parameters }, credentials);
	const staticData = args.staticData ?? {};
	const workflowId = args.workflowId ?? (args.staticData ? 'test-workflow' : `test-workflow-${newExecutionId()}`);
	const workflow = contextWorkflow(pkg, node, staticData, workflowId);
	const response: WebhookOutcome['response'] = { headers: {} };
	const res = {
		status(code: number) {
			response.status = code;
			return res;
		},
		setHeader(name: string, value: string) {
			response.headers[name.toLowerCase()] = value;
			return res;
		},
		json(body: unknown) {
			response.body = body;
			response.headers['content-type'] ??= 'application/json';
			return res;
		},
		send(body: unknown) {
			response.body = body;
			return res;
		},
		end(body?: unknown) {
			if (body !== undefined) response.body = body;
			return res;
		},
	};
	const rawBody = args.request.rawBody ?? (args.request.body === undefined ? '' : JSON.stringify(args.request.body));
	const req = {
		method: args.request.method,
		headers: Object.fromEntries(Object.entries(args.request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
		query: args.request.query ?? {},
		params: args.request.params ?? {},
		url: args.request.url,
		originalUrl: args.request.url,
		body: args.request.body ?? {},
		rawBody: Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody, 'utf8'),
		ip: args.request.ip ?? '127.0.0.1',
		ips: [],
		socket: { remoteAddress: args.request.ip ?? '127.0.0.1' },
	};
	const hooks = new ExecutionLifecycleHooks('webhook', newExecutionId(), {} as never);
	const additionalData = buildAdditionalData(pkg, credentials, hooks, {
		httpRequest: req as never,
		httpResponse: res as never,
	});
	const nodeType = args.nodeType ?? (pkg.nodeTypes.getByName(node.type) as INodeType);
	const named = nodeType.description.webhooks?.filter((hook) => hook.name === (args.webhookName ?? 'default')) ?? [];
	const webhookDescription = named.find((hook) => hook.httpMethod === args.request.method) ?? named[0];
	if (!webhookDescription || !nodeType.webhook) throw new Error(`${args.type} has no webhook`);
	const webhookData = {
		httpMethod: args.request.method,
		node: node.name,
		path: 'test',
		webhookDescription,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
	} as unknown as IWebhookData;
	const context = new WebhookContext(workflow, node, additionalData, args.mode ?? 'webhook', webhookData, [], null);
	return { context, webhook: nodeType.webhook, response, workflow };
}

/** Delivers one HTTP request to a trigger node's webhook method, through n8n-core's WebhookContext. */
export async function callWebhook(args: WebhookCall): Promise<WebhookOutcome> {
	const { context, webhook, response, workflow } = await webhookContext(args);
	const result = await webhook.call(context);
	return {
		response,
		workflowData: result.workflowData,
		webhookResponse: result.webhookResponse,
		noWebhookResponse: result.noWebhookResponse,
		staticData: workflow.staticData as IDataObject,
	};
}
