import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { readLookback } from '../../shared/trigger/poll/lookback';
import { readLookbackMs } from '../../shared/trigger/poll/lookbackProperty';
import { onePollAtATime } from '../../shared/trigger/poll/pollContext';
import { newestFirst } from '../helpers/orderList';
import { asItems, listBotobotOrders } from '../transport/orders';
import { advanceOrders, readBotobotState, startBotobotState } from './orderWatch';

export type BotobotPollEvent = 'newOrder' | 'orderPaid';

const STATE_FIELD = 'botobot';
/** The orders delivered within the lookback window, next to the state. */
const LOOKBACK_FIELD = 'botobotLookback';

/**
 * One poll of the undocumented order list. The state moves only after the list was read and
 * understood: a refusal or an unexpected answer throws first, and the next poll compares against
 * the same state, so no order is lost.
 */
export async function pollBotobot(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const event = this.getNodeParameter('event', 'newOrder') as BotobotPollEvent;
	if (this.getMode() === 'manual') {
		const orders = newestFirst(await listBotobotOrders.call(this));
		const latest = event === 'orderPaid' ? orders.find((order) => order.paid === true) : orders[0];
		return latest ? [this.helpers.returnJsonArray(asItems([latest]))] : null;
	}
	return await onePollAtATime.call(this, async () => {
		const staticData = this.getWorkflowStaticData('node');
		const orders = await listBotobotOrders.call(this);
		const state = readBotobotState(staticData[STATE_FIELD]);
		if (!state) {
			staticData[STATE_FIELD] = startBotobotState(orders) as unknown as IDataObject;
			staticData[LOOKBACK_FIELD] = { recent: [] };
			return null;
		}
		const window = { memory: readLookback(staticData[LOOKBACK_FIELD]), lookbackMs: readLookbackMs(this), nowMs: Date.now() };
		const { newOrders, paidOrders, next, memory } = advanceOrders(state, orders, undefined, window);
		staticData[STATE_FIELD] = next as unknown as IDataObject;
		staticData[LOOKBACK_FIELD] = memory as unknown as IDataObject;
		const items = event === 'orderPaid' ? paidOrders : newOrders;
		return items.length > 0 ? [this.helpers.returnJsonArray(asItems(items))] : null;
	});
}
