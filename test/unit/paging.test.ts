import { collectPages } from '../../nodes/shared/http/paging';

const pages = (count: number, size: number) =>
	Array.from({ length: Math.ceil(count / size) }, (_, page) =>
		Array.from({ length: Math.min(size, count - page * size) }, (_, i) => ({ id: page * size + i + 1 })),
	);

describe('collectPages', () => {
	it('follows the cursor to the end', async () => {
		const all = pages(120, 50);
		const fetched: number[] = [];
		const items = await collectPages(0, async (page) => {
			fetched.push(page);
			return { items: all[page], next: page + 1 < all.length ? page + 1 : undefined };
		});
		expect(items).toHaveLength(120);
		expect(fetched).toEqual([0, 1, 2]);
	});

	it('stops as soon as the limit is reached and tells the fetcher how many are left', async () => {
		const all = pages(120, 50);
		const remaining: Array<number | undefined> = [];
		const items = await collectPages(
			0,
			async (page, left) => {
				remaining.push(left);
				return { items: all[page], next: page + 1 };
			},
			{ limit: 70 },
		);
		expect(items).toHaveLength(70);
		expect(remaining).toEqual([70, 20]);
	});

	it('drops repeated records by key', async () => {
		const batches = [[{ id: 1 }, { id: 2 }], [{ id: 2 }, { id: 3 }]];
		const items = await collectPages(0, async (page) => ({ items: batches[page], next: page === 0 ? 1 : undefined }), {
			dedupeBy: 'id',
		});
		expect(items.map((item) => item.id)).toEqual([1, 2, 3]);
	});

	it('stops on an empty page even if the server claims more', async () => {
		let calls = 0;
		const items = await collectPages(0, async () => {
			calls++;
			return { items: [], next: 1 };
		});
		expect(items).toEqual([]);
		expect(calls).toBe(1);
	});
});
