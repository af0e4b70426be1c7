import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/execute/inputError';
import { normalizeTime } from '../../helpers/weekSchedule';
import { dateOnly, placeField, requiredText } from '../fields';

/** The fields Create and Update share: Broniboy's update replaces the whole override. */
export const overrideBodyProperties: INodeProperties[] = [
	placeField({ description: 'The place whose hours change. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' }),
	{
		displayName: 'First Day',
		name: 'periodStart',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'First day the special hours apply (only the date is used)',
	},
	{
		displayName: 'Last Day',
		name: 'periodEnd',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Last day the special hours apply, the same as the first day for a single day',
	},
	{
		displayName: 'Closed All Day',
		name: 'isDayOff',
		type: 'boolean',
		default: false,
		description: 'Whether the place is closed on these days',
	},
	{
		displayName: 'Opens At',
		name: 'opensAt',
		type: 'string',
		default: '',
		placeholder: '12:00',
		displayOptions: { show: { isDayOff: [false] } },
		description: 'Opening time on these days (24-hour time). Leave both times empty to keep the usual hours.',
	},
	{
		displayName: 'Closes At',
		name: 'closesAt',
		type: 'string',
		default: '',
		placeholder: '18:00',
		displayOptions: { show: { isDayOff: [false] } },
		description: 'Closing time on these days (24-hour time)',
	},
];

/** `{place, period, interval?, is_day_off}` from the item's parameters. */
export function buildOverrideBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const fail = (message: string) => inputError(context, message, itemIndex);
	const start = dateOnly(context, context.getNodeParameter('periodStart', itemIndex), itemIndex, 'First Day');
	const end = dateOnly(context, context.getNodeParameter('periodEnd', itemIndex), itemIndex, 'Last Day');
	if (start > end) throw fail(`First Day (${start}) is after Last Day (${end})`);
	const isDayOff = context.getNodeParameter('isDayOff', itemIndex, false) as boolean;
	const body: IDataObject = { place: requiredText(context, 'placeId', itemIndex, 'Place'), period: [start, end], is_day_off: isDayOff };
	if (isDayOff) return body;
	const opensText = String(context.getNodeParameter('opensAt', itemIndex, '') ?? '').trim();
	const closesText = String(context.getNodeParameter('closesAt', itemIndex, '') ?? '').trim();
	if (!opensText && !closesText) return body;
	const opens = normalizeTime(opensText);
	const closes = normalizeTime(closesText);
	if (!opens || !closes) throw fail(`Opens At and Closes At must both be times like 09:00 (got "${opensText}" – "${closesText}")`);
	body.interval = [opens, closes];
	return body;
}
