import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { INodeProperties, INodeType } from 'n8n-workflow';

import { aplautOperationProperties, aplautResources } from '../../nodes/Aplaut/actions';
import { Aplaut } from '../../nodes/Aplaut/Aplaut.node';
import { botobotOperationProperties, botobotResources } from '../../nodes/Botobot/actions';
import { Botobot } from '../../nodes/Botobot/Botobot.node';
import { broniboyOperationProperties, broniboyResources } from '../../nodes/Broniboy/actions';
import { Broniboy } from '../../nodes/Broniboy/Broniboy.node';
import { keyCrmOperationProperties, keyCrmResources } from '../../nodes/KeyCrm/actions';
import { KeyCrm } from '../../nodes/KeyCrm/KeyCrm.node';
import type { ResourceOperations } from '../../nodes/shared/execute/router';

const doc = readFileSync(path.join(__dirname, '../../docs/writes.md'), 'utf8');

const services: Array<[string, INodeType, Record<string, ResourceOperations>, INodeProperties[]]> = [
	['KeyCRM', new KeyCrm(), keyCrmResources, keyCrmOperationProperties],
	['Aplaut', new Aplaut(), aplautResources, aplautOperationProperties],
	['Broniboy', new Broniboy(), broniboyResources, broniboyOperationProperties],
	['Botobot', new Botobot(), botobotResources, botobotOperationProperties],
];

const optionName = (property: INodeProperties | undefined, value: string) =>
	(property?.options ?? []).map((option) => option as { name: string; value: string }).find((option) => option.value === value)?.name;

const rows = services.flatMap(([service, node, resources, properties]) => {
	const resourceProperty = node.description.properties.find((property) => property.name === 'resource');
	return Object.entries(resources).flatMap(([resource, operations]) => {
		const selector = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource));
		return Object.entries(operations).map(([value, operation]) => ({
			service,
			label: `${optionName(resourceProperty, resource)} → ${optionName(selector, value)}`,
			resend: operation.resend,
		}));
	});
});

function section(service: string): string {
	const start = doc.indexOf(`### ${service}\n`);
	const end = doc.indexOf('\n### ', start + 1);
	return start < 0 ? '' : doc.slice(start, end < 0 ? undefined : end);
}

describe('docs/writes.md', () => {
	it.each(rows.map((row) => [`${row.service} ${row.label}`, row]))('states whether %s may be re-sent, as the operation declares', (_, row) => {
		expect(section(row.service)).toContain(`| ${row.label} | ${row.resend === 'safe' ? 'yes' : '**no**'} |`);
	});

	it('has no row for an operation that does not exist', () => {
		const documented = services.flatMap(([service]) => section(service).split('\n').filter((line) => /^\| .+ → /.test(line)));
		expect(documented).toHaveLength(rows.length);
	});
});
