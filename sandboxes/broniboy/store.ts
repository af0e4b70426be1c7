import { randomUUID } from 'node:crypto';

export type Row = Record<string, unknown>;

export const PLACE_LENINA = '8d7f62ba-14c9-4fb2-8bc8-87d23513fd8e';
export const PLACE_MIRA = '3b1e4c7a-2f0d-4a51-9c3e-6a2b1d0e9f77';

function seedPlaces(): Row[] {
	return [
		{
			id: PLACE_LENINA,
			name: 'Pizza on Lenina',
			address: 'Moscow, Lenina 1',
			network: 'Pizza Net',
			created: '2024-01-10T10:00:00+03:00',
			legal: { name: 'OOO Pizza Net', inn: '7701234567', kpp: '770101001' },
		},
		{
			id: PLACE_MIRA,
			name: 'Pizza on Mira',
			address: 'Moscow, Mira 15',
			network: 'Pizza Net',
			created: '2024-03-02T10:00:00+03:00',
			legal: { name: 'OOO Pizza Net', inn: '7701234567', kpp: '770101001' },
		},
		{
			id: 'c2a9f0de-51b7-4e0a-8d43-0f6a9b7e1c25',
			name: 'Sushi on Arbat',
			address: 'Moscow, Arbat 20',
			network: 'Sushi Net',
			created: '2023-11-20T10:00:00+03:00',
			legal: { name: 'IP Ivanov', inn: '770987654321', kpp: null },
		},
	];
}

function seedWorkload(): Row {
	return {
		state: 'default',
		reset_state_after: null,
		cooking_time_minutes_default: 30,
		cooking_time_minutes_medium: 45,
		cooking_time_minutes_high: 60,
		allowed_intervals: [30, 60, 90, 120],
	};
}

const seedSchedule = (): string[][] => Array.from({ length: 7 }, () => ['10:00', '22:00']);

function seedMerchantOrders(): Row[] {
	const order = (id: string, number: string, state: string, place: string, date: string): Row => ({
		id,
		number,
		state,
		merchant_order_state: state,
		place,
		price: 900,
		final_price: 1100,
		currency: 'RUB',
		is_service_delivery: true,
		cancellable: state === 'created',
		date_of_pickup_iso: date,
		merchant_list_title: `#${number}`,
	});
	return [
		order('1f0e7a52-9c1d-4d5e-8a7b-3c2d1e0f9a81', '101', 'created', PLACE_LENINA, '2026-11-20T12:00:00+03:00'),
		order('2a1b8c63-0d2e-4e6f-9b8c-4d3e2f1a0b92', '102', 'cooking', PLACE_MIRA, '2026-11-21T12:00:00+03:00'),
		order('3b2c9d74-1e3f-4f70-8c9d-5e4f3a2b1ca3', '103', 'finished', PLACE_LENINA, '2026-11-10T12:00:00+03:00'),
		order('4c3d0e85-2f40-4081-9dae-6f5a4b3c2db4', '104', 'canceled', PLACE_MIRA, '2026-11-12T12:00:00+03:00'),
	];
}

/** What the sandbox remembers between requests; `reset()` puts the seed back. */
export class BroniboyStore {
	places: Row[] = [];

	workloads = new Map<string, Row>();

	schedules = new Map<string, string[][]>();

	overrides: Row[] = [];

	b2bOrders: Row[] = [];

	merchantOrders: Row[] = [];

	constructor() {
		this.reset();
	}

	reset(): void {
		this.places = seedPlaces();
		this.workloads = new Map(this.places.map((place) => [place.id as string, seedWorkload()]));
		this.schedules = new Map(this.places.map((place) => [place.id as string, seedSchedule()]));
		this.overrides = [];
		this.b2bOrders = [];
		this.merchantOrders = seedMerchantOrders();
	}

	place(id: string): Row | undefined {
		return this.places.find((place) => place.id === id);
	}

	/** Adds `count` B2B orders in the given states (cycled), for paging and filter tests. */
	seedB2bOrders(count: number, states: string[] = ['accepted', 'cooking', 'finished']): Row[] {
		for (let index = 0; index < count; index++) {
			this.b2bOrders.push({
				id: randomUUID(),
				number: this.b2bOrders.length + 1,
				state: states[index % states.length],
				courier_state: 'courier-not-assigned',
				price: 1000,
				final_price: 1200,
				payment_type: 'cash',
				pickup: { place: PLACE_LENINA, time: '2026-11-22T12:00:00+03:00' },
				drop_off: [{ address: { address: `Moscow, Tverskaya ${index + 1}`, latitude: 55.76, longitude: 37.6 } }],
				couriers: [],
			});
		}
		return this.b2bOrders;
	}
}
