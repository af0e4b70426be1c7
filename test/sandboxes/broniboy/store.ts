export type Row = Record<string, unknown>;

function seedPlaces(): Row[] {
	return [
		{ id: '8d7f62ba-14c9-4fb2-8bc8-87d23513fd8e', name: 'Pizza on Lenina', address: 'Moscow, Lenina 1', network: 'Pizza Net', created: '2024-01-10T10:00:00+03:00' },
		{ id: '3b1e4c7a-2f0d-4a51-9c3e-6a2b1d0e9f77', name: 'Pizza on Mira', address: 'Moscow, Mira 15', network: 'Pizza Net', created: '2024-03-02T10:00:00+03:00' },
	];
}

export class BroniboyStore {
	places: Row[] = [];

	constructor() {
		this.reset();
	}

	reset(): void {
		this.places = seedPlaces();
	}
}
