import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/execute/inputError';
import type { Operation } from '../../../shared/execute/router';
import { fromUnixSeconds, toUnixSeconds } from '../../helpers/unixTime';
import { botobotCall, dataRecord } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'User ID',
		name: 'userId',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 1 },
		description: 'The Botobot user the bot runs the task for (the "bot_user_id" Botobot gives at sign-in)',
	},
	{
		displayName: 'Command or Message',
		name: 'command',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 2 },
		placeholder: 'e.g. /start',
		description: 'A bot command, or a message the bot sends to the user',
	},
	{
		displayName: 'Run At',
		name: 'runAtMode',
		type: 'options',
		default: 'dateTime',
		options: [
			{ name: 'Date and Time', value: 'dateTime', description: "Pick a date and time (in the workflow's time zone)" },
			{ name: 'UNIX Timestamp', value: 'timestamp', description: 'Seconds since 1 January 1970 (UTC)' },
		],
		description: 'How to give the moment after which the bot runs the task',
	},
	{
		displayName: 'Date and Time',
		name: 'runAt',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: { show: { runAtMode: ['dateTime'] } },
		description: "When the bot should run the task. Botobot runs tasks in queue order once this moment has passed, so it may be a little later.",
	},
	{
		displayName: 'Timestamp',
		name: 'timestamp',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 0 },
		displayOptions: { show: { runAtMode: ['timestamp'] } },
		description: 'UNIX time in seconds after which the bot runs the task',
	},
];

function scheduledTime(context: IExecuteFunctions, itemIndex: number): number {
	const mode = context.getNodeParameter('runAtMode', itemIndex) as string;
	const raw = context.getNodeParameter(mode === 'timestamp' ? 'timestamp' : 'runAt', itemIndex) as unknown;
	const seconds = mode === 'timestamp' ? Number(raw) : toUnixSeconds(raw, context.getTimezone());
	if (seconds === undefined || !Number.isInteger(seconds) || seconds < 0) {
		throw inputError(context, `"${String(raw)}" is not a valid time for the task`, itemIndex, mode === 'timestamp'
					? 'Give whole seconds since 1 January 1970, e.g. 1767225600.'
					: 'Pick a date and time, or give an ISO date such as 2026-12-01T10:00:00.');
	}
	return seconds;
}

export const addTask: Operation = {
	resend: 'unsafe',
	uncertain: {
		mayHave: 'Botobot may have scheduled this task',
		check: "check the bot's scheduled tasks for this user and command in the Botobot dashboard (Botobot has no call that lists them)",
	},
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const userId = this.getNodeParameter('userId', itemIndex) as number;
		const command = this.getNodeParameter('command', itemIndex) as string;
		const timestamp = scheduledTime(this, itemIndex);
		const data = await botobotCall.call(this, 'addTask', { user_id: userId, command, timestamp }, itemIndex);
		const id = Number(dataRecord(data).id ?? data);
		if (!Number.isSafeInteger(id)) {
			throw inputError(this, 'Botobot accepted the task but did not return its ID', itemIndex);
		}
		return { id, userId, command, timestamp, runAt: fromUnixSeconds(timestamp) };
	},
};
