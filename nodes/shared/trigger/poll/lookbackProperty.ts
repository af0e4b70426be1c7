import type { INodeProperties, IPollFunctions } from 'n8n-workflow';

import { DEFAULT_LOOKBACK_MINUTES, lookbackMs, MAX_LOOKBACK_MINUTES } from './lookback';

/**
 * The lookback setting of a polling trigger: how far behind its watermark each check reads again.
 * `clockNote` says what the window must cover for this service.
 */
export function lookbackProperty(clockNote: string): INodeProperties {
	return {
		displayName: 'Lookback (Minutes)',
		name: 'lookbackMinutes',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: MAX_LOOKBACK_MINUTES, numberPrecision: 0 },
		default: DEFAULT_LOOKBACK_MINUTES,
		description: `Each check reads this far behind the newest record it delivered and starts the workflow only for records it has not delivered yet, so records that show up late are not lost. ${clockNote}`,
	};
}

/** The lookback of a poll in milliseconds, read from its node parameter. */
export function readLookbackMs(context: IPollFunctions): number {
	return lookbackMs(context.getNodeParameter('lookbackMinutes', DEFAULT_LOOKBACK_MINUTES));
}
