import { sampleBotobotOrder, sampleBotobotOrderOf } from '../../sandboxes/botobot/samples';

describe('the Botobot sample order', () => {
	it('sums as Botobot sums: all its goods give the documented cart, discount and total', () => {
		expect(sampleBotobotOrderOf(3)).toEqual(sampleBotobotOrder());
	});

	it('with fewer goods, sums them again and keeps the overrides', () => {
		expect(sampleBotobotOrderOf(2, { id: 1002 })).toMatchObject({ id: 1002, cost_cart: 1140, cost_discount: 40, cost_total: 1390, cost_delivery: 250 });
		expect((sampleBotobotOrderOf(2).goods as unknown[]).length).toBe(2);
	});

	it('hands out its own copy each time', () => {
		const first = sampleBotobotOrder();
		(first.goods as Array<{ count: number }>)[0].count = 99;
		expect((sampleBotobotOrder().goods as Array<{ count: number }>)[0].count).toBe(2);
	});
});
